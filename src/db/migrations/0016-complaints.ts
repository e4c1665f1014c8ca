import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Notifications, complaints (投诉举报) and the credit service agency registry
 * (备案) (issue 7 items 5-6, issue 9 item 5; docs/due-process.md, docs/agencies.md):
 * - `notifications`: in-app messages, one per account; `notification_outbox`:
 *   one row per delivery channel (email/SMS) with its attempts, drained by `serve`;
 * - `complaints` with every step in `complaint_history` (never deleted) and
 *   optional `complaint_attachments`;
 * - `agencies`, their `agency_staff` and `agency_status_history`.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const seq = (c: any) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey());
  const seqType = sql.raw(dialect === 'sqlite' ? 'integer' : 'bigserial') as any;

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  // The notification centre: an account's messages, newest first, and its unread count.
  await db.schema.createIndex('notifications_user_idx').on('notifications').columns(['user_id', 'created_at']).execute();
  await db.schema.createIndex('notifications_unread_idx').on('notifications').columns(['user_id', 'read_at']).execute();

  await db.schema
    .createTable('notification_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel IN ('email', 'sms')`))
    // user: an account (the gateway resolves its address); contact: a member of the public (address given)
    .addColumn('recipient_type', 'text', (c) => c.notNull().check(sql`recipient_type IN ('user', 'contact')`))
    .addColumn('user_id', 'text')
    .addColumn('address', 'text')
    .addColumn('notification_id', 'text')
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('pending', 'sent', 'failed')`))
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text')
    .addColumn('leased_until', 'text')
    .addColumn('last_attempt_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // The drain: pending rows whose time has come.
  await db.schema.createIndex('notification_outbox_due_idx').on('notification_outbox').columns(['status', 'next_attempt_at']).execute();

  await db.schema
    .createTable('agencies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('uscc', 'text', (c) => c.notNull().unique())
    .addColumn('legal_rep', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('services', 'text', (c) => c.notNull())
    .addColumn('filing_no', 'text', (c) => c.notNull().unique())
    .addColumn('filed_on', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('filed', 'suspended', 'revoked')`))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('agencies_status_idx').on('agencies').columns(['status', 'name']).execute();

  await db.schema
    .createTable('agency_staff')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('added_on', 'text', (c) => c.notNull())
    .addColumn('removed_on', 'text')
    .execute();
  await db.schema.createIndex('agency_staff_agency_idx').on('agency_staff').columns(['agency_id']).execute();

  await db.schema
    .createTable('agency_status_history')
    .addColumn('seq', seqType, seq)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .execute();
  await db.schema.createIndex('agency_status_history_agency_idx').on('agency_status_history').columns(['agency_id', 'seq']).execute();

  await db.schema
    .createTable('complaints')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_no', 'text', (c) => c.notNull().unique())
    .addColumn('query_code_hash', 'text', (c) => c.notNull())
    // sha256(Idempotency-Key + contact): a retried submission finds its case
    .addColumn('request_key_hash', 'text', (c) => c.unique())
    .addColumn('about', 'text', (c) => c.notNull().check(sql`about IN ('subject', 'agency')`))
    .addColumn('subject_id', 'text', (c) => c.references('subjects.id'))
    .addColumn('subject_code', 'text')
    .addColumn('subject_name', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'text', (c) => c.references('agencies.id'))
    .addColumn('complainant_name', 'text', (c) => c.notNull())
    .addColumn('complainant_contact', 'text', (c) => c.notNull())
    .addColumn('matter', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('received', 'assigned', 'in_progress', 'concluded', 'rejected')`))
    .addColumn('department_id', 'text', (c) => c.references('departments.id'))
    .addColumn('routed_by', 'text')
    .addColumn('step_deadline', 'text')
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('assigned_on', 'text')
    .addColumn('started_on', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('outcome', 'text', (c) => c.check(sql`outcome IS NULL OR outcome IN ('substantiated', 'not_substantiated', 'referred')`))
    .addColumn('outcome_text', 'text')
    .addColumn('rejection_reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The queue by status and deadline, a department's queue, the complaints about a subject or an agency.
  await db.schema.createIndex('complaints_status_idx').on('complaints').columns(['status', 'step_deadline']).execute();
  await db.schema.createIndex('complaints_department_idx').on('complaints').columns(['department_id', 'status']).execute();
  await db.schema.createIndex('complaints_received_idx').on('complaints').columns(['received_on']).execute();
  await db.schema.createIndex('complaints_subject_idx').on('complaints').columns(['subject_id']).execute();
  await db.schema.createIndex('complaints_agency_idx').on('complaints').columns(['agency_id']).execute();

  await db.schema
    .createTable('complaint_history')
    .addColumn('seq', seqType, seq)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('complaint_id', 'text', (c) => c.notNull().references('complaints.id'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text')
    .addColumn('deadline', 'text')
    .addColumn('note', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('complaint_history_complaint_idx').on('complaint_history').columns(['complaint_id', 'seq']).execute();

  await db.schema
    .createTable('complaint_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('complaint_id', 'text', (c) => c.notNull().references('complaints.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    // base64: the same text column on both engines; attachments are small (docs/due-process.md)
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('complaint_attachments_complaint_idx').on('complaint_attachments').columns(['complaint_id']).execute();
}
