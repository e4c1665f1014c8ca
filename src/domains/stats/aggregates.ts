import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createConsumerCursors } from '../../db/consumer-cursors.js';
import type { Database } from '../../db/connect.js';
import type { DB } from '../../db/schema.js';
import type { WorkingDayCalendar } from '../../kernel/calendar/index.js';
import { isoNow, type Clock } from '../../kernel/clock.js';
import type { CalendarService } from '../calendar/index.js';
import { aggregatesRepo as repo, type CellDelta, type HourGroup, type MonthDelta, type SubjectCell, type TimelinessDelta } from './aggregates-repo.js';
import { chinaDateOf } from './provider-quality-period.js';
import { TIMELY_TYPES } from './provider-quality-schema.js';

/** The outbox cursor: the last seq below which every record event is in the summary tables. */
export const AGGREGATES_CONSUMER = 'stats.aggregates';
/** The subjects scan: `updated_at|id` of the last subject taken into stats_subjects. */
export const SUBJECTS_CURSOR = 'stats.subjects';
/** SHA-256 of the working-day calendar the timeliness histogram was counted with. */
export const CALENDAR_CURSOR = 'stats.calendar';
/**
 * Rows stamped within this long before now are left for the next pass: on
 * PostgreSQL a transaction that stamped a time (or took an outbox seq) may
 * commit after a later one. The figures are therefore at most this plus one
 * loop interval behind (docs/statistics.md).
 */
export const SETTLE_MS = 30_000;
const BATCH = 1000;
const MAX_BATCHES = 50;

export interface AggregatesPass {
  rebuilt: boolean;
  calendarRecounted: boolean;
  subjects: number;
  events: number;
}

const fingerprint = (text: string) => createHash('sha256').update(text).digest('hex');
/** YYYY-MM in China time of a stored UTC hour `YYYY-MM-DDTHH`. */
const monthOfHour = (hour: string) => chinaDateOf(`${hour}:00:00.000Z`).slice(0, 7);
const cellKey = (c: { subjectType: string; street: string; industry: string }) => `${c.subjectType}\u0001${c.street}\u0001${c.industry}`;

class Deltas {
  readonly months = new Map<string, MonthDelta>();
  readonly timeliness = new Map<string, TimelinessDelta>();
  readonly cells = new Map<string, CellDelta>();

  month(departmentId: string, typeCode: string, month: string, created: number, withdrawn: number): void {
    const key = `${departmentId}|${typeCode}|${month}`;
    const row = this.months.get(key) ?? { departmentId, typeCode, month, created: 0, withdrawn: 0 };
    row.created += created;
    row.withdrawn += withdrawn;
    this.months.set(key, row);
  }

  receipt(departmentId: string, typeCode: string, month: string, workingDays: number, records: number): void {
    const key = `${departmentId}|${typeCode}|${month}|${workingDays}`;
    const row = this.timeliness.get(key) ?? { departmentId, typeCode, month, workingDays, records: 0 };
    row.records += records;
    this.timeliness.set(key, row);
  }

  cell(c: { subjectType: string; street: string; industry: string }, subjects: number, covered: number): void {
    const key = cellKey(c);
    const row = this.cells.get(key) ?? { subjectType: c.subjectType, street: c.street, industry: c.industry, subjects: 0, covered: 0 };
    row.subjects += subjects;
    row.covered += covered;
    this.cells.set(key, row);
  }

  async write(trx: Kysely<DB>): Promise<void> {
    await repo.addMonths(trx, [...this.months.values()]);
    await repo.addTimeliness(trx, [...this.timeliness.values()]);
    await repo.addCells(trx, [...this.cells.values()]);
  }
}

/**
 * Keeps the statistics summary tables (migration 0018) in step with what the
 * other domains store, as a consumer of the records outbox with its own cursor
 * (no trigger on records, no change to the import path): record events add to
 * the monthly counts and the timeliness histogram, and recount the active
 * records of the subjects they touch; new or changed subjects move between
 * coverage cells. Each batch commits with its cursor, so a crash repeats a
 * batch and never counts one twice. The first pass (or a calendar change)
 * rebuilds from the source tables.
 */
export function createStatsAggregator({ database, clock, calendar }: { database: Database; clock: Clock; calendar: Pick<CalendarService, 'calendar'> }) {
  const { db, dialect } = database;
  const cursors = createConsumerCursors(dialect);

  async function countReceipts(trx: Kysely<DB>, cal: WorkingDayCalendar, deltas: Deltas): Promise<void> {
    for (const g of await repo.receiptHours(trx, TIMELY_TYPES)) {
      const received = chinaDateOf(`${g.hour}:00:00.000Z`);
      deltas.receipt(g.departmentId, g.typeCode, received.slice(0, 7), cal.workingDaysBetween(g.decisionDate, received), g.count);
    }
  }

  /** Everything from the source tables, in one transaction; the cursors start from where the data stood. */
  async function rebuild(cal: WorkingDayCalendar): Promise<void> {
    await db.transaction().execute(async (trx) => {
      const at = isoNow(clock);
      const [seq, latest, calendarText] = [await repo.maxOutboxSeq(trx), await repo.latestSubjectChange(trx), await repo.calendarFingerprint(trx)];
      await repo.clear(trx, 'all');
      await repo.rebuildSubjects(trx);
      const deltas = new Deltas();
      const fold = (groups: HourGroup[], what: 'created' | 'withdrawn') => {
        for (const g of groups) deltas.month(g.departmentId, g.typeCode, monthOfHour(g.hour), what === 'created' ? g.count : 0, what === 'withdrawn' ? g.count : 0);
      };
      fold(await repo.recordHours(trx, 'created'), 'created');
      fold(await repo.recordHours(trx, 'withdrawn'), 'withdrawn');
      await countReceipts(trx, cal, deltas);
      await deltas.write(trx);
      for (const [name, position] of [[AGGREGATES_CONSUMER, String(seq)], [SUBJECTS_CURSOR, `${latest.at}|${latest.id}`], [CALENDAR_CURSOR, fingerprint(calendarText)]] as const) {
        await cursors.claim(trx, name, position, at);
        await cursors.advance(trx, name, position, at);
      }
    });
  }

  /** Subjects changed since the last pass (and settled): each takes its cell; a moved subject leaves its old one. */
  async function subjectsBatch(): Promise<number> {
    return db.transaction().execute(async (trx) => {
      const at = isoNow(clock);
      const [lastAt, lastId] = (await cursors.claim(trx, SUBJECTS_CURSOR, '|', at)).split('|') as [string, string];
      const until = new Date(clock.now().getTime() - SETTLE_MS).toISOString();
      const changed = await repo.changedSubjects(trx, { at: lastAt, id: lastId }, until, BATCH);
      if (changed.length === 0) return 0;
      const ids = changed.map((s) => s.subjectId);
      const known = new Map((await repo.statsSubjects(trx, ids)).map((s) => [s.subjectId, s]));
      const fresh = ids.filter((id) => !known.has(id));
      const active = await repo.activeCounts(trx, fresh);
      const deltas = new Deltas();
      for (const s of changed) {
        const before = known.get(s.subjectId);
        if (before && cellKey(before) === cellKey(s)) continue;
        const records = before ? before.records : (active.get(s.subjectId) ?? 0);
        if (before) deltas.cell(before, -1, before.records > 0 ? -1 : 0);
        deltas.cell(s, 1, records > 0 ? 1 : 0);
        await repo.putSubject(trx, { subjectId: s.subjectId, subjectType: s.subjectType, street: s.street, industry: s.industry, records });
      }
      await deltas.write(trx);
      const last = changed[changed.length - 1]!;
      await cursors.advance(trx, SUBJECTS_CURSOR, `${last.updatedAt}|${last.subjectId}`, at);
      return changed.length;
    });
  }

  /** Record events after the cursor: monthly counts, timeliness, and a recount of each touched subject's active records. */
  async function eventsBatch(cal: WorkingDayCalendar): Promise<number> {
    return db.transaction().execute(async (trx) => {
      const at = isoNow(clock);
      const position = Number(await cursors.claim(trx, AGGREGATES_CONSUMER, '0', at));
      const rows = await repo.outboxAfter(trx, position, BATCH);
      const settled = new Date(clock.now().getTime() - SETTLE_MS).toISOString();
      let next = position;
      const taken: typeof rows = [];
      for (const r of rows) {
        // A gap may still fill (PostgreSQL hands out seq before commit): stop below it until it settles.
        if (r.seq !== next + 1 && r.createdAt > settled) break;
        next = r.seq;
        taken.push(r);
      }
      if (taken.length === 0) return 0;
      const deltas = new Deltas();
      const touched = new Set<string>();
      for (const r of taken) {
        if (!r.topic.startsWith('record.')) continue;
        const p = JSON.parse(r.payload) as { subjectId: string; typeCode: string; sourceDepartmentId: string; decisionDate: string };
        touched.add(p.subjectId);
        const received = chinaDateOf(r.createdAt);
        if (r.topic === 'record.created') {
          deltas.month(p.sourceDepartmentId, p.typeCode, received.slice(0, 7), 1, 0);
          if ((TIMELY_TYPES as readonly string[]).includes(p.typeCode)) {
            deltas.receipt(p.sourceDepartmentId, p.typeCode, received.slice(0, 7), cal.workingDaysBetween(p.decisionDate, received), 1);
          }
        } else if (r.topic === 'record.withdrawn') {
          deltas.month(p.sourceDepartmentId, p.typeCode, received.slice(0, 7), 0, 1);
        }
      }
      await recount(trx, [...touched], deltas);
      await deltas.write(trx);
      await cursors.advance(trx, AGGREGATES_CONSUMER, String(next), at);
      return taken.length;
    });
  }

  /** The subjects' active records as they stand now (a state, not a delta: repeating it changes nothing). */
  async function recount(trx: Kysely<DB>, ids: string[], deltas: Deltas): Promise<void> {
    if (ids.length === 0) return;
    const [known, active] = [new Map((await repo.statsSubjects(trx, ids)).map((s) => [s.subjectId, s])), await repo.activeCounts(trx, ids)];
    const missing = ids.filter((id) => !known.has(id));
    const cells = new Map((await repo.subjectCells(trx, missing)).map((c) => [c.subjectId, c]));
    for (const id of ids) {
      const records = active.get(id) ?? 0;
      const before = known.get(id);
      const cell: SubjectCell | undefined = before ?? cells.get(id);
      if (!cell) continue;
      if (!before) deltas.cell(cell, 1, records > 0 ? 1 : 0);
      else if ((before.records > 0) !== (records > 0)) deltas.cell(cell, 0, records > 0 ? 1 : -1);
      if (!before || before.records !== records) await repo.putSubject(trx, { ...cell, subjectId: id, records });
    }
  }

  return {
    /** One pass: rebuild if never built, recount timeliness if the calendar changed, then subjects and events until caught up (bounded). */
    async drain(): Promise<AggregatesPass> {
      const cal = await calendar.calendar();
      const out: AggregatesPass = { rebuilt: false, calendarRecounted: false, subjects: 0, events: 0 };
      if ((await cursors.peek(db, AGGREGATES_CONSUMER)) === null) {
        await rebuild(cal);
        out.rebuilt = true;
      } else if ((await cursors.peek(db, CALENDAR_CURSOR)) !== fingerprint(await repo.calendarFingerprint(db))) {
        await db.transaction().execute(async (trx) => {
          const at = isoNow(clock);
          await cursors.claim(trx, CALENDAR_CURSOR, '', at);
          await repo.clear(trx, 'timeliness');
          const deltas = new Deltas();
          await countReceipts(trx, cal, deltas);
          await deltas.write(trx);
          await cursors.advance(trx, CALENDAR_CURSOR, fingerprint(await repo.calendarFingerprint(trx)), at);
        });
        out.calendarRecounted = true;
      }
      for (let i = 0; i < MAX_BATCHES; i++) {
        const n = await subjectsBatch();
        out.subjects += n;
        if (n < BATCH) break;
      }
      for (let i = 0; i < MAX_BATCHES; i++) {
        const n = await eventsBatch(cal);
        out.events += n;
        if (n < BATCH) break;
      }
      return out;
    },

    /** Drops the summary and builds it again from the source tables (operations: after a restore, or to check it). */
    async rebuild(): Promise<void> {
      await rebuild(await calendar.calendar());
    },

    /** How far behind the summary is: the outbox events not yet counted, and when the cursor last moved. */
    async lag(): Promise<{ pendingEvents: number; updatedAt: string | null }> {
      const row = await db.selectFrom('consumerCursors').select(['position', 'updatedAt']).where('consumer', '=', AGGREGATES_CONSUMER).executeTakeFirst();
      const max = await repo.maxOutboxSeq(db);
      return { pendingEvents: Math.max(0, max - Number(row?.position ?? 0)), updatedAt: row?.updatedAt ?? null };
    },
  };
}

export type StatsAggregator = ReturnType<typeof createStatsAggregator>;
