import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Monitoring (issue 4 item 5): who follows which subject, the notices the
 * change feed produced for them, their webhook endpoints and every delivery
 * attempt; and `consumer_cursors`, where each consumer of the outbox (this one
 * first; ratings, lists and exchange later) keeps its own position, so that
 * none of them depends on outbox.processed_at.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('consumer_cursors')
    .addColumn('consumer', 'text', (c) => c.primaryKey())
    .addColumn('position', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('follows')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('follower_type', 'text', (c) => c.notNull())
    .addColumn('follower_id', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('follows_follower_subject_uq', ['follower_type', 'follower_id', 'subject_id'])
    .execute();
  // The pump: who follows the subjects of a batch of events.
  await db.schema.createIndex('follows_subject_idx').on('follows').column('subject_id').execute();

  await db.schema
    .createTable('notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('recipient_type', 'text', (c) => c.notNull())
    .addColumn('recipient_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
    .addColumn('subject_code', 'text')
    .addColumn('subject_name', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull().references('records.id'))
    .addColumn('record_version', 'integer', (c) => c.notNull())
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('type_name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('decision_date', 'text', (c) => c.notNull())
    .addColumn('publicity_end', 'text')
    .addColumn('evidence_digest', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    // Idempotence: running the pump again (or two pumps at once) never notifies twice.
    .addUniqueConstraint('notices_recipient_record_uq', ['recipient_type', 'recipient_id', 'record_id', 'record_version', 'kind'])
    .execute();
  await db.schema.createIndex('notices_recipient_idx').on('notices').columns(['recipient_type', 'recipient_id', 'created_at']).execute();

  await db.schema
    .createTable('webhook_endpoints')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_type', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('secret_enc', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('webhook_endpoints_owner_idx').on('webhook_endpoints').columns(['owner_type', 'owner_id']).execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('endpoint_id', 'text', (c) => c.notNull().references('webhook_endpoints.id'))
    .addColumn('notice_id', 'text', (c) => c.notNull().references('notices.id'))
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text')
    .addColumn('last_attempt_at', 'text')
    .addColumn('delivered_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('webhook_deliveries_endpoint_notice_uq', ['endpoint_id', 'notice_id'])
    .execute();
  // deliverDue: the pending deliveries whose time has come.
  await db.schema.createIndex('webhook_deliveries_due_idx').on('webhook_deliveries').columns(['status', 'next_attempt_at']).execute();
  // The delivery log of one endpoint, newest first.
  await db.schema.createIndex('webhook_deliveries_endpoint_idx').on('webhook_deliveries').columns(['endpoint_id', 'created_at']).execute();

  await db.schema
    .createTable('webhook_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('delivery_id', 'text', (c) => c.notNull().references('webhook_deliveries.id'))
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('error', 'text')
    .addUniqueConstraint('webhook_attempts_delivery_attempt_uq', ['delivery_id', 'attempt'])
    .execute();
}
