import type { Actor } from '../../kernel/actor.js';
import type { AuditInput, AuditTrail } from '../../kernel/audit.js';
import { isoNow, type Clock } from '../../kernel/clock.js';
import { newId } from '../../kernel/ids.js';
import type { AccountsDb } from './deps.js';
import { auditEntryHash, canonicalJson, GENESIS_HASH, redactSecrets } from './audit-hash.js';
import { insertAuditRow, lastAuditLink, lockAuditChain } from './audit-repo.js';

/**
 * The hash-chained, append-only audit trail (SPEC §12). Call `append` inside
 * the transaction whose work it records, preferably as its last statement:
 * on PostgreSQL it holds the chain lock until that transaction commits.
 */
export function createAuditLog(deps: { clock: Clock }): AuditTrail {
  const appendIn = async (trx: AccountsDb, actor: Actor, entry: AuditInput) => {
    await lockAuditChain(trx);
    const last = await lastAuditLink(trx);
    const prevHash = last?.hash ?? GENESIS_HASH;
    const fields = {
      seq: (last?.seq ?? 0) + 1,
      id: newId(),
      at: isoNow(deps.clock),
      actorType: actor.kind,
      actorId: actor.id,
      departmentId: actor.departmentId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      subjectId: entry.subjectId ?? null,
      purpose: entry.purpose ?? null,
      details: entry.details ? canonicalJson(redactSecrets(entry.details)) : null,
      ip: actor.ip,
      requestId: actor.requestId,
    };
    await insertAuditRow(trx, { ...fields, prevHash, hash: auditEntryHash(prevHash, fields) });
  };
  return {
    async append(trx, actor, entry) {
      // Outside a transaction the lock would be released at once: open one.
      if (trx.isTransaction) await appendIn(trx, actor, entry);
      else await trx.transaction().execute((t) => appendIn(t, actor, entry));
    },
  };
}
