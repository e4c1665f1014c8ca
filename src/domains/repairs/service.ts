import type { Kysely } from 'kysely';
import type { Database } from '../../db/connect.js';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../kernel/actor.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { authorize } from '../../kernel/authorize.js';
import { chinaDate, isoNow, type Clock } from '../../kernel/clock.js';
import { newId } from '../../kernel/ids.js';
import type { CalendarService } from '../calendar/index.js';
import type { CatalogService } from '../catalog/index.js';
import type { CommitmentService } from '../commitments/index.js';
import type { ListService } from '../lists/index.js';
import type { RecordService, StoredRecord } from '../records/index.js';
import { checkAttachments } from './attachments.js';
import {
  repairAlreadyOpen, repairConcurrentWrite, repairIdempotencyKeyReused, repairNotEligible, repairNotFound, repairReasonRequired, repairRecordNotFound,
} from './errors.js';
import { createNoticeFeed } from './notice-feed.js';
import { createConsumerCursors } from '../../db/consumer-cursors.js';
import { entryRepairNotice, recordRepairNotice, type RepairNotice } from './notice.js';
import { parseInput } from './parse-input.js';
import { canApplyFor, canDecide, canHandle, canRead, canReadAll, isOwnSubject } from './policy.js';
import { notifyNobody, type Notify } from './ports.js';
import { presentDetail, presentSummary, type RepairDetail, type RepairPage, type RepairRecordFacts } from './present.js';
import { repairsRepo, type RepairRow } from './repo.js';
import { nextRepairStatus, repairEligibility, type Eligibility } from './rules.js';
import { applyBodySchema, DECISION_WORKING_DAYS, reasonBodySchema, repairsQuerySchema, type RepairStatus, type RepairTransition } from './schema.js';
import { isUniqueViolation } from '../../db/errors.js';

export interface RepairServiceDeps {
  database: Database;
  clock: Clock;
  audit: AuditTrail;
  calendar: Pick<CalendarService, 'calendar'>;
  catalog: Pick<CatalogService, 'get'>;
  records: Pick<RecordService, 'stored' | 'negativeOfSubject' | 'prepareRepair'>;
  commitments: Pick<CommitmentService, 'signWithin'>;
  lists: Pick<ListService, 'list' | 'type'>;
  notify?: Notify | undefined;
}

export interface StepOptions {
  /** the client's Idempotency-Key: a retry answers the application as the first request left it */
  requestKey?: string | undefined;
}

/** A negative record of the subject with its repair eligibility and notice (the subject's repair page). */
export interface RepairCandidate {
  record: RepairRecordFacts;
  eligibility: Eligibility;
  notice: RepairNotice;
}

const STATUS_TITLE: Record<RepairStatus, string> = { submitted: '已提交', accepted: '已受理', refused: '不予受理', approved: '准予修复', rejected: '不予修复' };

/**
 * Credit repair (信用修复, SPEC §8): eligibility and the repair notice (两书同达),
 * the application with proof and a signed commitment, acceptance with its
 * working-day deadline, and the decision; approval repairs the record in the
 * same transaction (records/repair.ts), whose outbox event ends list entries,
 * re-rates the subject and notifies followers.
 */
export function createRepairService(deps: RepairServiceDeps) {
  const { database, clock, audit, calendar, catalog, records, commitments, lists } = deps;
  const db = database.db;
  const notify = deps.notify ?? notifyNobody;
  const sendRepairNotices = createNoticeFeed({ db, clock, cursors: createConsumerCursors(database.dialect), notify });

  async function definitionOf(r: Pick<StoredRecord, 'typeCode' | 'typeVersion'>) {
    return (await catalog.get(r.typeCode, r.typeVersion)).definition;
  }

  async function factsOf(r: StoredRecord): Promise<RepairRecordFacts> {
    const def = await definitionOf(r);
    return {
      id: r.id, typeCode: r.typeCode, typeName: def.name, typeNameEn: def.nameEn, docNo: r.docNo, decisionDate: r.decisionDate,
      severity: r.severity, publicityEnd: r.publicityEnd, repairedOn: r.repairedOn, source: r.sourceDepartment.name,
    };
  }

  async function candidateOf(r: StoredRecord, open: boolean, today: string): Promise<RepairCandidate> {
    const def = await definitionOf(r);
    const record = await factsOf(r);
    const eligibility = repairEligibility(r, def.publicity, today, open);
    const notice = recordRepairNotice({ ...record, subjectId: r.subjectId, typeName: def.name }, eligibility.opensOn ?? r.decisionDate);
    return { record, eligibility, notice };
  }

  async function requireRecord(id: string): Promise<StoredRecord> {
    const r = await records.stored(id);
    if (!r) throw repairRecordNotFound(id);
    return r;
  }

  async function detail(actor: Actor, row: RepairRow): Promise<RepairDetail> {
    const [subject, record, attachments, history, commitment] = await Promise.all([
      repairsRepo.subject(db, row.subjectId), requireRecord(row.recordId).then(factsOf), repairsRepo.attachmentsOf(db, row.id), repairsRepo.historyOf(db, row.id),
      db.selectFrom('commitments').select('commitmentNo').where('id', '=', row.commitmentId).executeTakeFirstOrThrow(),
    ]);
    return presentDetail(row, subject, record, chinaDate(clock), {
      commitmentNo: commitment.commitmentNo, attachments, history, may: { handle: canHandle(actor), decide: canDecide(actor) },
    });
  }

  async function replay(actor: Actor, key: string, step: string, repairId: string | null): Promise<RepairDetail | null> {
    const done = await repairsRepo.stepByRequestKey(db, { type: actor.kind, id: actor.id }, key);
    if (!done) return null;
    if (done.step !== step || (repairId !== null && done.repairId !== repairId)) throw repairIdempotencyKeyReused();
    return detail(actor, (await repairsRepo.find(db, done.repairId))!);
  }

  async function history(trx: Kysely<DB>, actor: Actor, row: Pick<RepairRow, 'id' | 'subjectId' | 'recordId'>, step: string, from: string | null, to: string, reason: string | null, key: string | undefined) {
    const now = isoNow(clock);
    await repairsRepo.insertHistory(trx, {
      id: newId(), repairId: row.id, step, fromStatus: from, toStatus: to, at: now, actorType: actor.kind, actorId: actor.id, actorRole: actor.role, reason, requestKey: key ?? null,
    });
    await audit.append(trx, actor, {
      action: `repair.${step}`, targetType: 'repair', targetId: row.id, subjectId: row.subjectId, details: { recordId: row.recordId, from, to, ...(reason ? { reason } : {}) },
    });
  }

  const tellSubject = (trx: Kysely<DB>, row: Pick<RepairRow, 'id' | 'subjectId'>, status: RepairStatus, body: string) => notify(trx, {
    recipient: { kind: 'subject', subjectId: row.subjectId }, topic: `repair.${status}`, title: `信用修复申请${STATUS_TITLE[status]}`, body, link: `/me/repairs/${row.id}`,
  });

  /** One step after the application, in one transaction: state table, who may, conditional update, history, audit, notification. */
  async function step(actor: Actor, id: string, transition: RepairTransition, input: unknown, opts: StepOptions): Promise<RepairDetail> {
    authorize(actor, transition === 'approve' || transition === 'reject' ? canDecide(actor) : canHandle(actor), `信用修复（${transition}）`);
    const reason = parseInput(reasonBodySchema, input ?? {}).reason || null;
    if ((transition === 'refuse' || transition === 'reject') && (reason === null || reason.length < 2)) throw repairReasonRequired();
    if (opts.requestKey) {
      const again = await replay(actor, opts.requestKey, transition, id);
      if (again) return again;
    }
    const before = await repairsRepo.find(db, id);
    if (!before) throw repairNotFound(id);
    // Read before the transaction (SQLite: one connection, which the transaction holds).
    const cal = await calendar.calendar();
    const markRepaired = transition === 'approve' ? await records.prepareRepair(before.recordId) : null;
    await db.transaction().execute(async (trx) => {
      const row = await repairsRepo.find(trx, id);
      if (!row) throw repairNotFound(id);
      const to = nextRepairStatus(row.status as RepairStatus, transition);
      const today = chinaDate(clock);
      const patch: Partial<RepairRow> = { status: to, updatedAt: isoNow(clock) };
      if (transition === 'accept') Object.assign(patch, { acceptedOn: today, decisionDue: cal.addWorkingDays(today, DECISION_WORKING_DAYS) });
      else Object.assign(patch, { decidedOn: today, reason, openKey: null });
      if (!(await repairsRepo.update(trx, id, row.version, patch))) throw repairConcurrentWrite();
      if (markRepaired) await markRepaired(trx, actor, { repairedOn: today, reason: reason ?? `信用修复申请 ${id} 准予修复 / repair ${id} approved` });
      await history(trx, actor, row, transition, row.status, to, reason, opts.requestKey);
      const body = transition === 'accept' ? `已受理，将于 ${patch.decisionDue} 前作出决定。`
        : transition === 'approve' ? '准予信用修复：该记录自今日起不再公示、不再共享，相关名单同步移出，信用评价重新计算。'
          : `理由：${reason}`;
      await tellSubject(trx, row, to, body);
    });
    return detail(actor, (await repairsRepo.find(db, id))!);
  }

  return {
    /** 两书同达: notifies subjects of new negative records (records outbox; the serve loop runs it). */
    sendRepairNotices,

    /** The subject's negative records, each with its eligibility (the date it opens) and its repair notice. */
    async candidates(actor: Actor, subjectId: string): Promise<RepairCandidate[]> {
      authorize(actor, canRead(actor, subjectId), '查看信用修复');
      const rows = await records.negativeOfSubject(subjectId);
      const open = await repairsRepo.openRecordIds(db, rows.map((r) => r.id));
      const today = chinaDate(clock);
      return Promise.all(rows.map((r) => candidateOf(r, open.has(r.id), today)));
    },

    /** The repair notice (两书同达) of a record or of a list entry, for the subject, or the office. */
    async notice(actor: Actor, kind: 'record' | 'list_entry', id: string): Promise<RepairNotice> {
      if (kind === 'record') {
        const r = await requireRecord(id);
        authorize(actor, canRead(actor, r.subjectId), '查看信用修复告知书');
        if (r.polarity !== 'negative') throw repairNotEligible('not_negative', null);
        return (await candidateOf(r, false, chinaDate(clock))).notice;
      }
      const entries = await lists.list(actor, { subject: actor.subjectId ?? undefined, pageSize: 50 });
      const entry = entries.items.find((e) => e.id === id);
      if (!entry) throw repairRecordNotFound(id);
      const type = await lists.type(entry.listType);
      return entryRepairNotice({
        id: entry.id, subjectId: entry.subject.id, listName: entry.listName, decisionNo: entry.decisionNo ?? null, decisionDate: entry.effectiveFrom ?? null,
        decidedBy: type.decidingAuthority, effectiveTo: entry.effectiveTo ?? null, removalConditions: type.removalConditions,
      });
    },

    /**
     * 申请信用修复: the subject for its own record, or credit office staff on its
     * behalf; proof files checked, the repair commitment signed, one open
     * application per record; REPAIR_NOT_ELIGIBLE (with the day it opens) before time.
     */
    async apply(actor: Actor, input: unknown, opts: StepOptions = {}): Promise<{ repair: RepairDetail; created: boolean }> {
      authorize(actor, actor.kind !== 'anonymous', '申请信用修复');
      const body = parseInput(applyBodySchema, input);
      if (opts.requestKey) {
        const again = await replay(actor, opts.requestKey, 'apply', null);
        if (again) return { repair: again, created: false };
      }
      const record = await requireRecord(body.recordId);
      authorize(actor, canApplyFor(actor, record.subjectId), '申请信用修复');
      const def = await definitionOf(record);
      const today = chinaDate(clock);
      const open = (await repairsRepo.openRecordIds(db, [record.id])).has(record.id);
      const eligibility = repairEligibility(record, def.publicity, today, open);
      if (eligibility.state === 'pending') throw repairAlreadyOpen();
      if (eligibility.state !== 'eligible') throw repairNotEligible(eligibility.state, eligibility.state === 'not_yet' ? eligibility.opensOn : null);
      const id = newId();
      const attachments = checkAttachments(body.attachments, id);
      const now = isoNow(clock);
      try {
        await db.transaction().execute(async (trx) => {
          const commitment = await commitments.signWithin(trx, actor, { subjectId: record.subjectId, template: 'repair', matter: `${def.name} ${record.docNo}` });
          const row: RepairRow = {
            id, recordId: record.id, subjectId: record.subjectId, status: 'submitted', openKey: record.id, fulfilment: body.fulfilment, commitmentId: commitment.id,
            applicantType: actor.kind, applicantId: actor.id, applicantRole: actor.role, submittedOn: today, acceptedOn: null, decisionDue: null, decidedOn: null,
            reason: null, version: 1, createdAt: now, updatedAt: now,
          };
          await repairsRepo.insert(trx, row);
          await repairsRepo.insertAttachments(trx, attachments);
          await history(trx, actor, row, 'apply', null, 'submitted', null, opts.requestKey);
          await tellSubject(trx, row, 'submitted', `${def.name}（${record.docNo}）的信用修复申请已提交，等待受理。`);
        });
      } catch (err) {
        if (isUniqueViolation(err)) {
          if (opts.requestKey) {
            const again = await replay(actor, opts.requestKey, 'apply', null);
            if (again) return { repair: again, created: false };
          }
          throw repairAlreadyOpen();
        }
        throw err;
      }
      return { repair: await detail(actor, (await repairsRepo.find(db, id))!), created: true };
    },

    accept: (actor: Actor, id: string, input: unknown = {}, opts: StepOptions = {}) => step(actor, id, 'accept', input, opts),
    refuse: (actor: Actor, id: string, input: unknown, opts: StepOptions = {}) => step(actor, id, 'refuse', input, opts),
    approve: (actor: Actor, id: string, input: unknown = {}, opts: StepOptions = {}) => step(actor, id, 'approve', input, opts),
    reject: (actor: Actor, id: string, input: unknown, opts: StepOptions = {}) => step(actor, id, 'reject', input, opts),

    /** One application with its history: the subject its own, the office and auditors any. */
    async get(actor: Actor, id: string): Promise<RepairDetail> {
      const row = await repairsRepo.find(db, id);
      if (!row) {
        authorize(actor, canReadAll(actor), '查看信用修复');
        throw repairNotFound(id);
      }
      authorize(actor, canRead(actor, row.subjectId), '查看信用修复');
      return detail(actor, row);
    },

    /** A proof file (the subject its own, the office any). */
    async attachment(actor: Actor, repairId: string, attachmentId: string): Promise<{ fileName: string; mediaType: string; bytes: Buffer }> {
      const row = await repairsRepo.find(db, repairId);
      if (!row) throw repairNotFound(repairId);
      authorize(actor, canRead(actor, row.subjectId), '查看证明材料');
      const a = await repairsRepo.attachment(db, repairId, attachmentId);
      if (!a) throw repairNotFound(attachmentId);
      return { fileName: a.fileName, mediaType: a.mediaType, bytes: Buffer.from(a.content, 'base64') };
    },

    /** The queue: by status (or `overdue`), most recently handled first; a subject account sees its own only. */
    async list(actor: Actor, query: unknown): Promise<RepairPage> {
      const own = actor.kind === 'user' && actor.role === 'subject' && actor.subjectId !== null;
      authorize(actor, canReadAll(actor) || own, '查看信用修复');
      const q = parseInput(repairsQuerySchema, query ?? {});
      const today = chinaDate(clock);
      const rows = await repairsRepo.list(db, {
        subjectId: canReadAll(actor) ? undefined : actor.subjectId!, status: q.status === 'overdue' ? undefined : q.status,
        overdueOn: q.status === 'overdue' ? today : undefined, limit: q.pageSize + 1, offset: (q.page - 1) * q.pageSize,
      });
      const items = await Promise.all(rows.slice(0, q.pageSize).map(async (r) =>
        presentSummary(r, await repairsRepo.subject(db, r.subjectId), await factsOf(await requireRecord(r.recordId)), today)));
      return { items, page: q.page, pageSize: q.pageSize, hasMore: rows.length > q.pageSize };
    },

    isOwnSubject,
  };
}

export type RepairService = ReturnType<typeof createRepairService>;
