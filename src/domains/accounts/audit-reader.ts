import type { Actor } from '../../kernel/actor.js';
import type { AccountsDeps } from './deps.js';
import { verifyAuditChain, type AuditChainResult } from './audit-chain.js';
import { listAuditEntries } from './audit-list.js';
import { parseInput } from './input.js';
import { canReadAuditTrail } from './policy.js';
import { auditQuerySchema, type AuditEntry, type AuditQuery, type Page } from './schema.js';

/** The auditor's use cases. Reading the trail is itself recorded in it. */
export function createAuditReader({ db, audit }: Pick<AccountsDeps, 'db' | 'audit'>) {
  return {
    async readAuditTrail(actor: Actor, query: AuditQuery = {}): Promise<Page<AuditEntry>> {
      canReadAuditTrail(actor);
      const q = parseInput(auditQuerySchema, query);
      const page = await listAuditEntries(db, q);
      const { page: _p, pageSize: _s, ...filters } = q;
      await db.transaction().execute((trx) => audit.append(trx, actor, { action: 'audit.read', details: { filters, page: q.page } }));
      return page;
    },

    async verifyAuditTrail(actor: Actor): Promise<AuditChainResult> {
      canReadAuditTrail(actor);
      const result = await verifyAuditChain(db);
      await db.transaction().execute((trx) =>
        audit.append(trx, actor, { action: 'audit.verify', details: { ...result } }),
      );
      return result;
    },
  };
}
