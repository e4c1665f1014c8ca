import type { Database } from '../../db/connect.js';
import type { Actor } from '../../kernel/actor.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { authorize } from '../../kernel/authorize.js';
import { chinaDate, type Clock } from '../../kernel/clock.js';
import type { AccountsService } from '../accounts/index.js';
import type { CalendarService } from '../calendar/index.js';
import type { RecordService } from '../records/index.js';
import type { SubjectService } from '../subjects/index.js';
import { entriesRepo } from './entries-repo.js';
import { createEntryDetail } from './entry-detail.js';
import { entryNotFound } from './errors.js';
import { createInEffect } from './in-effect.js';
import { createListTypes } from './list-types.js';
import { parseInput } from './parse-input.js';
import { canReadAll, canReadEntry, type ListActor } from './policy.js';
import { presentSummary, type ListEntryDetail, type ListEntrySummary } from './present.js';
import { createProcedure } from './procedure.js';
import { createPropose } from './propose.js';
import { createRepairEnds } from './repair-ends.js';
import { createConsumerCursors } from '../../db/consumer-cursors.js';
import { createStepRunner, type StepOptions } from './run-step.js';
import { entriesQuerySchema } from './schema.js';

export interface ListServiceDeps {
  database: Database;
  clock: Clock;
  audit: AuditTrail;
  calendar: Pick<CalendarService, 'calendar'>;
  subjects: Pick<SubjectService, 'getByCode'>;
  records: Pick<RecordService, 'listEntryRecords' | 'countListEntryRecords' | 'idsOfSubject'>;
  accounts: Pick<AccountsService, 'getDepartment'>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Lists (名单, SPEC §5): list types as data, the office's listing procedure,
 * and what is in effect on a day from both origins (office entries and the
 * records of upstream lists) for credit checks and the public list pages.
 */
export function createListService(deps: ListServiceDeps) {
  const { database, clock, audit, calendar, subjects, records, accounts } = deps;
  const db = database.db;
  const types = createListTypes({ db, clock, audit });
  const detail = createEntryDetail({ db, clock, types });
  const runner = createStepRunner({ db, clock, audit, types, calendar, detail });
  const procedure = createProcedure(runner);
  const propose = createPropose({ db, clock, types, subjects, records, runner, detail });
  const inEffect = createInEffect({ db, clock, types, records });
  const endRepairedEntries = createRepairEnds({ db, clock, cursors: createConsumerCursors(database.dialect), procedure });

  /** The actor with what the policy needs beyond it: whether a staff member works for the credit office. */
  async function listActorOf(actor: Actor): Promise<ListActor> {
    if (actor.kind === 'anonymous' || actor.role !== 'staff' || actor.departmentId === null) return { actor, creditOffice: false };
    const department = await accounts.getDepartment(actor.departmentId).catch(() => null);
    return { actor, creditOffice: department?.kind === 'credit_office' };
  }

  const withActor = <A extends unknown[]>(step: (la: ListActor, ...args: A) => Promise<ListEntryDetail>) =>
    async (actor: Actor, ...args: A): Promise<ListEntryDetail> => step(await listActorOf(actor), ...args);

  return {
    /** Installs the default list types not yet in the table (start-up; idempotent). */
    ensureDefaults: () => types.ensureDefaults(),
    /** Every list type with its kind, names, legal basis, procedure data and (upstream) feeds. */
    types: () => types.all(),
    type: (code: string) => types.get(code),

    /** Ends the office entries resting on records repaired since the last pass (records outbox, repair-ends.ts); the serve loop runs it. */
    endRepairedEntries,

    entriesInEffect: inEffect.entriesInEffect,
    entriesInEffectMany: inEffect.entriesInEffectMany,
    publicEntries: inEffect.publicEntries,
    publicCounts: inEffect.publicCounts,

    /** 拟列入; `created` is false when a retry with the same Idempotency-Key found the entry the first request made. */
    propose: async (actor: Actor, input: unknown, opts: StepOptions = {}) => propose(await listActorOf(actor), input, opts),
    notify: withActor(procedure.notify),
    object: withActor(procedure.object),
    answer: withActor(procedure.answer),
    decide: withActor(procedure.decide),
    remove: withActor(procedure.remove),
    revoke: withActor(procedure.revoke),
    withdraw: withActor(procedure.withdraw),

    /** An entry with its history: the office and auditors, or the subject itself (its view names roles, not people). The read is audited. */
    async get(actor: Actor, id: string): Promise<ListEntryDetail> {
      const la = await listActorOf(actor);
      const row = await entriesRepo.find(db, id);
      if (!row) {
        authorize(actor, canReadAll(la), '查看名单条目');
        throw entryNotFound(id);
      }
      authorize(actor, canReadEntry(la, row.subjectId), '查看名单条目');
      await db.transaction().execute((trx) =>
        audit.append(trx, actor, { action: 'list.read', targetType: 'list_entry', targetId: id, subjectId: row.subjectId }));
      return detail(la, id);
    },

    /** Entries by status, list type and subject, most recently changed first; a subject's own accounts see only its entries. */
    async list(actor: Actor, query: unknown): Promise<{ items: ListEntrySummary[]; page: number; pageSize: number; hasMore: boolean }> {
      const la = await listActorOf(actor);
      const own = actor.kind === 'user' && actor.role === 'subject' && actor.subjectId !== null;
      authorize(actor, canReadAll(la) || own, '查看名单条目');
      const q = parseInput(entriesQuerySchema, query);
      let subjectId = own && !canReadAll(la) ? actor.subjectId! : undefined;
      if (q.subject !== undefined && subjectId === undefined) subjectId = UUID.test(q.subject) ? q.subject : (await subjects.getByCode(q.subject)).id;
      const today = chinaDate(clock);
      const rows = await entriesRepo.list(db, {
        ...(q.status ? { status: q.status } : {}), ...(q.listType ? { listType: q.listType } : {}), ...(subjectId ? { subjectId } : {}),
        today, limit: q.pageSize + 1, offset: (q.page - 1) * q.pageSize,
      });
      const byCode = new Map((await types.all()).map((t) => [t.code, t]));
      const items = rows.slice(0, q.pageSize).flatMap((r) => {
        const t = byCode.get(r.listType);
        return t ? [presentSummary(r, t, today)] : [];
      });
      return { items, page: q.page, pageSize: q.pageSize, hasMore: rows.length > q.pageSize };
    },
  };
}

export type ListService = ReturnType<typeof createListService>;
