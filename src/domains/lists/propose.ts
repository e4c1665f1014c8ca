import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { authorize } from '../../kernel/authorize.js';
import { chinaDate, isoNow, type Clock } from '../../kernel/clock.js';
import { NotFoundError, type FieldError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { RecordService } from '../records/index.js';
import type { SubjectService } from '../subjects/index.js';
import { entriesRepo, type EntryRow, type SubjectFacts } from './entries-repo.js';
import type { EntryDetailReader } from './entry-detail.js';
import { entryDuplicate, listInputInvalid, listTypeUpstream } from './errors.js';
import type { ListTypes } from './list-types.js';
import { isUniqueViolation, parseInput } from './parse-input.js';
import { canPropose, type ListActor } from './policy.js';
import type { ListEntryDetail } from './present.js';
import type { StepOptions, StepRunner } from './run-step.js';
import { proposeBodySchema } from './schema.js';

export interface ProposeDeps {
  db: Kysely<DB>;
  clock: Clock;
  types: ListTypes;
  subjects: Pick<SubjectService, 'getByCode'>;
  records: Pick<RecordService, 'idsOfSubject'>;
  runner: StepRunner;
  detail: EntryDetailReader;
}

/** One open entry per subject and list type: the key the unique index holds while the entry is open. */
const openKeyOf = (listType: string, subjectId: string) => `${listType}|${subjectId}`;

/**
 * 拟列入: credit office staff propose a subject for a list the office decides,
 * with the reasons and facts, the legal basis and the records it rests on.
 * Nothing is in effect yet: the subject is notified next.
 */
export function createPropose(deps: ProposeDeps) {
  const { db, clock, types, subjects, records, runner, detail } = deps;

  async function subjectOf(body: { subjectCode?: string | undefined; subjectId?: string | undefined }): Promise<SubjectFacts> {
    if (body.subjectCode !== undefined) return subjects.getByCode(body.subjectCode);
    const found = (await entriesRepo.subjects(db, [body.subjectId!])).get(body.subjectId!);
    if (!found) throw new NotFoundError('SUBJECT_NOT_FOUND', `未找到主体 / no subject ${body.subjectId}`);
    return found;
  }

  /** `created` is false when a retry with the same Idempotency-Key found the entry the first request made. */
  return async function propose(la: ListActor, input: unknown, opts: StepOptions = {}): Promise<{ entry: ListEntryDetail; created: boolean }> {
    authorize(la.actor, canPropose(la), '提出列入名单');
    const body = parseInput(proposeBodySchema, input);
    const key = opts.requestKey;
    if (key) {
      const again = await runner.replay(la, key, 'propose', null);
      if (again) return { entry: again, created: false };
    }
    const type = await types.get(body.listType);
    if (type.origin === 'upstream') throw listTypeUpstream(type.code);
    const subject = await subjectOf(body);
    const evidence = [...new Set(body.evidenceRecordIds ?? [])];
    const known = new Set(await records.idsOfSubject(subject.id, evidence));
    const errors: FieldError[] = evidence.flatMap((id, i) => known.has(id) ? [] : [{
      field: `evidenceRecordIds.${i}`, code: 'LIST_EVIDENCE_NOT_FOUND', message: `没有该主体的信用记录 ${id} / no record ${id} about this subject`,
    }]);
    if (!(type.subjectTypes as readonly string[]).includes(subject.type)) {
      errors.push({ field: body.subjectCode !== undefined ? 'subjectCode' : 'subjectId', code: 'LIST_SUBJECT_TYPE_NOT_ALLOWED', message: `该名单不适用于此类主体（${subject.type}） / the list does not apply to subjects of type ${subject.type}` });
    }
    if (errors.length > 0) throw listInputInvalid(errors);

    const now = isoNow(clock);
    const today = chinaDate(clock);
    const openKey = openKeyOf(type.code, subject.id);
    const row: EntryRow = {
      id: newId(), listType: type.code, subjectId: subject.id, subjectName: subject.name, subjectCode: subject.code ?? subject.idNumberMasked,
      status: 'proposed', openKey, reasons: body.reasons, legalBasis: body.legalBasis ?? type.legalBasis.join('；'),
      evidenceRecordIds: JSON.stringify(evidence), proposedBy: la.actor.id, proposedAt: now,
      noticeNo: null, noticeDate: null, objectionDeadline: null, noticeRemedies: null,
      decisionNo: null, decidingAuthority: null, decisionDate: null, effectiveFrom: null, effectiveTo: null, decisionRemedies: null,
      removedOn: null, removalReason: null, revokedOn: null, revocationReason: null, withdrawnOn: null, withdrawalReason: null,
      version: 1, createdAt: now, updatedAt: now,
    };
    try {
      await db.transaction().execute(async (trx) => {
        await entriesRepo.releaseExpiredOpenKey(trx, openKey, today);
        await entriesRepo.insert(trx, row);
        await runner.appendStep(trx, la, row, 'propose', null, 'proposed', {
          reason: body.reasons, details: { legalBasis: row.legalBasis, evidenceRecordIds: evidence },
        }, key);
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const again = key ? await runner.replay(la, key, 'propose', null) : null;
      if (again) return { entry: again, created: false };
      throw entryDuplicate();
    }
    return { entry: await detail(la, row.id), created: true };
  };
}
