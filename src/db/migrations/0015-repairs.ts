import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Credit repair (信用修复) and credit commitments (信用承诺), SPEC §8 (docs/due-process.md):
 * - `records.repaired_on`: the day a repair took effect (publicity ends the day before);
 * - `repairs`: applications with their state, deadline and decision; `repair_history`
 *   every step, never deleted; `repair_attachments` the proof of fulfilment;
 * - `commitments`: signed commitments (public) with their fulfilment status.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const seq = (c: any) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey());
  const seqType = sql.raw(dialect === 'sqlite' ? 'integer' : 'bigserial') as any;

  await db.schema.alterTable('records').addColumn('repaired_on', 'text').execute();

  await db.schema
    .createTable('commitments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('commitment_no', 'text', (c) => c.notNull().unique())
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
    .addColumn('template', 'text', (c) => c.notNull().check(sql`template IN ('licensing', 'repair', 'voluntary')`))
    .addColumn('matter', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('signed_on', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .addColumn('signed_by_type', 'text', (c) => c.notNull())
    .addColumn('signed_by_id', 'text')
    .addColumn('due_by', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('in_force', 'fulfilled', 'breached')`))
    .addColumn('fulfilled_on', 'text')
    .addColumn('breached_on', 'text')
    .addColumn('breach', 'text')
    .addColumn('breach_record_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('commitments_subject_idx').on('commitments').columns(['subject_id', 'signed_at']).execute();

  await db.schema
    .createTable('repairs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('record_id', 'text', (c) => c.notNull().references('records.id'))
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('submitted', 'accepted', 'refused', 'approved', 'rejected')`))
    // the record id while an application is open (one open application per record), null once decided
    .addColumn('open_key', 'text', (c) => c.unique())
    .addColumn('fulfilment', 'text', (c) => c.notNull())
    .addColumn('commitment_id', 'text', (c) => c.notNull().references('commitments.id'))
    .addColumn('applicant_type', 'text', (c) => c.notNull())
    .addColumn('applicant_id', 'text')
    .addColumn('applicant_role', 'text', (c) => c.notNull())
    .addColumn('submitted_on', 'text', (c) => c.notNull())
    .addColumn('accepted_on', 'text')
    .addColumn('decision_due', 'text')
    .addColumn('decided_on', 'text')
    .addColumn('reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('repairs_subject_idx').on('repairs').columns(['subject_id', 'created_at']).execute();
  await db.schema.createIndex('repairs_status_idx').on('repairs').columns(['status', 'updated_at']).execute();

  await db.schema
    .createTable('repair_history')
    .addColumn('seq', seqType, seq)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('repair_id', 'text', (c) => c.notNull().references('repairs.id'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('request_key', 'text')
    .execute();
  await db.schema.createIndex('repair_history_repair_idx').on('repair_history').columns(['repair_id', 'seq']).execute();
  // Idempotency-Key: one step per key and actor; a retry finds the step it already made.
  await db.schema.createIndex('repair_history_request_uq').on('repair_history').columns(['actor_type', 'actor_id', 'request_key']).unique().execute();

  await db.schema
    .createTable('repair_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('repair_id', 'text', (c) => c.notNull().references('repairs.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    // base64 of the bytes: portable across both engines, bounded by the size check (docs/due-process.md)
    .addColumn('content', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('repair_attachments_repair_idx').on('repair_attachments').columns(['repair_id']).execute();
}
