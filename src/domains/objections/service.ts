import type { Kysely } from 'kysely';
import type { Database } from '../../db/connect.js';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../kernel/actor.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { authorize } from '../../kernel/authorize.js';
import { chinaDate, isoNow, type Clock } from '../../kernel/clock.js';
import type { CalendarService } from '../calendar/index.js';
import type { CatalogService } from '../catalog/index.js';
import type { RecordService, StoredRecord } from '../records/index.js';
import { objectionNotFound, queryCodeInvalid, recordNotObjectable } from './errors.js';
import { allowedActions } from './machine.js';
import { parseInput } from './parse-input.js';
import { canReadCase, canReadQueue, canSetDeadlines, isObjectorAccount, rolesOn } from './policy.js';
import { notifyNothing, type Notify } from './ports.js';
import {
  presentDetail, presentForObjector, presentSummary, type ObjectionDetail, type ObjectionRecord, type ObjectionSummary, type ObjectorView,
} from './present.js';
import { objectionsRepo as repo, type ObjectionRow } from './repo.js';
import { DEFAULT_DEADLINES, deadlinesSchema, OPEN_STATUSES, queueQuerySchema, trackBodySchema, type Deadlines, type ObjectionAction } from './schema.js';
import { queryCodeMatches } from './codes.js';
import { submissionOf } from './correction.js';
import { createSubmit } from './submit.js';
import { createSteps } from './steps.js';
import { createEscalation } from './escalate.js';

export interface ObjectionServiceDeps {
  database: Database;
  clock: Clock;
  audit: AuditTrail;
  calendar: Pick<CalendarService, 'calendar'>;
  catalog: Pick<CatalogService, 'get'>;
  records: Pick<RecordService, 'stored' | 'ingestChunk' | 'withdraw' | 'setObjectionOpen'>;
  /** in-app and email/SMS notifications (the notifications domain); nothing is sent without it */
  notify?: Notify;
}

/** What every part of the service shares. */
export interface ObjectionContext {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditTrail;
  calendar: Pick<CalendarService, 'calendar'>;
  records: ObjectionServiceDeps['records'];
  notify: Notify;
  deadlines(): Promise<Deadlines>;
  /** whether the actor is staff of a credit_office department */
  creditOffice(actor: Actor): Promise<boolean>;
  recordOf(recordId: string): Promise<{ stored: StoredRecord; view: ObjectionRecord }>;
  objectorView(actor: Actor, id: string, holdsQueryCode: boolean): Promise<ObjectorView>;
  detail(actor: Actor, id: string): Promise<ObjectionDetail>;
}

/**
 * Objections (异议, SPEC §8): anyone objects to a record; the credit office
 * accepts or refuses, self-checks and forwards; the source department
 * verifies (corrects through records' ingestion, withdraws through records'
 * withdrawal, or upholds); the office replies. Every step has a working-day
 * deadline; overdue steps escalate to reviewers. While a case is open its
 * record shows 异议处理中 in every view.
 */
export function createObjectionService(deps: ObjectionServiceDeps) {
  const { database, clock, audit, calendar, catalog, records } = deps;
  const db = database.db;

  async function deadlines(): Promise<Deadlines> {
    const stored = await repo.deadlines(db);
    if (stored === null) return DEFAULT_DEADLINES;
    const parsed = deadlinesSchema.safeParse({ ...DEFAULT_DEADLINES, ...(JSON.parse(stored) as object) });
    return parsed.success ? parsed.data : DEFAULT_DEADLINES;
  }

  async function creditOffice(actor: Actor): Promise<boolean> {
    if (actor.kind === 'anonymous' || actor.role !== 'staff' || actor.departmentId === null) return false;
    return (await repo.departmentKind(db, actor.departmentId)) === 'credit_office';
  }

  async function recordOf(recordId: string): Promise<{ stored: StoredRecord; view: ObjectionRecord }> {
    const stored = await records.stored(recordId);
    if (!stored) throw recordNotObjectable(recordId);
    const def = (await catalog.get(stored.typeCode, stored.typeVersion)).definition;
    return {
      stored,
      view: {
        id: stored.id, typeCode: stored.typeCode, typeName: def.name, typeNameEn: def.nameEn, docNo: stored.docNo, decisionDate: stored.decisionDate,
        source: { id: stored.sourceDepartment.id, name: stored.sourceDepartment.name }, status: stored.status, version: stored.version,
      },
    };
  }

  async function viewInput(actor: Actor, row: ObjectionRow, holdsQueryCode: boolean) {
    const [{ view: record }, steps, attachments, office] = [await recordOf(row.recordId), await repo.stepsOf(db, row.id), await repo.attachmentsOf(db, row.id), await creditOffice(actor)];
    const roles = rolesOn(actor, row, office, holdsQueryCode);
    return { row, record, steps, attachments, today: chinaDate(clock), allowedActions: allowedActions(row.status as never, roles) as ObjectionAction[] };
  }

  async function requireRow(id: string): Promise<ObjectionRow> {
    const row = await repo.find(db, id);
    if (!row) throw objectionNotFound(id);
    return row;
  }

  const ctx: ObjectionContext = {
    db, clock, audit, calendar, records, notify: deps.notify ?? notifyNothing, deadlines, creditOffice, recordOf,
    async objectorView(actor, id, holdsQueryCode) {
      return presentForObjector(await viewInput(actor, await requireRow(id), holdsQueryCode));
    },
    async detail(actor, id) {
      return presentDetail(await viewInput(actor, await requireRow(id), false));
    },
  };
  const submit = createSubmit(ctx);
  const steps = createSteps(ctx, catalog);
  const escalation = createEscalation(ctx);

  /** The case for a query-code holder, or OBJECTION_QUERY_CODE_INVALID (the same answer for an unknown number and a wrong code). */
  async function byQueryCode(input: unknown): Promise<ObjectionRow> {
    const { caseNo, queryCode } = parseInput(trackBodySchema, input);
    const row = await repo.findByCaseNo(db, caseNo.toUpperCase());
    if (!row || !queryCodeMatches(queryCode, row.queryCodeHash)) throw queryCodeInvalid();
    return row;
  }

  return {
    /** 提出异议: anyone; returns the case and its query code (shown once). */
    submit,

    /** 查询: the objector's view of a case, by case number and query code (no account needed). */
    async track(actor: Actor, input: unknown): Promise<ObjectorView> {
      const row = await byQueryCode(input);
      return ctx.objectorView(actor, row.id, true);
    },

    /** The objector withdraws its case: by account (`id`), or by case number and query code. */
    async withdrawByQueryCode(actor: Actor, input: unknown): Promise<ObjectorView> {
      const body = (input ?? {}) as { caseNo?: unknown; queryCode?: unknown; note?: unknown };
      const row = await byQueryCode({ caseNo: body.caseNo, queryCode: body.queryCode });
      await steps.act(actor, row.id, 'withdraw', { note: body.note }, { holdsQueryCode: true });
      return ctx.objectorView(actor, row.id, true);
    },

    /** A case: the staff view (office, source department, auditors; the read is audited), or the objector's own view for its account. */
    async get(actor: Actor, id: string): Promise<ObjectionDetail | ObjectorView> {
      const row = await repo.find(db, id);
      const office = await creditOffice(actor);
      if (!row) {
        authorize(actor, canReadQueue(actor, office), '查看异议');
        throw objectionNotFound(id);
      }
      if (!canReadCase(actor, row, office)) {
        authorize(actor, isObjectorAccount(actor, row), '查看异议');
        return ctx.objectorView(actor, id, false);
      }
      await db.transaction().execute((trx) => audit.append(trx, actor, { action: 'objection.read', targetType: 'objection', targetId: id, subjectId: row.subjectId }));
      return ctx.detail(actor, id);
    },

    /** Staff: the full case (throws for the objector's own account: use get). */
    async detail(actor: Actor, id: string): Promise<ObjectionDetail> {
      const view = await this.get(actor, id);
      if (!('objector' in view)) authorize(actor, false, '查看异议');
      return view as ObjectionDetail;
    },

    /** An attachment's bytes: staff who may read the case, or the objector's account. */
    async attachment(actor: Actor, id: string, attachmentId: string): Promise<{ name: string; contentType: string; bytes: Buffer }> {
      const row = await requireRow(id);
      authorize(actor, canReadCase(actor, row, await creditOffice(actor)) || isObjectorAccount(actor, row), '查看异议附件');
      const file = await repo.attachment(db, id, attachmentId);
      if (!file) throw objectionNotFound(`${id}/${attachmentId}`);
      return { name: file.name, contentType: file.contentType, bytes: Buffer.from(file.contentB64, 'base64') };
    },

    /**
     * The queue: the office and auditors see every case; a source department's
     * providers and staff the cases routed to it; anyone else its own cases.
     * Open cases with the nearest deadline first.
     */
    async list(actor: Actor, query: unknown): Promise<{ items: ObjectionSummary[]; page: number; pageSize: number; hasMore: boolean }> {
      authorize(actor, actor.kind !== 'anonymous', '查看异议');
      const q = parseInput(queueQuerySchema, query);
      const today = chinaDate(clock);
      const all = canReadQueue(actor, await creditOffice(actor));
      const department = !all && (actor.role === 'provider' || actor.role === 'staff') && actor.departmentId !== null ? actor.departmentId : undefined;
      const rows = await repo.list(db, {
        status: q.status,
        ...(q.overdue === 'true' ? { statuses: OPEN_STATUSES, overdueOn: today } : {}),
        ...(department ? { sourceDepartmentId: department } : {}),
        ...(!all && !department ? { objectorUserId: actor.id ?? '' } : {}),
        limit: q.pageSize + 1, offset: (q.page - 1) * q.pageSize,
      });
      const items: ObjectionSummary[] = [];
      for (const r of rows.slice(0, q.pageSize)) items.push(presentSummary(r, (await recordOf(r.recordId)).view, today));
      return { items, page: q.page, pageSize: q.pageSize, hasMore: rows.length > q.pageSize };
    },

    accept: (actor: Actor, id: string, input: unknown) => steps.act(actor, id, 'accept', input),
    refuse: (actor: Actor, id: string, input: unknown) => steps.act(actor, id, 'refuse', input),
    forward: (actor: Actor, id: string, input: unknown) => steps.act(actor, id, 'forward', input),
    correct: (actor: Actor, id: string, input: unknown) => steps.act(actor, id, 'correct', input),
    remove: (actor: Actor, id: string, input: unknown) => steps.act(actor, id, 'remove', input),
    uphold: (actor: Actor, id: string, input: unknown) => steps.act(actor, id, 'uphold', input),
    reply: (actor: Actor, id: string, input: unknown) => steps.act(actor, id, 'reply', input),
    /** The objector's account withdraws its case. */
    withdraw: (actor: Actor, id: string, input: unknown) => steps.act(actor, id, 'withdraw', input),
    act: steps.act,

    /**
     * The record's fields as a correction starts from (the source department's
     * form): each field in catalogue order with its value as a submission takes it.
     */
    async correctionForm(actor: Actor, id: string): Promise<Array<{ key: string; label: string; labelEn: string; value: string }>> {
      const row = await requireRow(id);
      authorize(actor, canReadCase(actor, row, await creditOffice(actor)), '更正信用记录');
      const { stored } = await recordOf(row.recordId);
      const def = (await catalog.get(stored.typeCode, stored.typeVersion)).definition;
      const raw = submissionOf(stored.fields, def);
      return def.fields.map((f) => ({ key: f.key, label: f.label, labelEn: f.labelEn, value: raw[f.key] === undefined ? '' : String(raw[f.key]) }));
    },

    /** Marks steps past their deadline overdue and tells the reviewers (run by `serve`, see loop.ts). */
    escalateOverdue: escalation.escalateOverdue,

    /** What the objection form shows of the record (type, number, date, source), or OBJECTION_RECORD_NOT_FOUND. */
    recordForForm: recordOf,

    /** The display name a signed-in account objects under, or null. */
    async accountName(userId: string | null): Promise<string | null> {
      return userId === null ? null : repo.displayName(db, userId);
    },

    /** The working days each step allows (public: the procedure is published). */
    deadlines,

    /** Admins change the working days a step allows (applies to steps begun afterwards). */
    async setDeadlines(actor: Actor, input: unknown): Promise<Deadlines> {
      authorize(actor, canSetDeadlines(actor), '设置异议办理时限');
      const next = parseInput(deadlinesSchema, input);
      await db.transaction().execute(async (trx) => {
        await repo.setDeadlines(trx, JSON.stringify(next));
        await audit.append(trx, actor, { action: 'objection.set_deadlines', targetType: 'objection_settings', details: { ...next } });
      });
      return next;
    },
  };
}

export type ObjectionService = ReturnType<typeof createObjectionService>;
