import { CompiledQuery, type Kysely } from 'kysely';
import type { Dialect } from '../../db/connect.js';
import type { ConsumerCursors } from '../../db/consumer-cursors.js';
import type { DB } from '../../db/schema.js';
import { chinaDate, isoNow, type Clock } from '../../kernel/clock.js';
import type { CompiledModel } from './engine/index.js';
import { ratePage, type PageContext } from './rate-page.js';
import { subjectReads } from './subject-reads.js';

/** This consumer's cursor: the last outbox seq below which every event has been handled. Also the lock every rating write takes. */
export const OUTBOX_CONSUMER = 'ratings.outbox';
/** Per model, how far the re-rating with its published version has got: `<version>:<subject seq>` or `<version>:done`. */
export const modelCursor = (code: string) => `ratings.model.${code}`;

const BATCH = 500;
const PAGE = 1000;
const MAX_BATCHES = 20;
const MAX_PAGES = 10;
/**
 * PostgreSQL hands out seq when a row is inserted, not when it commits: a gap
 * below a visible row may still fill. The cursor stops below such a gap and
 * the rows past it are handled again next time (re-rating is idempotent)
 * until the gap fills, or until the row after it is older than this (the
 * transaction that took the missing seq rolled back; record chunks commit in
 * well under a second).
 */
export const GAP_GRACE_MS = 60_000;

export interface DrainResult {
  /** outbox events read */
  events: number;
  /** subjects re-rated because a record changed, because a counted record left its window, or for a newly published version */
  subjects: number;
  /** (subject, model) ratings that changed */
  changed: number;
}

interface OutboxRow {
  seq: number;
  topic: string;
  payload: string;
  createdAt: string;
}

/** The events after the cursor, in raw SQL: every drain asks, and nearly always gets nothing or one. */
async function outboxAfter(db: Kysely<DB>, dialect: Dialect, position: number): Promise<OutboxRow[]> {
  const text = `SELECT seq, topic, payload, created_at FROM outbox WHERE seq > ${dialect === 'postgres' ? '$1' : '?'} ORDER BY seq LIMIT ${BATCH}`;
  const { rows } = await db.withoutPlugins().executeQuery<{ seq: number | string; topic: string; payload: string; created_at: string }>(CompiledQuery.raw(text, [position]));
  return rows.map((r) => ({ seq: Number(r.seq), topic: r.topic, payload: r.payload, createdAt: r.created_at }));
}

const subjectOf = (row: OutboxRow): string | null => {
  if (!row.topic.startsWith('record.')) return null;
  try {
    const id = (JSON.parse(row.payload) as { subjectId?: unknown }).subjectId;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
};

/**
 * The durable re-rating queue (issue 6 item 4): the records outbox after this
 * consumer's cursor, then versions published since the last pass, then
 * ratings whose counted records leave their window or publicity today. Each
 * batch commits its ratings and its cursor together; every write first takes
 * the cursor row (FOR UPDATE on PostgreSQL; on SQLite the insert takes the
 * write lock), then reads the records, so a stale rating is always followed
 * by the re-rating of the event that made it stale.
 */
export function createDrain(deps: { db: Kysely<DB>; clock: Clock; cursors: ConsumerCursors; context: () => Promise<PageContext>; models: () => Promise<CompiledModel[]> }) {
  const { db, clock, cursors } = deps;
  let ctx: PageContext;
  /** `code@version` whose re-rating is done: a version never changes, so neither does that. */
  const doneModels = new Set<string>();
  const total = (): DrainResult => ({ events: 0, subjects: 0, changed: 0 });

  async function outboxBatch(models: CompiledModel[], out: DrainResult): Promise<boolean> {
    const position = Number((await cursors.peek(db, OUTBOX_CONSUMER)) ?? '0');
    const rows = await outboxAfter(db, ctx.dialect, position);
    if (rows.length === 0) return true;
    const cutoff = new Date(clock.now().getTime() - GAP_GRACE_MS).toISOString();
    let next = position;
    for (const r of rows) {
      if (r.seq !== next + 1 && r.createdAt > cutoff) break;
      next = r.seq;
    }
    const refs = await subjectReads.refs(db, [...new Set(rows.map(subjectOf).filter((id): id is string => id !== null))]);
    const now = isoNow(clock);
    const counts = await db.transaction().execute(async (trx) => {
      // Another process moved the cursor meanwhile: leave this batch to it.
      if ((await cursors.claim(trx, OUTBOX_CONSUMER, '0', now)) !== String(position)) return null;
      const c = await ratePage(trx, ctx, refs, models, { date: chinaDate(clock), now, cause: 'record' });
      if (next !== position) await cursors.advance(trx, OUTBOX_CONSUMER, String(next), now);
      return c;
    });
    if (!counts) return false;
    out.events += rows.length;
    out.subjects += counts.subjects;
    out.changed += counts.changed;
    return rows.length < BATCH || next !== rows.at(-1)!.seq;
  }

  /** One page of the re-rating a newly published version needs; false when the model is done. */
  async function modelPage(model: CompiledModel, out: DrainResult): Promise<boolean> {
    const name = modelCursor(model.code);
    const start = `${model.version}:0`;
    if (doneModels.has(`${model.code}@${model.version}`)) return false;
    if ((await cursors.peek(db, name)) === `${model.version}:done`) {
      doneModels.add(`${model.code}@${model.version}`);
      return false;
    }
    const now = isoNow(clock);
    return db.transaction().execute(async (trx) => {
      await cursors.claim(trx, OUTBOX_CONSUMER, '0', now);
      let position = await cursors.claim(trx, name, start, now);
      if (!position.startsWith(`${model.version}:`)) position = start;
      const after = position.slice(position.indexOf(':') + 1);
      if (after === 'done') return false;
      const page = await subjectReads.page(trx, { afterSeq: Number(after), types: model.definition.subjectTypes, limit: PAGE });
      const c = await ratePage(trx, ctx, page, [model], { date: chinaDate(clock), now, cause: 'model' });
      out.subjects += c.subjects;
      out.changed += c.changed;
      const done = page.length < PAGE;
      await cursors.advance(trx, name, done ? `${model.version}:done` : `${model.version}:${page.at(-1)!.seq}`, now);
      return !done;
    });
  }

  /** One page of ratings due for review today; false when none (or nothing changed: no loop). */
  async function reviewPage(models: CompiledModel[], out: DrainResult): Promise<boolean> {
    const today = chinaDate(clock);
    const due = await ctx.repo.dueSubjects(db, today, PAGE);
    if (due.length === 0) return false;
    const refs = await subjectReads.refs(db, due);
    const now = isoNow(clock);
    const c = await db.transaction().execute(async (trx) => {
      await cursors.claim(trx, OUTBOX_CONSUMER, '0', now);
      return ratePage(trx, ctx, refs, models, { date: today, now, cause: 'review' });
    });
    out.subjects += c.subjects;
    out.changed += c.changed;
    return c.changed > 0 && due.length === PAGE;
  }

  return async function drainOnce(): Promise<DrainResult> {
    const out = total();
    const models = await deps.models();
    if (models.length === 0) return out;
    ctx = await deps.context();
    for (let i = 0; i < MAX_BATCHES; i++) if (await outboxBatch(models, out)) break;
    let pages = 0;
    for (const model of models) {
      while (pages < MAX_PAGES && (await modelPage(model, out))) pages++;
    }
    for (let i = 0; i < MAX_PAGES; i++) if (!(await reviewPage(models, out))) break;
    return out;
  };
}
