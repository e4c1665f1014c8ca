import type { Actor } from '../../kernel/actor.js';
import { authorize } from '../../kernel/authorize.js';
import { chinaDate, isoNow } from '../../kernel/clock.js';
import { newId } from '../../kernel/ids.js';
import type { PublicUser } from '../accounts/index.js';
import { normalizeCode, parseResidentId } from '../identifiers/index.js';
import { ACTIVATION_CODE_DAYS, activationCodeHash, newActivationCode } from './activation-code.js';
import type { ArchiveDeps } from './deps.js';
import { activationCodeInvalid, subjectNotFound } from './errors.js';
import { parseInput } from './input.js';
import { canIssueActivationCodes } from './policy.js';
import { createArchiveRepo } from './repo.js';
import { activationInputSchema, issueActivationCodeSchema, type ActivationInput, type IssuedActivationCode } from './schema.js';
import { createViewerOf } from './viewer.js';

const DAY_MS = 86_400_000;

/** Subject accounts (issue 4 §3): the credit office issues a one-time code, the subject redeems it for a `subject` account. */
export function createActivation(deps: ArchiveDeps) {
  const { database, clock, audit, cipher, accounts } = deps;
  const db = database.db;
  const repo = createArchiveRepo();
  const viewerOf = createViewerOf(accounts);

  /** The code's subject is the one named: its USCC, or for a person the ID number (compared by keyed hash). */
  function namesSubject(identity: { type: string; code: string | null; idNumberHash: string | null }, given: string): boolean {
    if (identity.type === 'person') {
      const parsed = parseResidentId(given, { today: chinaDate(clock) });
      return parsed.valid && identity.idNumberHash !== null && cipher.lookupHash(parsed.normalized) === identity.idNumberHash;
    }
    return identity.code !== null && normalizeCode(given) === identity.code;
  }

  return {
    /** A code valid 14 days, shown this once; only its hash is stored. */
    async issueActivationCode(actor: Actor, input: { subjectId: string }): Promise<IssuedActivationCode> {
      authorize(actor, canIssueActivationCodes(await viewerOf(actor)), '签发主体账号激活码');
      const { subjectId } = parseInput(issueActivationCodeSchema, input);
      if (!(await repo.subjectIdentity(db, subjectId))) throw subjectNotFound();
      const code = newActivationCode();
      const issuedAt = isoNow(clock);
      const expiresAt = new Date(clock.now().getTime() + ACTIVATION_CODE_DAYS * DAY_MS).toISOString();
      const id = newId();
      await db.transaction().execute(async (trx) => {
        await repo.insertActivationCode(trx, {
          id, subjectId, codeHash: activationCodeHash(code), issuedBy: actor.id, issuedAt, expiresAt, usedAt: null, usedBy: null,
        });
        await audit.append(trx, actor, { action: 'activation_code.issue', targetType: 'activation_code', targetId: id, subjectId, details: { expiresAt } });
      });
      return { code, subjectId, expiresAt };
    },

    /**
     * Anyone with a valid code and the subject's identifier opens a `subject`
     * account. A wrong, expired or used code, or one of another subject, all
     * answer ACTIVATION_CODE_INVALID; username and password rules are only
     * checked once the code holds, so the endpoint tells nothing without one.
     */
    async redeemActivationCode(actor: Actor, input: ActivationInput): Promise<PublicUser> {
      const v = parseInput(activationInputSchema, input);
      const row = await repo.findActivationCode(db, activationCodeHash(v.code));
      const now = isoNow(clock);
      if (!row || row.usedAt !== null || row.expiresAt <= now) throw activationCodeInvalid();
      const identity = await repo.subjectIdentity(db, row.subjectId);
      if (!identity || !namesSubject(identity, v.subjectCode)) throw activationCodeInvalid();
      const account = { username: v.username, displayName: v.displayName, password: v.password, subjectId: row.subjectId };
      return accounts.createSubjectAccount(actor, account, async (trx, user) => {
        if (!(await repo.claimActivationCode(trx, row.id, row.subjectId, now, user.id))) throw activationCodeInvalid();
        await audit.append(trx, actor, { action: 'activation_code.redeem', targetType: 'activation_code', targetId: row.id, subjectId: row.subjectId, details: { userId: user.id } });
      });
    },
  };
}
