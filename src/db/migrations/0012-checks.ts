import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Measures and credit checks (SPEC §6): `measures` holds every published
 * version of every measure (the catalogue's change history; its seq is the
 * measures' data version); `check_receipts` every check with its signed
 * receipt, never deleted; `check_measures` the measures each check returned
 * (for implementation rates); `check_feedback` what the caller reported back
 * per receipt and measure (反馈).
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const seq = (c: any) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey());
  const seqType = sql.raw(dialect === 'sqlite' ? 'integer' : 'bigserial') as any;

  await db.schema
    .createTable('measures')
    .addColumn('seq', seqType, seq)
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text')
    .addUniqueConstraint('measures_code_version_uq', ['code', 'version'])
    .execute();

  await db.schema
    .createTable('check_receipts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    // China date of issue: the day statistics count the check on
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('issuer_type', 'text', (c) => c.notNull())
    .addColumn('issuer_id', 'text')
    .addColumn('department_id', 'text')
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('scenario', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    // the whole signed receipt as JSON, exactly as it was returned
    .addColumn('receipt', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('check_receipts_issued_idx').on('check_receipts').columns(['issued_on', 'scenario']).execute();
  await db.schema.createIndex('check_receipts_subject_idx').on('check_receipts').columns(['subject_id', 'issued_at']).execute();

  await db.schema
    .createTable('check_measures')
    .addColumn('receipt_id', 'text', (c) => c.notNull().references('check_receipts.id'))
    .addColumn('measure_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('scenario', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('check_measures_pk', ['receipt_id', 'measure_code'])
    .execute();
  await db.schema.createIndex('check_measures_issued_idx').on('check_measures').columns(['issued_on', 'measure_code']).execute();

  await db.schema
    .createTable('check_feedback')
    .addColumn('receipt_id', 'text', (c) => c.notNull().references('check_receipts.id'))
    .addColumn('measure_code', 'text', (c) => c.notNull())
    .addColumn('applied', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('scenario', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('given_by_type', 'text', (c) => c.notNull())
    .addColumn('given_by_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('check_feedback_pk', ['receipt_id', 'measure_code'])
    .execute();
  await db.schema.createIndex('check_feedback_issued_idx').on('check_feedback').columns(['issued_on', 'measure_code']).execute();
}
