import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../kernel/actor.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { authorize } from '../../kernel/authorize.js';
import { isoNow, type Clock } from '../../kernel/clock.js';
import type { FieldError } from '../../kernel/errors.js';
import { fromDbBool, toDbBool } from '../../db/values.js';
import { feedbackForbidden, feedbackInvalid, receiptNotFound } from './errors.js';
import { parseWith } from './parse.js';
import { isIssuer } from './policy.js';
import type { ChecksRepo } from './repo.js';
import { feedbackRequestSchema, type FeedbackRequest, type Receipt } from './schema.js';

export interface FeedbackView {
  measureCode: string;
  applied: boolean;
  reason: string | null;
  status: 'created' | 'updated' | 'unchanged';
  updatedAt: string;
}

/**
 * 反馈 (SPEC §6): per receipt and measure, whether the business system applied
 * the measure, and why not. Only the caller who made the check reports; sending
 * the same answer again changes nothing, a different one replaces it (audited).
 */
export function createFeedback(deps: { db: Kysely<DB>; repo: ChecksRepo; clock: Clock; audit: AuditTrail }) {
  const { db, repo, clock, audit } = deps;

  const list = async (receiptId: string): Promise<FeedbackView[]> =>
    (await repo.feedbackOf(db, receiptId)).map((f) => ({
      measureCode: f.measureCode, applied: fromDbBool(f.applied), reason: f.reason,
      status: f.createdAt === f.updatedAt ? 'created' : 'updated', updatedAt: f.updatedAt,
    }));

  async function give(actor: Actor, receiptId: string, input: FeedbackRequest): Promise<{ receiptId: string; items: FeedbackView[] }> {
    authorize(actor, actor.kind !== 'anonymous', '反馈核查结果');
    const req = parseWith(feedbackRequestSchema, input);
    const row = await repo.findReceipt(db, receiptId);
    if (!row) throw receiptNotFound(receiptId);
    if (!isIssuer(actor, { type: row.issuerType, id: row.issuerId })) throw feedbackForbidden();
    const receipt = JSON.parse(row.receipt) as Receipt;
    const returned = new Set([...receipt.measures, ...receipt.rewards].map((m) => m.code));
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    req.items.forEach((item, i) => {
      if (!returned.has(item.measureCode)) errors.push({ field: `items.${i}.measureCode`, code: 'FEEDBACK_MEASURE_NOT_IN_RECEIPT', message: `该核查未返回措施 ${item.measureCode} / the check did not return ${item.measureCode}` });
      if (seen.has(item.measureCode)) errors.push({ field: `items.${i}.measureCode`, code: 'FEEDBACK_MEASURE_REPEATED', message: '同一措施只能反馈一次 / one answer per measure' });
      if (!item.applied && !item.reason) errors.push({ field: `items.${i}.reason`, code: 'FEEDBACK_REASON_REQUIRED', message: '未执行时须说明原因 / say why the measure was not applied' });
      seen.add(item.measureCode);
    });
    if (errors.length > 0) throw feedbackInvalid(errors);

    const before = new Map((await repo.feedbackOf(db, receiptId)).map((f) => [f.measureCode, f]));
    const now = isoNow(clock);
    const items: FeedbackView[] = [];
    await db.transaction().execute(async (trx) => {
      for (const item of req.items) {
        const reason = item.applied ? (item.reason ?? null) : item.reason!;
        const prev = before.get(item.measureCode);
        if (prev && fromDbBool(prev.applied) === item.applied && prev.reason === reason) {
          items.push({ measureCode: item.measureCode, applied: item.applied, reason, status: 'unchanged', updatedAt: prev.updatedAt });
          continue;
        }
        await repo.upsertFeedback(trx, {
          receiptId, measureCode: item.measureCode, applied: toDbBool(item.applied), reason, scenario: row.scenario, issuedOn: row.issuedOn,
          givenByType: actor.kind, givenById: actor.id, createdAt: prev?.createdAt ?? now, updatedAt: now,
        });
        await audit.append(trx, actor, {
          action: prev ? 'check.feedback_change' : 'check.feedback', targetType: 'check_receipt', targetId: receiptId, subjectId: row.subjectId,
          details: { measureCode: item.measureCode, applied: item.applied, ...(prev ? { previous: { applied: fromDbBool(prev.applied), reason: prev.reason } } : {}) },
        });
        items.push({ measureCode: item.measureCode, applied: item.applied, reason, status: prev ? 'updated' : 'created', updatedAt: now });
      }
    });
    return { receiptId, items };
  }

  return { list, give };
}
