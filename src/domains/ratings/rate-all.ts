import type { Kysely } from 'kysely';
import type { ConsumerCursors } from '../../db/consumer-cursors.js';
import type { DB } from '../../db/schema.js';
import { chinaDate, isoNow, type Clock } from '../../kernel/clock.js';
import { modelCursor, OUTBOX_CONSUMER } from './drain.js';
import type { CompiledModel } from './engine/index.js';
import { ratePage, type PageContext } from './rate-page.js';
import { subjectReads } from './subject-reads.js';

export const FULL_PAGE = 2000;

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
}

/**
 * Re-rates every subject the models apply to (`xinyong rate`), set-based: a
 * page of 2,000 subjects in registry order, their counting records in one
 * query, their ratings written with multi-row statements, each page in its
 * own transaction behind the ratings lock. With no `limit`, the models'
 * publish cursors are marked done afterwards (the drain need not repeat it).
 */
export async function rateAll(
  deps: { db: Kysely<DB>; clock: Clock; cursors: ConsumerCursors; ctx: PageContext },
  models: readonly CompiledModel[],
  opts: { limit?: number; onProgress?: (p: RateAllProgress) => void } = {},
): Promise<RateAllResult> {
  const { db, clock, cursors, ctx } = deps;
  const types = [...new Set(models.flatMap((m) => m.definition.subjectTypes))];
  const all = await subjectReads.count(db, types);
  const total = opts.limit === undefined ? all : Math.min(all, opts.limit);
  const ratedOn = chinaDate(clock);
  const result: RateAllResult = { models: models.map((m) => ({ code: m.code, version: m.version })), subjects: 0, rated: 0, changed: 0, ratedOn };
  let after = 0;
  opts.onProgress?.({ done: 0, total, changed: 0 });
  while (result.subjects < total) {
    const page = await subjectReads.page(db, { afterSeq: after, types, limit: Math.min(FULL_PAGE, total - result.subjects) });
    if (page.length === 0) break;
    const now = isoNow(clock);
    const counts = await db.transaction().execute(async (trx) => {
      await cursors.claim(trx, OUTBOX_CONSUMER, '0', now);
      return ratePage(trx, ctx, page, models, { date: ratedOn, now, cause: 'full' });
    });
    result.subjects += counts.subjects;
    result.rated += counts.rated;
    result.changed += counts.changed;
    after = page.at(-1)!.seq;
    opts.onProgress?.({ done: result.subjects, total, changed: result.changed });
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
