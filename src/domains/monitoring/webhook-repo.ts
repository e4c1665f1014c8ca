import type { Kysely, Selectable } from 'kysely';
import type { Dialect } from '../../db/connect.js';
import { insertMany } from '../../db/bulk.js';
import type { DB, WebhookAttemptsTable, WebhookDeliveriesTable, WebhookEndpointsTable } from '../../db/schema.js';
import { toCount } from '../../db/values.js';
import type { DeliveryStatus, Follower } from './schema.js';

export type EndpointRow = Selectable<WebhookEndpointsTable>;
export type DeliveryRow = Selectable<WebhookDeliveriesTable>;
export type AttemptRow = Selectable<WebhookAttemptsTable>;
export type DueDelivery = DeliveryRow & { url: string; secretEnc: string };

const DELIVERY_COLUMNS = ['id', 'endpoint_id', 'notice_id', 'event', 'body', 'status', 'attempts', 'next_attempt_at', 'created_at'];
export type NewDelivery = [id: string, endpointId: string, noticeId: string, event: string, body: string, status: 'pending', attempts: 0, nextAttemptAt: string, createdAt: string];

/** webhook_endpoints, webhook_deliveries, webhook_attempts: the only place webhooks meet SQL. */
export function createWebhookRepo(dialect: Dialect) {
  return {
    async insertEndpoint(trx: Kysely<DB>, row: EndpointRow): Promise<void> {
      await trx.insertInto('webhookEndpoints').values(row).execute();
    },

    /** A follower's endpoints that are not deleted, oldest first. */
    async endpointsOf(db: Kysely<DB>, owner: Follower): Promise<EndpointRow[]> {
      return db.selectFrom('webhookEndpoints').selectAll()
        .where('ownerType', '=', owner.type).where('ownerId', '=', owner.id).where('deletedAt', 'is', null)
        .orderBy('createdAt').orderBy('id').execute();
    },

    async findEndpoint(db: Kysely<DB>, owner: Follower, id: string): Promise<EndpointRow | undefined> {
      return db.selectFrom('webhookEndpoints').selectAll()
        .where('id', '=', id).where('ownerType', '=', owner.type).where('ownerId', '=', owner.id).where('deletedAt', 'is', null)
        .executeTakeFirst();
    },

    /** The endpoint stays (its delivery log refers to it); its pending deliveries are cancelled. */
    async deleteEndpoint(trx: Kysely<DB>, id: string, at: string): Promise<void> {
      await trx.updateTable('webhookEndpoints').set({ deletedAt: at }).where('id', '=', id).execute();
      await trx.updateTable('webhookDeliveries').set({ status: 'cancelled', nextAttemptAt: null })
        .where('endpointId', '=', id).where('status', '=', 'pending').execute();
    },

    /** The live endpoints of many owners (owner ids are unique across types: UUIDs). */
    async endpointsOfOwners(trx: Kysely<DB>, ownerIds: readonly string[]): Promise<EndpointRow[]> {
      if (ownerIds.length === 0) return [];
      return trx.selectFrom('webhookEndpoints').selectAll().where('ownerId', 'in', ownerIds).where('deletedAt', 'is', null).execute();
    },

    async insertDeliveries(trx: Kysely<DB>, rows: NewDelivery[]): Promise<void> {
      await insertMany(trx, dialect, 'webhook_deliveries', DELIVERY_COLUMNS, rows, { ignoreConflicts: true });
    },

    /** Pending deliveries whose next attempt is due, earliest first. */
    async due(db: Kysely<DB>, now: string, limit: number): Promise<DueDelivery[]> {
      return db.selectFrom('webhookDeliveries as d').innerJoin('webhookEndpoints as e', 'e.id', 'd.endpointId')
        .selectAll('d').select(['e.url', 'e.secretEnc'])
        .where('d.status', '=', 'pending').where('d.nextAttemptAt', '<=', now).where('e.deletedAt', 'is', null)
        .orderBy('d.nextAttemptAt').orderBy('d.id').limit(limit).execute();
    },

    /**
     * Takes a due delivery for one attempt by moving its next attempt to the
     * end of a lease; false when another process took it first. A process that
     * dies mid-attempt leaves it to be retried when the lease ends.
     */
    async claim(db: Kysely<DB>, d: Pick<DeliveryRow, 'id' | 'nextAttemptAt' | 'attempts'>, leaseUntil: string): Promise<boolean> {
      const result = await db.updateTable('webhookDeliveries').set({ nextAttemptAt: leaseUntil })
        .where('id', '=', d.id).where('status', '=', 'pending').where('attempts', '=', d.attempts).where('nextAttemptAt', '=', d.nextAttemptAt)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async recordAttempt(trx: Kysely<DB>, attempt: AttemptRow, next: { status: DeliveryStatus; nextAttemptAt: string | null; deliveredAt: string | null }): Promise<void> {
      await trx.insertInto('webhookAttempts').values(attempt).execute();
      await trx.updateTable('webhookDeliveries')
        .set({ status: next.status, attempts: attempt.attempt, nextAttemptAt: next.nextAttemptAt, lastAttemptAt: attempt.at, deliveredAt: next.deliveredAt })
        .where('id', '=', attempt.deliveryId).execute();
    },

    /** One endpoint's deliveries, newest first. */
    async deliveriesOf(db: Kysely<DB>, endpointId: string, q: { status: DeliveryStatus | null; limit: number; offset: number }): Promise<DeliveryRow[]> {
      let query = db.selectFrom('webhookDeliveries').selectAll().where('endpointId', '=', endpointId);
      if (q.status) query = query.where('status', '=', q.status);
      return query.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute();
    },

    async attemptsOf(db: Kysely<DB>, deliveryIds: readonly string[]): Promise<AttemptRow[]> {
      if (deliveryIds.length === 0) return [];
      return db.selectFrom('webhookAttempts').selectAll().where('deliveryId', 'in', deliveryIds).orderBy('attempt').execute();
    },

    async countEndpoints(db: Kysely<DB>, owner: Follower): Promise<number> {
      const row = await db.selectFrom('webhookEndpoints').select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('ownerType', '=', owner.type).where('ownerId', '=', owner.id).where('deletedAt', 'is', null).executeTakeFirst();
      return toCount(row?.n);
    },
  };
}

export type WebhookRepo = ReturnType<typeof createWebhookRepo>;
