import type { Actor } from '../../kernel/actor.js';
import { authorize } from '../../kernel/authorize.js';
import { addDays, addMonths } from '../../kernel/calendar/index.js';
import { chinaDate, isoNow } from '../../kernel/clock.js';
import type { FieldError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { ArchiveDeps } from './deps.js';
import { grantInvalid, grantNotFound } from './errors.js';
import { parseInput } from './input.js';
import { pageOf, toListPage, type ListPage } from './paging.js';
import { granteeOf, subjectAccountOf } from './policy.js';
import { presentGrant, presentReceivedGrant } from './present.js';
import { createArchiveRepo } from './repo.js';
import { grantInputSchema, type Grant, type GrantInput, type ReceivedGrant } from './schema.js';

const grantee = (field: string, code: string, message: string): FieldError => ({ field, code, message });

/**
 * Authorisations (授权查询, issue 4 §3): a subject lets a named user or consumer
 * API key read its `authorised`-level data for a stated purpose and period
 * (from today or later, at most one year), lists its grants and revokes them.
 * Granting and revoking are audited against the subject.
 */
export function createGrants(deps: ArchiveDeps) {
  const { database, clock, audit } = deps;
  const db = database.db;
  const repo = createArchiveRepo();

  function requireSubjectAccount(actor: Actor, what: string): string {
    const subjectId = subjectAccountOf(actor);
    authorize(actor, subjectId !== null, what);
    return subjectId!;
  }

  function periodErrors(from: string, to: string, today: string): FieldError[] {
    const errors: FieldError[] = [];
    if (from < today) errors.push(grantee('validFrom', 'GRANT_START_IN_PAST', '授权起始日不得早于今日 / the period cannot start before today'));
    if (to < from) errors.push(grantee('validTo', 'GRANT_END_BEFORE_START', '授权截止日不得早于起始日 / the period ends before it starts'));
    else if (to > addDays(addMonths(from, 12), -1)) errors.push(grantee('validTo', 'GRANT_TOO_LONG', '授权期限最长一年 / at most one year'));
    return errors;
  }

  /** The party named, as stored: an active user other than the subject's own accounts, or a live consumer key. */
  async function resolveGrantee(subjectId: string, g: ReturnType<typeof parseGrant>['grantee']): Promise<{ type: 'user' | 'api_key'; id: string }> {
    if (g.kind === 'user') {
      const user = await repo.findUserByUsername(db, g.username.toLowerCase());
      if (!user || user.status !== 'active') throw grantInvalid([grantee('grantee.username', 'GRANTEE_NOT_FOUND', '没有该用户 / no such active user')]);
      if (user.role === 'subject' && user.subjectId === subjectId) {
        throw grantInvalid([grantee('grantee.username', 'GRANTEE_INVALID', '本主体的账号无需授权 / the subject\'s own accounts need no authorisation')]);
      }
      return { type: 'user', id: user.id };
    }
    const key = await repo.findApiKey(db, g.apiKey);
    if (!key || key.purpose !== 'consumer' || key.revokedAt !== null) {
      throw grantInvalid([grantee('grantee.apiKey', 'GRANTEE_NOT_FOUND', '没有该查询用 API 密钥 / no such live consumer API key')]);
    }
    return { type: 'api_key', id: key.id };
  }

  const parseGrant = (input: GrantInput) => parseInput(grantInputSchema, input);

  async function presentedGrant(id: string, today: string): Promise<Grant> {
    const [row] = await repo.grantsOfSubject(db, null, id, 1, 0);
    return presentGrant(row!, today);
  }

  return {
    async grant(actor: Actor, input: GrantInput): Promise<Grant> {
      const subjectId = requireSubjectAccount(actor, '授权查询');
      const v = parseGrant(input);
      const today = chinaDate(clock);
      const errors = periodErrors(v.validFrom, v.validTo, today);
      if (errors.length > 0) throw grantInvalid(errors);
      const party = await resolveGrantee(subjectId, v.grantee);
      const id = newId();
      await db.transaction().execute(async (trx) => {
        await repo.insertGrant(trx, {
          id, subjectId, granteeType: party.type, granteeId: party.id, purpose: v.purpose, validFrom: v.validFrom, validTo: v.validTo,
          grantedBy: actor.id!, createdAt: isoNow(clock), revokedAt: null, revokedBy: null,
        });
        await audit.append(trx, actor, {
          action: 'archive.grant', targetType: 'archive_grant', targetId: id, subjectId, purpose: v.purpose,
          details: { granteeType: party.type, granteeId: party.id, validFrom: v.validFrom, validTo: v.validTo },
        });
      });
      return presentedGrant(id, today);
    },

    /** The subject's grants, newest first, revoked and expired ones included. */
    async listGrants(actor: Actor, q: { page?: number; pageSize?: number } = {}): Promise<ListPage<Grant>> {
      const subjectId = requireSubjectAccount(actor, '查看授权');
      const p = pageOf(q);
      const rows = await repo.grantsOfSubject(db, subjectId, null, p.limit, p.offset);
      const today = chinaDate(clock);
      return toListPage(rows, p, (r) => presentGrant(r, today));
    },

    /** Ends a grant at once (kept, with the time and who revoked it). Revoking a revoked grant changes nothing. */
    async revokeGrant(actor: Actor, id: string): Promise<Grant> {
      const subjectId = requireSubjectAccount(actor, '撤销授权');
      const row = await repo.findGrant(db, id);
      if (!row || row.subjectId !== subjectId) throw grantNotFound();
      if (row.revokedAt === null) {
        await db.transaction().execute(async (trx) => {
          if (!(await repo.revokeGrant(trx, id, isoNow(clock), actor.id!))) return;
          await audit.append(trx, actor, { action: 'archive.grant_revoke', targetType: 'archive_grant', targetId: id, subjectId });
        });
      }
      return presentedGrant(id, chinaDate(clock));
    },

    /** The grants a user or API key holds, newest first. */
    async grantsReceived(actor: Actor, q: { page?: number; pageSize?: number } = {}): Promise<ListPage<ReceivedGrant>> {
      const holder = granteeOf(actor);
      authorize(actor, holder !== null, '查看收到的授权');
      const p = pageOf(q);
      const rows = await repo.grantsHeldBy(db, holder!.type, holder!.id, p.limit, p.offset);
      const today = chinaDate(clock);
      return toListPage(rows, p, (r) => presentReceivedGrant(r, today));
    },
  };
}
