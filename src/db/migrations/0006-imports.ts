import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Imports (SPEC §3.3): one `import_batches` row per file, CLI run or API call,
 * with counters that move in step with what is committed, and every rejected
 * row in `import_errors` (provider data quality is computed from them).
 *
 * A file's batch is found again by department + type + SHA-256 to resume it;
 * the partial unique index lets only one batch per file be open (running or
 * failed) at a time, so two runs of the same file cannot both start one.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const seq = (c: any) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey());
  const seqType = sql.raw(dialect === 'sqlite' ? 'integer' : 'bigserial') as any;
  const count = (c: any) => c.notNull().defaultTo(0);

  await db.schema
    .createTable('import_batches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('file_sha256', 'text')
    .addColumn('file_size', 'bigint')
    .addColumn('encoding', 'text')
    .addColumn('format', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rows_total', 'bigint')
    .addColumn('rows_committed', 'bigint', count)
    .addColumn('created', 'bigint', count)
    .addColumn('updated', 'bigint', count)
    .addColumn('unchanged', 'bigint', count)
    .addColumn('rejected', 'bigint', count)
    .addColumn('submitter_type', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text')
    .addColumn('owner', 'text')
    .addColumn('heartbeat_at', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('error_code', 'text')
    .addColumn('error_message', 'text')
    .addColumn('error_row', 'bigint')
    .execute();
  await db.schema.createIndex('import_batches_department_idx').on('import_batches').columns(['department_id', 'started_at']).execute();
  await db.schema.createIndex('import_batches_started_idx').on('import_batches').column('started_at').execute();
  await sql`CREATE UNIQUE INDEX import_batches_open_file_uq ON import_batches (department_id, type_code, file_sha256)
    WHERE status IN ('running', 'failed')`.execute(db);

  await db.schema
    .createTable('import_errors')
    .addColumn('seq', seqType, seq)
    .addColumn('batch_id', 'text', (c) => c.notNull().references('import_batches.id'))
    .addColumn('row', 'bigint', (c) => c.notNull())
    .addColumn('field', 'text')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('import_errors_batch_idx').on('import_errors').columns(['batch_id', 'row']).execute();
}
