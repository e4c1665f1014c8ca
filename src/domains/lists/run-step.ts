import type { Kysely, Updateable } from 'kysely';
import type { DB, ListEntriesTable } from '../../db/schema.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { authorize } from '../../kernel/authorize.js';
import type { WorkingDayCalendar } from '../../kernel/calendar/index.js';
import { chinaDate, isoNow, type Clock } from '../../kernel/clock.js';
import { newId } from '../../kernel/ids.js';
import type { CalendarService } from '../calendar/index.js';
import { entriesRepo, type EntryRow, type ObjectionRow } from './entries-repo.js';
import type { EntryDetailReader } from './entry-detail.js';
import { entryConcurrentWrite, entryNotFound, idempotencyKeyReused } from './errors.js';
import type { ListTypes } from './list-types.js';
import { isUniqueViolation } from './parse-input.js';
import type { ListActor } from './policy.js';
import { entryState, type ListEntryDetail } from './present.js';
import { refusalOf } from './rules.js';
import type { EntryStep, ListTypeDefinition } from './schema.js';

export interface StepDeps {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditTrail;
  types: ListTypes;
  calendar: Pick<CalendarService, 'calendar'>;
  detail: EntryDetailReader;
}

/** What a step sees inside its transaction. */
export interface StepContext {
  trx: Kysely<DB>;
  row: EntryRow;
  type: ListTypeDefinition;
  objections: ObjectionRow[];
  today: string;
  now: string;
  calendar: WorkingDayCalendar;
}

/** What a step changes: the entry's columns, and what its history line and audit entry say. */
export interface StepPlan {
  patch: Updateable<ListEntriesTable>;
  reason?: string | null;
  details?: Record<string, unknown>;
}

export interface StepOptions {
  /** the client's Idempotency-Key: a retry with it answers the entry as the first request left it */
  requestKey?: string | undefined;
}

/**
 * Runs one step of the procedure in one transaction: load the entry, check who
 * may (policy) and whether the state allows it (rules.ts, with its stable
 * refusal code), apply the change conditional on the version read, append the
 * history line and the audit entry. Nothing is ever deleted.
 */
export function createStepRunner(deps: StepDeps) {
  const { db, clock, audit, types, calendar, detail } = deps;

  /** The step this actor already made under the key: its entry now, or a refusal when the key was used for something else. */
  async function replay(la: ListActor, key: string, step: EntryStep, entryId: string | null): Promise<ListEntryDetail | null> {
    const done = await entriesRepo.stepByRequestKey(db, { type: la.actor.kind, id: la.actor.id }, key);
    if (!done) return null;
    if (done.step !== step || (entryId !== null && done.entryId !== entryId)) throw idempotencyKeyReused();
    return detail(la, done.entryId);
  }

  /** A history line for a step (the procedure's record: who, when, what, why). */
  function historyLine(la: ListActor, entryId: string, step: EntryStep, from: string | null, to: string, plan: Omit<StepPlan, 'patch'>, now: string, today: string, key: string | undefined) {
    return {
      id: newId(), entryId, step, fromStatus: from, toStatus: to, at: now, onDate: today,
      actorType: la.actor.kind, actorId: la.actor.id, actorRole: la.actor.role, reason: plan.reason ?? null,
      details: plan.details ? JSON.stringify(plan.details) : null, requestKey: key ?? null,
    };
  }

  async function appendStep(trx: Kysely<DB>, la: ListActor, row: Pick<EntryRow, 'id' | 'subjectId' | 'listType'>, step: EntryStep, from: string | null, to: string, plan: Omit<StepPlan, 'patch'>, key: string | undefined) {
    const now = isoNow(clock);
    await entriesRepo.insertHistory(trx, historyLine(la, row.id, step, from, to, plan, now, chinaDate(clock), key));
    await audit.append(trx, la.actor, {
      action: `list.${step}`, targetType: 'list_entry', targetId: row.id, subjectId: row.subjectId,
      details: { listType: row.listType, from, to, ...(plan.reason ? { reason: plan.reason } : {}), ...plan.details },
    });
  }

  async function run(
    la: ListActor, id: string, step: EntryStep, opts: StepOptions,
    allowed: (row: EntryRow) => boolean, plan: (c: StepContext) => Promise<StepPlan> | StepPlan,
  ): Promise<ListEntryDetail> {
    const key = opts.requestKey;
    if (key) {
      const again = await replay(la, key, step, id);
      if (again) return again;
    }
    // Loaded before the transaction: both are cached, and SQLite has one connection the transaction holds.
    await types.all();
    const cal = await calendar.calendar();
    try {
      await db.transaction().execute(async (trx) => {
        const row = await entriesRepo.find(trx, id);
        if (!row) throw entryNotFound(id);
        authorize(la.actor, allowed(row), `名单操作（${step}）`);
        const objections = await entriesRepo.objectionsOf(trx, id);
        const today = chinaDate(clock);
        const refusal = refusalOf(step, entryState(row), today, objections.map((o) => ({ answered: o.answer !== null })));
        if (refusal) throw refusal;
        const now = isoNow(clock);
        const p = await plan({ trx, row, type: await types.get(row.listType), objections, today, now, calendar: cal });
        if (!(await entriesRepo.update(trx, id, Number(row.version), { ...p.patch, updatedAt: now }))) throw entryConcurrentWrite();
        await appendStep(trx, la, row, step, row.status, p.patch.status ?? row.status, p, key);
      });
    } catch (err) {
      if (key && isUniqueViolation(err)) {
        const again = await replay(la, key, step, id);
        if (again) return again;
      }
      throw err;
    }
    return detail(la, id);
  }

  return { run, replay, appendStep };
}

export type StepRunner = ReturnType<typeof createStepRunner>;
