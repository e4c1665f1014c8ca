import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Ratings (issue 6, docs/ratings.md): versioned rating models, every rating a
 * subject was given (history, with the model version used and the
 * explanation), and the current rating per (subject, model), one primary-key
 * lookup. Scores are integer hundredths of a point.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const seq = (c: any) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey());
  const seqType = sql.raw(dialect === 'sqlite' ? 'integer' : 'bigserial') as any;

  await db.schema
    .createTable('rating_models')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    /** the version every re-rating uses; null until one is published */
    .addColumn('published_version', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();

  await db.schema
    .createTable('rating_model_versions')
    .addColumn('model_code', 'text', (c) => c.notNull().references('rating_models.code'))
    .addColumn('version', 'integer', (c) => c.notNull())
    /** draft | published; a version's definition never changes once stored */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'text')
    .addPrimaryKeyConstraint('rating_model_versions_pk', ['model_code', 'version'])
    .execute();

  await db.schema
    .createTable('ratings')
    .addColumn('seq', seqType, seq)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
    .addColumn('model_code', 'text', (c) => c.notNull())
    .addColumn('model_version', 'integer', (c) => c.notNull())
    /** null: the subject stopped being rated by the model (its source rating ended) */
    .addColumn('grade', 'text')
    .addColumn('score', 'integer')
    .addColumn('rated_on', 'text', (c) => c.notNull())
    .addColumn('rated_at', 'text', (c) => c.notNull())
    .addColumn('review_on', 'text')
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('explanation_hash', 'text', (c) => c.notNull())
    /** record (an outbox event), review (a counted record left its window), model (a version was published), full (xinyong rate) */
    .addColumn('cause', 'text', (c) => c.notNull())
    .execute();
  // A subject's history per model, newest last; gradesAt reads it.
  await db.schema.createIndex('ratings_subject_model_idx').on('ratings').columns(['subject_id', 'model_code', 'seq']).execute();

  await db.schema
    .createTable('rating_current')
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
    .addColumn('model_code', 'text', (c) => c.notNull())
    .addColumn('rating_id', 'text', (c) => c.notNull())
    .addColumn('model_version', 'integer', (c) => c.notNull())
    .addColumn('grade', 'text', (c) => c.notNull())
    .addColumn('score', 'integer')
    .addColumn('rated_on', 'text', (c) => c.notNull())
    .addColumn('review_on', 'text')
    .addColumn('explanation_hash', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rating_current_pk', ['subject_id', 'model_code'])
    .execute();
  // Distribution and inspection plans: a model's subjects by grade.
  await db.schema.createIndex('rating_current_model_grade_idx').on('rating_current').columns(['model_code', 'grade']).execute();
  // The drain's review scan: ratings whose counted records leave their window or publicity.
  await db.schema.createIndex('rating_current_review_idx').on('rating_current').column('review_on').execute();
}
