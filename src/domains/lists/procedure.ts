import { addMonths } from '../../kernel/calendar/index.js';
import { newId } from '../../kernel/ids.js';
import type { FieldError } from '../../kernel/errors.js';
import { entriesRepo } from './entries-repo.js';
import { listInputInvalid, objectionAlreadyAnswered, objectionNotFound } from './errors.js';
import { parseInput } from './parse-input.js';
import { canDecide, canObject, canPropose, canWithdraw, type ListActor } from './policy.js';
import type { ListEntryDetail } from './present.js';
import type { StepOptions, StepRunner } from './run-step.js';
import {
  answerBodySchema, decideBodySchema, notifyBodySchema, objectionBodySchema, reasonBodySchema, type EntryStep,
} from './schema.js';

/**
 * The steps after a proposal (SPEC §5): notice (告知) with the objection
 * deadline from the working-day calendar, objections and their answers, the
 * decision with every field a black-list decision needs, early removal,
 * revocation, withdrawal of a proposal. Each is one transaction (run-step.ts).
 */
export function createProcedure(runner: StepRunner) {
  const { run } = runner;

  /** The three ways an entry ends before its time, each with its reason and day. */
  const ending = (step: Extract<EntryStep, 'remove' | 'revoke' | 'withdraw'>, allowed: (la: ListActor) => boolean) =>
    async (la: ListActor, id: string, input: unknown, opts: StepOptions = {}): Promise<ListEntryDetail> => {
      const { reason } = parseInput(reasonBodySchema, input);
      return run(la, id, step, opts, () => allowed(la), ({ today }) => {
        const patch = step === 'remove' ? { status: 'removed', removedOn: today, removalReason: reason }
          : step === 'revoke' ? { status: 'revoked', revokedOn: today, revocationReason: reason }
            : { status: 'withdrawn', withdrawnOn: today, withdrawalReason: reason };
        return { patch: { ...patch, openKey: null }, reason };
      });
    };

  return {
    /** 告知: the notice date is today; the subject may object through the deadline (today + the type's notice period in working days). */
    async notify(la: ListActor, id: string, input: unknown, opts: StepOptions = {}): Promise<ListEntryDetail> {
      const body = parseInput(notifyBodySchema, input);
      return run(la, id, 'notify', opts, () => canPropose(la), ({ type, today, calendar }) => {
        const objectionDeadline = calendar.addWorkingDays(today, type.noticeWorkingDays);
        const noticeNo = body.noticeNo ?? null;
        const objectionRight = `当事人可以自告知之日起${type.noticeWorkingDays}个工作日内（至${objectionDeadline}，含当日）提出陈述、申辩（异议），逾期未提出的视为放弃。`;
        return {
          patch: { status: 'notified', noticeNo, noticeDate: today, objectionDeadline, noticeRemedies: `${objectionRight}${body.remedies ?? type.remedies}` },
          details: { noticeNo, noticeDate: today, objectionDeadline, noticeWorkingDays: type.noticeWorkingDays },
        };
      });
    },

    /** An objection while the window is open: by the subject itself, or by credit office staff on its behalf. */
    async object(la: ListActor, id: string, input: unknown, opts: StepOptions = {}): Promise<ListEntryDetail> {
      const { content } = parseInput(objectionBodySchema, input);
      return run(la, id, 'object', opts, (row) => canObject(la, row.subjectId), async ({ trx, row, today, now }) => {
        const objectionId = newId();
        await entriesRepo.insertObjection(trx, {
          id: objectionId, entryId: row.id, content, filedOn: today, filedAt: now,
          filedByType: la.actor.kind, filedById: la.actor.id, filedByRole: la.actor.role, answer: null, answeredBy: null, answeredAt: null,
        });
        return { patch: {}, details: { objectionId } };
      });
    },

    /** The decider answers an objection (full objection handling is a later issue: here it is recorded and must be answered before a decision). */
    async answer(la: ListActor, id: string, objectionId: string, input: unknown, opts: StepOptions = {}): Promise<ListEntryDetail> {
      const { answer } = parseInput(answerBodySchema, input);
      return run(la, id, 'answer', opts, () => canDecide(la), async ({ trx, objections, now }) => {
        const objection = objections.find((o) => o.id === objectionId);
        if (!objection) throw objectionNotFound(objectionId);
        if (objection.answer !== null || !(await entriesRepo.answerObjection(trx, objectionId, { answer, answeredBy: la.actor.id, answeredAt: now }))) {
          throw objectionAlreadyAnswered();
        }
        return { patch: {}, reason: answer, details: { objectionId } };
      });
    },

    /**
     * The decision (SPEC §5): subject name and code (as registered today), entry
     * date (today or later), reason and facts, legal basis, deciding authority,
     * remedy channels and deadlines, planned exit date (entry date + the type's
     * default duration unless given). In effect from the entry date on.
     */
    async decide(la: ListActor, id: string, input: unknown, opts: StepOptions = {}): Promise<ListEntryDetail> {
      const body = parseInput(decideBodySchema, input);
      return run(la, id, 'decide', opts, () => canDecide(la), async ({ trx, row, type, today }) => {
        const effectiveFrom = body.effectiveFrom ?? today;
        const months = type.defaultDurationMonths;
        const effectiveTo = body.effectiveTo ?? (months === null ? null : addMonths(effectiveFrom, months));
        const errors: FieldError[] = [];
        if (effectiveFrom < today) errors.push({ field: 'effectiveFrom', code: 'LIST_ENTRY_DATE_IN_PAST', message: '列入日期不能早于决定日期 / the entry date cannot be before the decision (today)' });
        if (effectiveTo !== null && effectiveTo < effectiveFrom) errors.push({ field: 'effectiveTo', code: 'LIST_EXIT_BEFORE_ENTRY', message: '移出日期不能早于列入日期 / the exit date cannot be before the entry date' });
        if (errors.length > 0) throw listInputInvalid(errors);
        const subject = (await entriesRepo.subjects(trx, [row.subjectId])).get(row.subjectId)!;
        const decision = {
          decisionNo: body.decisionNo, decidingAuthority: body.decidingAuthority ?? type.decidingAuthority, decisionDate: today,
          effectiveFrom, effectiveTo, reasons: body.reasons ?? row.reasons, legalBasis: body.legalBasis ?? row.legalBasis,
          decisionRemedies: body.remedies ?? type.remedies, subjectName: subject.name, subjectCode: subject.code ?? subject.idNumberMasked,
        };
        return { patch: { status: 'in_effect', ...decision }, details: decision };
      });
    },

    /** 移出: ends the entry from today on (e.g. after credit repair). */
    remove: ending('remove', canDecide),
    /** 撤销: the listing was unlawful; the entry counts as never in effect. */
    revoke: ending('revoke', canDecide),
    /** 撤回: the office drops a proposal before any decision (e.g. an objection was upheld). */
    withdraw: ending('withdraw', canWithdraw),
  };
}
