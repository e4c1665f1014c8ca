import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { explanationIdentity, explanationJson, type CompiledModel } from './engine/index.js';
import { sha256 } from './explanation-hash.js';
import { evaluatePage, type PageContext } from './rate-page.js';
import type { SubjectRef } from './subject-reads.js';

/** A graded (subject, model) result, ready to write: what ratePage would store, computed outside the writer. */
export type Assessed = [subjectId: string, modelCode: string, grade: string, score: number | null, reviewOn: string | null, json: string, hash: string];
/** A graded result whose hash equals the current rating the worker saw: its explanation is not sent back (nothing to write if still current). */
export type Unchanged = [subjectId: string, modelCode: string, hash: string];

export interface PageAssessment {
  /** the last outbox seq the records were read at: record events after it may not be reflected */
  seenSeq: number;
  /** graded results only; a pair without one is re-rated by the writer if it holds a current rating */
  results: Array<Assessed | Unchanged>;
}

/**
 * The read half of a page of a full re-rating (a worker thread runs it on its
 * own read-only connection): in one read transaction — one snapshot — the last
 * outbox seq, the subjects' counting records and current ratings; then the
 * engine, the explanation JSON and its hash, exactly as ratePage computes them.
 * A result equal to the current rating comes back without its JSON (copying
 * every explanation between threads costs about as much as the writes saved).
 * Writes nothing.
 */
export async function assessPage(db: Kysely<DB>, ctx: PageContext, subjects: readonly SubjectRef[], models: readonly CompiledModel[], date: string): Promise<PageAssessment> {
  return db.transaction().execute(async (trx) => {
    const row = await sql<{ seq: number | string | null }>`SELECT max(seq) AS seq FROM outbox`.execute(trx);
    const seenSeq = Number(row.rows[0]?.seq ?? 0);
    const current = new Map((await ctx.repo.currentFor(trx, subjects.map((s) => s.id), models.map((m) => m.code))).map((c) => [`${c.subjectId}|${c.modelCode}`, c.explanationHash]));
    const results: PageAssessment['results'] = [];
    await evaluatePage(trx, ctx, subjects, models, date, (subject, model, result) => {
      if (result === null || result.grade === null) return;
      const json = explanationJson(result.explanation);
      const hash = sha256(explanationIdentity(json, date));
      results.push(current.get(`${subject.id}|${model.code}`) === hash
        ? [subject.id, model.code, hash]
        : [subject.id, model.code, result.grade, result.score, result.explanation.reviewOn, json, hash]);
    });
    return { seenSeq, results };
  });
}
