import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Credit records (SPEC §3.3): `records` holds the current state, one row per
 * natural key; `record_versions` every version with its provenance (nothing is
 * ever deleted); `outbox` the events higher domains (ratings, lists, exchange)
 * consume, written in the same transaction as the change they announce.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const seq = (c: any) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey());
  const seqType = sql.raw(dialect === 'sqlite' ? 'integer' : 'bigserial') as any;

  await db.schema
    .createTable('records')
    .addColumn('seq', seqType, seq)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('natural_key', 'text', (c) => c.notNull().unique())
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('type_version', 'integer', (c) => c.notNull())
    .addColumn('source_department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('doc_no', 'text', (c) => c.notNull())
    .addColumn('period', 'text')
    .addColumn('decision_date', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text')
    .addColumn('severity', 'text')
    .addColumn('disclosure', 'text', (c) => c.notNull())
    .addColumn('publicity_end', 'text')
    .addColumn('polarity', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('first_received_at', 'text', (c) => c.notNull())
    .addColumn('last_received_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The archive: a subject's records by category, newest decision first.
  await db.schema.createIndex('records_subject_idx').on('records').columns(['subject_id', 'category', 'decision_date']).execute();
  // Publicity: what leaves public view on a date.
  await db.schema.createIndex('records_publicity_end_idx').on('records').column('publicity_end').execute();
  // Provider statistics: a department's records by when they last arrived.
  await db.schema.createIndex('records_source_idx').on('records').columns(['source_department_id', 'last_received_at']).execute();

  await db.schema
    .createTable('record_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('record_id', 'text', (c) => c.notNull().references('records.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('type_version', 'integer', (c) => c.notNull())
    .addColumn('submitter_type', 'text', (c) => c.notNull())
    .addColumn('submitter_id', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('batch_id', 'text')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addUniqueConstraint('record_versions_record_version_uq', ['record_id', 'version'])
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('seq', seqType, seq)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('aggregate_id', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('processed_at', 'text')
    .execute();
}
