import { availableParallelism } from 'node:os';
import { sql, type Kysely } from 'kysely';
import type { ConsumerCursors } from '../../db/consumer-cursors.js';
import type { DB } from '../../db/schema.js';
import { chinaDate, isoNow, type Clock } from '../../kernel/clock.js';
import { applyAssessed } from './apply-assessed.js';
import type { PageAssessment } from './assess-page.js';
import { modelCursor, OUTBOX_CONSUMER } from './drain.js';
import type { CompiledModel } from './engine/index.js';
import { createRatePool } from './rate-pool.js';
import { ratePage, type PageContext } from './rate-page.js';
import { subjectReads, type SubjectRef } from './subject-reads.js';

export const FULL_PAGE = 2000;
/** More threads than this would only queue behind the one writer. */
export const MAX_WORKERS = 16;

/** The default number of worker threads: the cores this process may use (1 = rate in this thread). */
export const defaultWorkers = (): number => Math.min(MAX_WORKERS, availableParallelism());

export interface RateAllProgress {
  done: number;
  total: number;
  changed: number;
}

export interface RateAllResult {
  models: Array<{ code: string; version: number }>;
  subjects: number;
  /** (subject, model) pairs with a grade */
  rated: number;
  /** pairs whose rating changed (history rows written) */
  changed: number;
  ratedOn: string;
  /** worker threads that read and rated (0: all in this thread — one asked for, PostgreSQL, or an in-memory database) */
  workers: number;
  /** subjects whose records changed while their page was out with a worker, re-rated by the writer */
  stale: number;
}

export interface RateAllDeps {
  db: Kysely<DB>;
  clock: Clock;
  cursors: ConsumerCursors;
  ctx: PageContext;
  /** test seam: called with each page assessed by a worker, before the writer's transaction */
  beforeWrite?: (page: readonly SubjectRef[]) => Promise<void>;
  /** test seam: wait for the threads instead of rating the first pages in this thread meanwhile */
  awaitWorkers?: boolean;
}

/** The SQLite file behind the connection, or null (PostgreSQL, or an in-memory database). */
async function sqliteFile(db: Kysely<DB>, ctx: PageContext): Promise<string | null> {
  if (ctx.dialect !== 'sqlite') return null;
  const { rows } = await sql<{ file: string }>`SELECT file FROM pragma_database_list WHERE name = 'main'`.execute(db);
  return rows[0]?.file || null;
}

/**
 * Re-rates every subject the models apply to (`xinyong rate`), set-based, a
 * page of 2,000 subjects in registry order at a time. With `workers` > 1 on a
 * SQLite file, worker threads read and rate pages on their own read-only
 * connections (assessPage) while this thread writes them, a page a
 * transaction behind the ratings lock (applyAssessed: subjects whose records
 * changed after the worker's read are re-rated in that transaction). Otherwise
 * each page is read, rated and written in one transaction here (ratePage).
 * With no `limit`, the models' publish cursors are marked done afterwards.
 */
export async function rateAll(
  deps: RateAllDeps,
  models: readonly CompiledModel[],
  opts: { limit?: number; workers?: number; pageSize?: number; onProgress?: (p: RateAllProgress) => void } = {},
): Promise<RateAllResult> {
  const { db, clock, cursors, ctx } = deps;
  const types = [...new Set(models.flatMap((m) => m.definition.subjectTypes))];
  const all = await subjectReads.count(db, types);
  const total = opts.limit === undefined ? all : Math.min(all, opts.limit);
  const ratedOn = chinaDate(clock);
  const wanted = Math.min(MAX_WORKERS, Math.max(1, Math.floor(opts.workers ?? defaultWorkers())));
  const file = wanted > 1 && total > 0 ? await sqliteFile(db, ctx) : null;
  const result: RateAllResult = {
    models: models.map((m) => ({ code: m.code, version: m.version })), subjects: 0, rated: 0, changed: 0, ratedOn, workers: file ? wanted : 0, stale: 0,
  };
  let after = 0;
  let read = 0;
  /** The next page of subjects in registry order, or null at the end. */
  const nextPage = async (): Promise<SubjectRef[] | null> => {
    if (read >= total) return null;
    const page = await subjectReads.page(db, { afterSeq: after, types, limit: Math.min(opts.pageSize ?? FULL_PAGE, total - read) });
    if (page.length === 0) return null;
    read += page.length;
    after = page.at(-1)!.seq;
    return page;
  };
  const written = (counts: { subjects: number; rated: number; changed: number; stale?: number }) => {
    result.subjects += counts.subjects;
    result.rated += counts.rated;
    result.changed += counts.changed;
    result.stale += counts.stale ?? 0;
    opts.onProgress?.({ done: result.subjects, total, changed: result.changed });
  };
  opts.onProgress?.({ done: 0, total, changed: 0 });

  /** A page read, rated and written in this thread, in one transaction behind the ratings lock. */
  const inThread = (page: SubjectRef[]) => {
    const now = isoNow(clock);
    return db.transaction().execute(async (trx) => {
      await cursors.claim(trx, OUTBOX_CONSUMER, '0', now);
      return ratePage(trx, ctx, page, models, { date: ratedOn, now, cause: 'full' });
    });
  };

  if (file === null) {
    for (let page = await nextPage(); page; page = await nextPage()) written(await inThread(page));
  } else {
    const pool = createRatePool(wanted, file, ctx, models, ratedOn);
    // Two pages per thread in flight: a thread always has its next page while this one writes.
    const inFlight: Array<{ page: SubjectRef[]; assessed: Promise<PageAssessment> }> = [];
    try {
      // Until the threads have loaded their modules (the better part of a second each), rate pages here, as with one worker.
      if (deps.awaitWorkers) await pool.whenReady();
      for (;;) {
        // SQLite queries resolve without leaving the microtask queue: yield, or the threads' messages are never seen.
        await new Promise((resolve) => setImmediate(resolve));
        const failed = pool.failed();
        if (failed) throw failed;
        if (pool.ready()) break;
        const page = await nextPage();
        if (!page) break;
        written(await inThread(page));
      }
      for (;;) {
        while (inFlight.length < 2 * wanted) {
          const page = await nextPage();
          if (!page) break;
          const assessed = pool.assess(page);
          assessed.catch(() => undefined); // awaited in order below; a failure after an earlier one must not go unhandled
          inFlight.push({ page, assessed });
        }
        const head = inFlight.shift();
        if (!head) break;
        const assessment = await head.assessed;
        await deps.beforeWrite?.(head.page);
        const now = isoNow(clock);
        written(await db.transaction().execute(async (trx) => {
          await cursors.claim(trx, OUTBOX_CONSUMER, '0', now);
          return applyAssessed(trx, ctx, head.page, models, assessment, { date: ratedOn, now, cause: 'full' });
        }));
      }
    } finally {
      await pool.close();
    }
  }

  if (opts.limit === undefined) {
    const now = isoNow(clock);
    await db.transaction().execute(async (trx) => {
      for (const m of models) {
        await cursors.claim(trx, modelCursor(m.code), `${m.version}:done`, now);
        await cursors.advance(trx, modelCursor(m.code), `${m.version}:done`, now);
      }
    });
  }
  return result;
}
