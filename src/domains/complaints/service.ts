import type { Actor } from '../../kernel/actor.js';
import { authorize } from '../../kernel/authorize.js';
import { chinaDate } from '../../kernel/clock.js';
import { normalizeCaseNumber, queryCodeHash } from './case-number.js';
import type { ComplaintServiceDeps } from './deps.js';
import { attachmentNotFound, complaintNotFound } from './errors.js';
import { parseInput } from './parse-input.js';
import { canRead, canReadAll, canTake, departmentOf, isOffice, type ComplaintActor } from './policy.js';
import { notifyNobody } from './ports.js';
import { presentDetail, presentSummary, presentTrack, type ComplaintDetail, type ComplaintSummary, type TrackView } from './present.js';
import { complaintRepo as repo, type ComplaintRow } from './repo.js';
import { stepsAllowedIn } from './rules.js';
import { complaintQuerySchema, DEFAULT_COMPLAINT_DEADLINES, statsQuerySchema, trackSchema, type ComplaintStatus, type ComplaintTransition } from './schema.js';
import { complaintStats, type ComplaintStats } from './stats.js';
import { createSteps } from './steps.js';
import { createSubmit } from './submit.js';
import { createTeller } from './tell.js';
import { safeEqual } from '../../kernel/crypto.js';

export type { ComplaintServiceDeps };

/**
 * Complaints and reports (投诉举报, SPEC §8): the public files one and follows
 * it by case number and query code; it is routed to the responsible
 * department, accepted, and concluded with an outcome (or rejected), each step
 * with a working-day deadline; statistics for the office.
 */
export function createComplaintService(deps: ComplaintServiceDeps) {
  const { database, clock, calendar, accounts } = deps;
  const db = database.db;
  const deadlines = { ...DEFAULT_COMPLAINT_DEADLINES, ...deps.deadlines };
  const teller = createTeller(deps.notify ?? notifyNobody);
  const submit = createSubmit({ deps, deadlines, teller });
  const runStep = createSteps({ deps, deadlines, teller });

  async function complaintActor(actor: Actor): Promise<ComplaintActor> {
    if (actor.kind === 'anonymous' || actor.role !== 'staff' || actor.departmentId === null) return { actor, creditOffice: false };
    const department = await accounts.getDepartment(actor.departmentId).catch(() => null);
    return { actor, creditOffice: department?.kind === 'credit_office' };
  }

  async function detail(ca: ComplaintActor, row: ComplaintRow): Promise<ComplaintDetail> {
    const history = await repo.historyOf(db, row.id);
    const names = await repo.departmentNames(db, [row.departmentId, ...history.map((h) => h.departmentId)].filter((d): d is string => d !== null));
    const allowed = stepsAllowedIn(row.status as ComplaintStatus).filter((s) => canTake(ca, s, row));
    return presentDetail(row, { names, today: chinaDate(clock), history, attachments: await repo.attachmentsOf(db, row.id), allowed });
  }

  async function readable(actor: Actor, id: string): Promise<{ ca: ComplaintActor; row: ComplaintRow }> {
    const ca = await complaintActor(actor);
    const row = await repo.find(db, id);
    if (!row) {
      authorize(actor, canReadAll(ca) || departmentOf(ca) !== null, '查看投诉举报');
      throw complaintNotFound();
    }
    authorize(actor, canRead(ca, row), '查看投诉举报');
    return { ca, row };
  }

  const step = (name: ComplaintTransition) => async (actor: Actor, id: string, input: unknown = {}): Promise<ComplaintDetail> => {
    const ca = await complaintActor(actor);
    await runStep(ca, id, name, input);
    return detail(ca, (await repo.find(db, id))!);
  };

  return {
    deadlines: Object.freeze({ ...deadlines }),

    /** 投诉举报 (anyone): `created` is false when a retry with the same Idempotency-Key found the case the first request made. */
    submit,

    /** The complainant's view, by case number and query code; either wrong answers COMPLAINT_NOT_FOUND. */
    async track(input: unknown): Promise<TrackView> {
      const q = parseInput(trackSchema, input);
      const row = await repo.findByCaseNo(db, normalizeCaseNumber(q.caseNo));
      if (!row || !safeEqual(row.queryCodeHash, queryCodeHash(q.queryCode))) throw complaintNotFound();
      const names = await repo.departmentNames(db, row.departmentId ? [row.departmentId] : []);
      return presentTrack(row, await repo.historyOf(db, row.id), names);
    },

    /** The queue: the office and auditors see every complaint, a department's staff their department's. */
    async list(actor: Actor, query: unknown = {}): Promise<{ items: ComplaintSummary[]; page: number; pageSize: number; hasMore: boolean }> {
      const ca = await complaintActor(actor);
      const own = canReadAll(ca) ? null : departmentOf(ca);
      authorize(actor, canReadAll(ca) || own !== null, '查看投诉举报');
      const q = parseInput(complaintQuerySchema, query);
      const today = chinaDate(clock);
      const rows = await repo.list(db, {
        status: q.status, overdueOn: q.overdue === 'true' ? today : undefined, departmentId: own ?? q.departmentId, about: q.about, agencyId: q.agencyId,
      }, q.pageSize + 1, (q.page - 1) * q.pageSize);
      const page = rows.slice(0, q.pageSize);
      const names = await repo.departmentNames(db, page.map((r) => r.departmentId).filter((d): d is string => d !== null));
      return { items: page.map((r) => presentSummary(r, names, today)), page: q.page, pageSize: q.pageSize, hasMore: rows.length > q.pageSize };
    },

    /** A case with its history (the read is audited: it holds the complainant's personal data). */
    async get(actor: Actor, id: string): Promise<ComplaintDetail> {
      const { ca, row } = await readable(actor, id);
      await db.transaction().execute((trx) => deps.audit.append(trx, actor, { action: 'complaint.read', targetType: 'complaint', targetId: id, subjectId: row.subjectId }));
      return detail(ca, row);
    },

    async attachment(actor: Actor, id: string, attachmentId: string): Promise<{ fileName: string; contentType: string; content: Buffer }> {
      await readable(actor, id);
      const a = await repo.attachment(db, id, attachmentId);
      if (!a) throw attachmentNotFound();
      return { fileName: a.fileName, contentType: a.contentType, content: Buffer.from(a.content, 'base64') };
    },

    /** 分派 / 改派: the office routes (or reroutes) to a department; the suggestion from the subject's records by default. */
    assign: step('assign'),
    /** 受理: the department accepts it. */
    start: step('start'),
    /** 办结 with an outcome the complainant reads. */
    conclude: step('conclude'),
    /** 不予受理, before the department accepts it. */
    reject: step('reject'),

    /** Counts by status, outcome and department, overdue, average working days to conclusion (the office and auditors). */
    async stats(actor: Actor, query: unknown = {}): Promise<ComplaintStats> {
      authorize(actor, canReadAll(await complaintActor(actor)), '查看投诉举报统计');
      const q = parseInput(statsQuerySchema, query);
      return complaintStats(db, { from: q.from, to: q.to }, chinaDate(clock), await calendar.calendar());
    },

    /** Whether the actor routes complaints (the console shows the department choice). */
    isOffice: async (actor: Actor) => isOffice(await complaintActor(actor)),
  };
}

export type ComplaintService = ReturnType<typeof createComplaintService>;
