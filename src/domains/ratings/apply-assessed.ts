import { CompiledQuery, type Kysely } from 'kysely';
import type { Dialect } from '../../db/connect.js';
import type { DB } from '../../db/schema.js';
import { newId } from '../../kernel/ids.js';
import type { PageAssessment } from './assess-page.js';
import type { CompiledModel } from './engine/index.js';
import { ratePage, type PageContext, type PageCounts, type RatingCause } from './rate-page.js';
import type { CurrentValues, RatingValues } from './rating-repo.js';
import type { SubjectRef } from './subject-reads.js';

/** Subjects of `among` named by a record event committed after `seq` (their records may have changed since the read). */
export async function changedSince(db: Kysely<DB>, dialect: Dialect, seq: number, among: ReadonlySet<string>): Promise<Set<string>> {
  const text = `SELECT payload FROM outbox WHERE seq > ${dialect === 'postgres' ? '$1' : '?'} AND topic LIKE 'record.%'`;
  const { rows } = await db.withoutPlugins().executeQuery<{ payload: string }>(CompiledQuery.raw(text, [seq]));
  const out = new Set<string>();
  for (const r of rows) {
    let id: unknown;
    try {
      id = (JSON.parse(r.payload) as { subjectId?: unknown }).subjectId;
    } catch {
      continue;
    }
    if (typeof id === 'string' && among.has(id)) out.add(id);
  }
  return out;
}

/**
 * The write half of a page of a full re-rating, inside the writer's
 * transaction (after it took the ratings lock): stores the assessed results
 * whose explanation changed, exactly as ratePage would. Two kinds of subject
 * are re-rated here instead, from records read in this transaction:
 * - **stale**: a record event past the assessment's `seenSeq` names it — its
 *   records changed after the worker read them (SQLite hands out seqs in commit
 *   order, so every such change has a seq past `seenSeq`);
 * - a pair without a graded result that holds a current rating (the rating must
 *   end, with its explanation as ratePage writes it);
 * - a result the worker found equal to the current rating (sent without its
 *   explanation) when the current rating is no longer the one it saw.
 */
export async function applyAssessed(
  trx: Kysely<DB>,
  ctx: PageContext,
  subjects: readonly SubjectRef[],
  models: readonly CompiledModel[],
  assessment: PageAssessment,
  at: { date: string; now: string; cause: RatingCause },
): Promise<PageCounts & { stale: number }> {
  const counts = { subjects: subjects.length, rated: 0, changed: 0, stale: 0 };
  if (subjects.length === 0 || models.length === 0) return counts;
  const ids = new Set(subjects.map((s) => s.id));
  const redo = await changedSince(trx, ctx.dialect, assessment.seenSeq, ids);
  counts.stale = redo.size;
  const current = new Map((await ctx.repo.currentFor(trx, [...ids], models.map((m) => m.code))).map((c) => [`${c.subjectId}|${c.modelCode}`, c]));
  const graded = new Set<string>();
  for (const r of assessment.results) {
    const key = `${r[0]}|${r[1]}`;
    graded.add(key);
    // Current when the worker read, changed since (without a record event: another run, a drain): rate it here.
    if (r.length === 3 && current.get(key)?.explanationHash !== r[2]) redo.add(r[0]);
  }
  for (const [key, cur] of current) if (!graded.has(key)) redo.add(cur.subjectId);

  const history: RatingValues[] = [];
  const upserts: CurrentValues[] = [];
  const version = new Map(models.map((m) => [m.code, m.version]));
  for (const r of assessment.results) {
    if (redo.has(r[0])) continue;
    counts.rated += 1;
    if (r.length === 3) continue;
    const [subjectId, modelCode, grade, score, reviewOn, json, hash] = r;
    if (current.get(`${subjectId}|${modelCode}`)?.explanationHash === hash) continue;
    const id = newId();
    const modelVersion = version.get(modelCode)!;
    history.push([id, subjectId, modelCode, modelVersion, grade, score, at.date, at.now, reviewOn, json, hash, at.cause]);
    upserts.push([subjectId, modelCode, id, modelVersion, grade, score, at.date, reviewOn, hash, at.now]);
    counts.changed += 1;
  }
  await ctx.repo.insertRatings(trx, history);
  await ctx.repo.upsertCurrent(trx, upserts);
  if (redo.size > 0) {
    const again = await ratePage(trx, ctx, subjects.filter((s) => redo.has(s.id)), models, at);
    counts.rated += again.rated;
    counts.changed += again.changed;
  }
  return counts;
}
