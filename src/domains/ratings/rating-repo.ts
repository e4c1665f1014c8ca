import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { Dialect } from '../../db/connect.js';
import { insertMany } from '../../db/bulk.js';
import type { DB, RatingCurrentTable } from '../../db/schema.js';
import { toCount } from '../../db/values.js';

/** A history row in RATING_COLUMNS order. */
export type RatingValues = [
  id: string, subjectId: string, modelCode: string, modelVersion: number, grade: string | null, score: number | null,
  ratedOn: string, ratedAt: string, reviewOn: string | null, explanation: string, explanationHash: string, cause: string,
];
const RATING_COLUMNS = ['id', 'subject_id', 'model_code', 'model_version', 'grade', 'score', 'rated_on', 'rated_at', 'review_on', 'explanation', 'explanation_hash', 'cause'];

/** A current row in CURRENT_COLUMNS order. */
export type CurrentValues = [
  subjectId: string, modelCode: string, ratingId: string, modelVersion: number, grade: string, score: number | null,
  ratedOn: string, reviewOn: string | null, explanationHash: string, updatedAt: string,
];
const CURRENT_COLUMNS = ['subject_id', 'model_code', 'rating_id', 'model_version', 'grade', 'score', 'rated_on', 'review_on', 'explanation_hash', 'updated_at'];
/**
 * Multi-row statements in a few fixed sizes (512, 128, 32, then every size up
 * to 8 rows), so that every page reuses the same handful of prepared
 * statements instead of preparing one of a new size each time, and a drain's
 * ratings of one subject (at most one per model) take one statement.
 */
const CHUNK_SIZES = [512, 128, 32, 8, 7, 6, 5, 4, 3, 2, 1];
function* fixedChunks<T>(rows: readonly T[]): Generator<T[]> {
  let start = 0;
  for (const size of CHUNK_SIZES) {
    while (rows.length - start >= size) {
      yield rows.slice(start, start + size);
      start += size;
    }
  }
}

const upsertTexts = new Map<string, string>();

/** INSERT … ON CONFLICT (subject_id, model_code) DO UPDATE: one statement per 2,500 rows, both engines. */
function upsertText(dialect: Dialect, rowCount: number): string {
  const key = `${dialect}|${rowCount}`;
  let text = upsertTexts.get(key);
  if (text === undefined) {
    let p = 0;
    const tuple = () => `(${CURRENT_COLUMNS.map(() => (dialect === 'postgres' ? `$${++p}` : '?')).join(', ')})`;
    const sets = CURRENT_COLUMNS.slice(2).map((c) => `${c} = excluded.${c}`).join(', ');
    text = `INSERT INTO rating_current (${CURRENT_COLUMNS.join(', ')}) VALUES ${Array.from({ length: rowCount }, tuple).join(', ')} ON CONFLICT (subject_id, model_code) DO UPDATE SET ${sets}`;
    if (upsertTexts.size > 50) upsertTexts.clear();
    upsertTexts.set(key, text);
  }
  return text;
}

export type CurrentRow = Pick<RatingCurrentTable, 'subjectId' | 'modelCode' | 'ratingId' | 'modelVersion' | 'grade' | 'score' | 'ratedOn' | 'reviewOn' | 'explanationHash'>;

export interface HistoryRow {
  id: string;
  modelCode: string;
  modelVersion: number;
  grade: string | null;
  score: number | null;
  ratedOn: string;
  ratedAt: string;
  cause: string;
}

/** Filters of the distribution and the inspection plan: the registry's street and industry. */
export interface SubjectFilter {
  street?: string | undefined;
  industry?: string | undefined;
}

export function createRatingRepo(dialect: Dialect) {
  return {
    /** Raw SQL (no query builder, no renaming plugin): every re-rating reads it, a drain for one subject as often as a page. */
    async currentFor(db: Kysely<DB>, subjectIds: readonly string[], modelCodes: readonly string[]): Promise<CurrentRow[]> {
      if (subjectIds.length === 0 || modelCodes.length === 0) return [];
      const out: CurrentRow[] = [];
      const bare = db.withoutPlugins();
      for (let start = 0; start < subjectIds.length; start += 10_000) {
        const slice = subjectIds.slice(start, start + 10_000);
        let p = 0;
        const marks = (n: number) => Array.from({ length: n }, () => (dialect === 'postgres' ? `$${++p}` : '?')).join(', ');
        const text = `SELECT subject_id, model_code, rating_id, model_version, grade, score, rated_on, review_on, explanation_hash FROM rating_current
          WHERE subject_id IN (${marks(slice.length)}) AND model_code IN (${marks(modelCodes.length)})`;
        const { rows } = await bare.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, [...slice, ...modelCodes]));
        for (const r of rows) {
          out.push({
            subjectId: r.subject_id as string, modelCode: r.model_code as string, ratingId: r.rating_id as string, modelVersion: Number(r.model_version),
            grade: r.grade as string, score: r.score === null ? null : Number(r.score), ratedOn: r.rated_on as string, reviewOn: r.review_on as string | null,
            explanationHash: r.explanation_hash as string,
          });
        }
      }
      return out;
    },

    async insertRatings(trx: Kysely<DB>, rows: RatingValues[]): Promise<void> {
      for (const chunk of fixedChunks(rows)) await insertMany(trx, dialect, 'ratings', RATING_COLUMNS, chunk);
    },

    async upsertCurrent(trx: Kysely<DB>, rows: CurrentValues[]): Promise<void> {
      for (const chunk of fixedChunks(rows)) await trx.executeQuery(CompiledQuery.raw(upsertText(dialect, chunk.length), chunk.flat()));
    },

    async deleteCurrent(trx: Kysely<DB>, pairs: ReadonlyArray<{ subjectId: string; modelCode: string }>): Promise<void> {
      for (const p of pairs) await trx.deleteFrom('ratingCurrent').where('subjectId', '=', p.subjectId).where('modelCode', '=', p.modelCode).execute();
    },

    /** Subjects whose current rating is due for review on `day` (a counted record left its window or publicity). */
    async dueSubjects(db: Kysely<DB>, day: string, limit: number): Promise<string[]> {
      // In review_on order, so the index serves it (DISTINCT would scan the primary key); subjects deduplicated here.
      // Raw SQL: every drain asks, and nearly always gets nothing.
      const text = `SELECT subject_id FROM rating_current WHERE review_on <= ${dialect === 'postgres' ? '$1' : '?'} ORDER BY review_on LIMIT ${dialect === 'postgres' ? '$2' : '?'}`;
      const { rows } = await db.withoutPlugins().executeQuery<{ subject_id: string }>(CompiledQuery.raw(text, [day, limit]));
      return [...new Set(rows.map((r) => r.subject_id))];
    },

    async currentOfSubject(db: Kysely<DB>, subjectId: string): Promise<CurrentRow[]> {
      const rows = await db.selectFrom('ratingCurrent')
        .select(['subjectId', 'modelCode', 'ratingId', 'modelVersion', 'grade', 'score', 'ratedOn', 'reviewOn', 'explanationHash'])
        .where('subjectId', '=', subjectId).orderBy('modelCode').execute();
      return rows.map((r) => ({ ...r, modelVersion: Number(r.modelVersion), score: r.score === null ? null : Number(r.score) }));
    },

    async explanations(db: Kysely<DB>, ratingIds: readonly string[]): Promise<Map<string, string>> {
      if (ratingIds.length === 0) return new Map();
      const rows = await db.selectFrom('ratings').select(['id', 'explanation']).where('id', 'in', [...ratingIds]).execute();
      return new Map(rows.map((r) => [r.id, r.explanation]));
    },

    async history(db: Kysely<DB>, subjectId: string, modelCode: string | null, limit: number, offset: number): Promise<HistoryRow[]> {
      let query = db.selectFrom('ratings').select(['id', 'modelCode', 'modelVersion', 'grade', 'score', 'ratedOn', 'ratedAt', 'cause']).where('subjectId', '=', subjectId);
      if (modelCode !== null) query = query.where('modelCode', '=', modelCode);
      const rows = await query.orderBy('seq', 'desc').limit(limit).offset(offset).execute();
      return rows.map((r) => ({ ...r, modelVersion: Number(r.modelVersion), score: r.score === null ? null : Number(r.score) }));
    },

    /** Per model, the latest rating given at or before `atIso` (the subject's history is short: filtered here). */
    async latestAt(db: Kysely<DB>, subjectId: string, atIso: string): Promise<Array<{ id: string; modelCode: string; grade: string | null }>> {
      const rows = await db.selectFrom('ratings').select(['id', 'modelCode', 'grade', 'seq'])
        .where('subjectId', '=', subjectId).where('ratedAt', '<=', atIso).orderBy('seq').execute();
      const latest = new Map<string, { id: string; modelCode: string; grade: string | null }>();
      for (const r of rows) latest.set(r.modelCode, { id: r.id, modelCode: r.modelCode, grade: r.grade });
      return [...latest.values()];
    },

    /** Subjects currently rated by the model, per grade and per value of `by` (street or industry of the registry). */
    async distribution(db: Kysely<DB>, modelCode: string, by: 'street' | 'industry' | null, filter: SubjectFilter): Promise<Array<{ key: string | null; grade: string; n: number }>> {
      let query = db.selectFrom('ratingCurrent as c').where('c.modelCode', '=', modelCode);
      if (by !== null || filter.street || filter.industry) query = query.innerJoin('subjects as s', 's.id', 'c.subjectId');
      if (filter.street) query = query.where(sql.ref('s.street'), '=', filter.street);
      if (filter.industry) query = query.where(sql.ref('s.industry'), '=', filter.industry);
      const key = by === null ? sql<string | null>`NULL` : sql.ref<string | null>(`s.${by}`);
      const rows = await query.select([key.as('key'), 'c.grade', (eb) => eb.fn.countAll<number | string>().as('n')])
        .groupBy(by === null ? ['c.grade'] : [sql.ref(`s.${by}`), 'c.grade'])
        .execute();
      return rows.map((r) => ({ key: r.key, grade: r.grade, n: toCount(r.n) }));
    },

    /** A grade's subjects of the model a page at a time (keyset on the subject id), for sampling. */
    async subjectsOfGrade(db: Kysely<DB>, modelCode: string, grade: string, filter: SubjectFilter, afterId: string, limit: number): Promise<Array<{ id: string; code: string | null; name: string }>> {
      let query = db.selectFrom('ratingCurrent as c').innerJoin('subjects as s', 's.id', 'c.subjectId')
        .select(['s.id', 's.code', 's.name'])
        .where('c.modelCode', '=', modelCode).where('c.grade', '=', grade).where('c.subjectId', '>', afterId);
      if (filter.street) query = query.where('s.street', '=', filter.street);
      if (filter.industry) query = query.where('s.industry', '=', filter.industry);
      return query.orderBy('c.subjectId').limit(limit).execute();
    },

    async currentGrades(db: Kysely<DB>, modelCode: string, subjectIds: readonly string[]): Promise<Map<string, string>> {
      const rows = await this.currentFor(db, subjectIds, [modelCode]);
      return new Map(rows.map((r) => [r.subjectId, r.grade]));
    },
  };
}

export type RatingRepo = ReturnType<typeof createRatingRepo>;
