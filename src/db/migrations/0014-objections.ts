import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Objections (异议, SPEC §8; docs/due-process.md "Objections"): a case per
 * objection to one record, with its working-day deadline for the step it is
 * in, every step in `objection_steps` (never deleted), attachments as base64
 * text (portable across both engines, size-limited by the service). The record
 * carries `objection_open` (0/1) while any objection on it is open, so every
 * view can show 异议处理中 without a join.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const seq = (c: any) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey());
  const seqType = sql.raw(dialect === 'sqlite' ? 'integer' : 'bigserial') as any;

  await db.schema.alterTable('records').addColumn('objection_open', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  await db.schema
    .createTable('objections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_no', 'text', (c) => c.notNull().unique())
    .addColumn('query_code_hash', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull().references('records.id'))
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('source_department_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('submitted', 'self_check', 'verifying', 'verified', 'replied', 'refused', 'withdrawn')`))
    .addColumn('outcome', 'text', (c) => c.check(sql`outcome IS NULL OR outcome IN ('corrected', 'removed', 'upheld')`))
    .addColumn('outcome_reasons', 'text')
    .addColumn('reply', 'text')
    .addColumn('refusal_reasons', 'text')
    .addColumn('corrected_version', 'integer')
    .addColumn('objector_kind', 'text', (c) => c.notNull().check(sql`objector_kind IN ('account', 'public')`))
    .addColumn('objector_user_id', 'text')
    .addColumn('objector_name', 'text', (c) => c.notNull())
    .addColumn('objector_contact', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('submitted_on', 'text', (c) => c.notNull())
    // the current step: when it began and its last day (inclusive, working days); null once closed
    .addColumn('step_started_on', 'text')
    .addColumn('step_due_on', 'text')
    .addColumn('overdue_since', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('submit_key', 'text', (c) => c.unique())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('objections_record_idx').on('objections').columns(['record_id', 'status']).execute();
  await db.schema.createIndex('objections_queue_idx').on('objections').columns(['status', 'step_due_on']).execute();
  await db.schema.createIndex('objections_department_idx').on('objections').columns(['source_department_id', 'status']).execute();
  await db.schema.createIndex('objections_objector_idx').on('objections').columns(['objector_user_id', 'submitted_at']).execute();

  await db.schema
    .createTable('objection_steps')
    .addColumn('seq', seqType, seq)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('objection_id', 'text', (c) => c.notNull().references('objections.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('due_on', 'text')
    .addColumn('details', 'text')
    .execute();
  await db.schema.createIndex('objection_steps_objection_idx').on('objection_steps').columns(['objection_id', 'seq']).execute();

  await db.schema
    .createTable('objection_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('objection_id', 'text', (c) => c.notNull().references('objections.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content_b64', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('objection_attachments_objection_idx').on('objection_attachments').columns(['objection_id']).execute();
}
