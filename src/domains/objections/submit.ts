import type { Actor } from '../../kernel/actor.js';
import { chinaDate, isoNow } from '../../kernel/clock.js';
import type { FieldError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { acceptAttachments } from './attachments.js';
import { hashQueryCode, newCaseNo, newQueryCode } from './codes.js';
import { dueDate } from './deadlines.js';
import { idempotencyKeyReused, objectorDetailsRequired, recordNotObjectable } from './errors.js';
import { isUniqueViolation, parseInput } from './parse-input.js';
import type { ObjectorView } from './present.js';
import { objectionsRepo as repo, type ObjectionRow } from './repo.js';
import { submitBodySchema } from './schema.js';
import type { ObjectionContext } from './service.js';

export interface SubmitOptions {
  /** the client's Idempotency-Key: a retry answers the case the first request filed (without its query code) */
  requestKey?: string | undefined;
}


/**
 * 提出异议 (SPEC §8): anyone objects to an active record. With an account the
 * case is the account's; without one the objector gives a name and a contact.
 * One transaction: the case, its attachments, its first history line, the
 * record's 异议处理中 flag, the audit entry and the receipt notification.
 */
export function createSubmit(ctx: ObjectionContext) {
  const { db, clock, audit, records, notify } = ctx;

  const keyOf = (actor: Actor, key: string) => `${actor.kind}:${actor.id ?? '-'}|${key}`;

  return async function submit(actor: Actor, input: unknown, opts: SubmitOptions = {}): Promise<{ objection: ObjectorView; queryCode: string | null; created: boolean }> {
    const body = parseInput(submitBodySchema, input);
    const submitKey = opts.requestKey ? keyOf(actor, opts.requestKey) : null;
    if (submitKey) {
      const again = await repo.findBySubmitKey(db, submitKey);
      if (again && again.recordId !== body.recordId) throw idempotencyKeyReused();
      if (again) return { objection: await ctx.objectorView(actor, again.id, true), queryCode: null, created: false };
    }
    const account = actor.kind === 'user' && actor.id !== null ? actor.id : null;
    const name = body.name ?? (account ? await repo.displayName(db, account) : null);
    const missing: FieldError[] = [];
    if (!name) missing.push({ field: 'name', code: 'OBJECTOR_NAME_REQUIRED', message: '请填写姓名或名称 / give your name' });
    if (!account && !body.contact) missing.push({ field: 'contact', code: 'OBJECTOR_CONTACT_REQUIRED', message: '请填写联系电话或电子邮箱 / give a phone number or an email address' });
    if (missing.length > 0) throw objectorDetailsRequired(missing);

    const { stored } = await ctx.recordOf(body.recordId);
    if (stored.status !== 'active') throw recordNotObjectable(body.recordId);
    // Loaded before the transaction: SQLite has one connection, which the transaction holds.
    const [calendar, deadlines] = [await ctx.calendar.calendar(), await ctx.deadlines()];
    const id = newId();
    const now = isoNow(clock);
    const today = chinaDate(clock);
    const attachments = acceptAttachments(id, body.attachments ?? [], now);
    const queryCode = newQueryCode();
    const stepDueOn = dueDate(calendar, deadlines, 'submitted', today);

    for (let attempt = 1; ; attempt++) {
      const caseNo = newCaseNo(today);
      const row: ObjectionRow = {
        id, caseNo, queryCodeHash: hashQueryCode(queryCode), recordId: stored.id, subjectId: stored.subjectId, sourceDepartmentId: stored.sourceDepartment.id,
        status: 'submitted', outcome: null, outcomeReasons: null, reply: null, refusalReasons: null, correctedVersion: null,
        objectorKind: account ? 'account' : 'public', objectorUserId: account, objectorName: name!, objectorContact: body.contact ?? '',
        reasons: body.reasons, submittedAt: now, submittedOn: today, stepStartedOn: today, stepDueOn, overdueSince: null, closedAt: null,
        submitKey, version: 1, updatedAt: now,
      };
      try {
        await db.transaction().execute(async (trx) => {
          await repo.insert(trx, row);
          await repo.insertAttachments(trx, attachments);
          await repo.insertStep(trx, {
            id: newId(), objectionId: id, action: 'submit', fromStatus: null, toStatus: 'submitted', at: now, onDate: today,
            actorType: actor.kind, actorId: actor.id, actorRole: account ? actor.role : 'public', note: null, dueOn: stepDueOn,
            details: JSON.stringify({ attachments: attachments.length }),
          });
          await records.setObjectionOpen(trx, stored.id, true);
          await audit.append(trx, actor, {
            action: 'objection.submit', targetType: 'objection', targetId: id, subjectId: stored.subjectId,
            details: { caseNo, recordId: stored.id, sourceDepartmentId: stored.sourceDepartment.id, attachments: attachments.length, objectorKind: row.objectorKind },
          });
          await notify(trx, {
            recipient: account ? { kind: 'user', userId: account } : { kind: 'contact', contact: row.objectorContact },
            topic: 'objection.submitted', title: `异议已提交：${caseNo}`,
            body: `您对信用记录（${stored.docNo}）提出的异议已提交，案件编号 ${caseNo}。信用工作机构将在 ${stepDueOn} 前决定是否受理。`,
            link: '/objections/track',
          });
        });
        return { objection: await ctx.objectorView(actor, id, true), queryCode, created: true };
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        if (submitKey) {
          const again = await repo.findBySubmitKey(db, submitKey);
          if (again) return { objection: await ctx.objectorView(actor, again.id, true), queryCode: null, created: false };
        }
        if (attempt >= 3) throw err; // a case number clash three times over is not chance
      }
    }
  };
}
