import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Lists (名单, SPEC §5): list types as data; the entries the office decides
 * through its procedure (proposal → notice → objections → decision → in effect
 * → expiry, removal or revocation), every step in `list_entry_history`, never
 * deleted; the objections filed while a notice is open. Entries of upstream
 * lists are not copied here: they are read from `records` at query time.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const seq = (c: any) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey());
  const seqType = sql.raw(dialect === 'sqlite' ? 'integer' : 'bigserial') as any;

  await db.schema
    .createTable('list_types')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('red', 'watch', 'black')`))
    .addColumn('origin', 'text', (c) => c.notNull().check(sql`origin IN ('office', 'upstream')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('entry_criteria', 'text', (c) => c.notNull())
    .addColumn('deciding_authority', 'text', (c) => c.notNull())
    .addColumn('notice_working_days', 'integer', (c) => c.notNull())
    .addColumn('default_duration_months', 'integer')
    .addColumn('removal_conditions', 'text', (c) => c.notNull())
    .addColumn('remedies', 'text', (c) => c.notNull())
    .addColumn('is_public', 'integer', (c) => c.notNull())
    .addColumn('subject_types', 'text', (c) => c.notNull())
    .addColumn('feeds', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('list_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('list_type', 'text', (c) => c.notNull().references('list_types.code'))
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
    .addColumn('subject_name', 'text', (c) => c.notNull())
    .addColumn('subject_code', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('proposed', 'notified', 'in_effect', 'removed', 'revoked', 'withdrawn')`))
    // `${list_type}|${subject_id}` while the entry is open (one open entry per subject and type), null once it ends
    .addColumn('open_key', 'text', (c) => c.unique())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('evidence_record_ids', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'text')
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('notice_no', 'text')
    .addColumn('notice_date', 'text')
    .addColumn('objection_deadline', 'text')
    .addColumn('notice_remedies', 'text')
    .addColumn('decision_no', 'text')
    .addColumn('deciding_authority', 'text')
    .addColumn('decision_date', 'text')
    .addColumn('effective_from', 'text')
    .addColumn('effective_to', 'text')
    .addColumn('decision_remedies', 'text')
    .addColumn('removed_on', 'text')
    .addColumn('removal_reason', 'text')
    .addColumn('revoked_on', 'text')
    .addColumn('revocation_reason', 'text')
    .addColumn('withdrawn_on', 'text')
    .addColumn('withdrawal_reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Point-in-time reads (entriesInEffect) and the console's lists by status.
  await db.schema.createIndex('list_entries_subject_idx').on('list_entries').columns(['subject_id', 'status', 'effective_from']).execute();
  await db.schema.createIndex('list_entries_type_idx').on('list_entries').columns(['list_type', 'status', 'effective_from']).execute();
  await db.schema.createIndex('list_entries_status_idx').on('list_entries').columns(['status', 'updated_at']).execute();

  await db.schema
    .createTable('list_entry_history')
    .addColumn('seq', seqType, seq)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('entry_id', 'text', (c) => c.notNull().references('list_entries.id'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('details', 'text')
    .addColumn('request_key', 'text')
    .execute();
  await db.schema.createIndex('list_entry_history_entry_idx').on('list_entry_history').columns(['entry_id', 'seq']).execute();
  // Idempotency-Key: one step per key and actor; a retry finds the step it already made.
  await db.schema.createIndex('list_entry_history_request_uq').on('list_entry_history').columns(['actor_type', 'actor_id', 'request_key']).unique().execute();

  await db.schema
    .createTable('list_objections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull().references('list_entries.id'))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('filed_on', 'text', (c) => c.notNull())
    .addColumn('filed_at', 'text', (c) => c.notNull())
    .addColumn('filed_by_type', 'text', (c) => c.notNull())
    .addColumn('filed_by_id', 'text')
    .addColumn('filed_by_role', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('answered_at', 'text')
    .execute();
  await db.schema.createIndex('list_objections_entry_idx').on('list_objections').columns(['entry_id', 'filed_at']).execute();
}
