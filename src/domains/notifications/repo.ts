import type { Kysely, Selectable, Updateable } from 'kysely';
import type { DB, NotificationOutboxTable, NotificationsTable } from '../../db/schema.js';
import { toCount } from '../../db/values.js';

export type NotificationRow = Selectable<NotificationsTable>;
export type OutboxRow = Selectable<NotificationOutboxTable>;

/** notifications and notification_outbox: the only place they meet SQL. */
export const notificationRepo = {
  async insertNotifications(trx: Kysely<DB>, rows: NotificationRow[]): Promise<void> {
    if (rows.length > 0) await trx.insertInto('notifications').values(rows).execute();
  },

  async insertOutbox(trx: Kysely<DB>, rows: OutboxRow[]): Promise<void> {
    if (rows.length > 0) await trx.insertInto('notificationOutbox').values(rows).execute();
  },

  /** The accounts that hold a subject's archive: its active `subject` accounts (docs/archive.md, "Subject accounts"). */
  async subjectAccounts(db: Kysely<DB>, subjectId: string): Promise<string[]> {
    const rows = await db.selectFrom('users').select('id')
      .where('subjectId', '=', subjectId).where('role', '=', 'subject').where('status', '=', 'active').orderBy('id').execute();
    return rows.map((r) => r.id);
  },

  async userIsActive(db: Kysely<DB>, userId: string): Promise<boolean> {
    return (await db.selectFrom('users').select('id').where('id', '=', userId).where('status', '=', 'active').executeTakeFirst()) !== undefined;
  },

  async listOwn(db: Kysely<DB>, userId: string, q: { unreadOnly: boolean; limit: number; offset: number }): Promise<NotificationRow[]> {
    let query = db.selectFrom('notifications').selectAll().where('userId', '=', userId);
    if (q.unreadOnly) query = query.where('readAt', 'is', null);
    return query.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute();
  },

  async unreadCount(db: Kysely<DB>, userId: string): Promise<number> {
    const row = await db.selectFrom('notifications').select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('userId', '=', userId).where('readAt', 'is', null).executeTakeFirst();
    return toCount(row?.n);
  },

  async findOwn(db: Kysely<DB>, userId: string, id: string): Promise<NotificationRow | undefined> {
    return db.selectFrom('notifications').selectAll().where('id', '=', id).where('userId', '=', userId).executeTakeFirst();
  },

  /** Marks one unread message read (a read one keeps its first read time). */
  async markRead(db: Kysely<DB>, userId: string, id: string, at: string): Promise<void> {
    await db.updateTable('notifications').set({ readAt: at }).where('id', '=', id).where('userId', '=', userId).where('readAt', 'is', null).execute();
  },

  async markAllRead(db: Kysely<DB>, userId: string, at: string): Promise<number> {
    const r = await db.updateTable('notifications').set({ readAt: at }).where('userId', '=', userId).where('readAt', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows);
  },

  /** Pending rows whose time has come and that nobody holds, oldest first. */
  async due(db: Kysely<DB>, now: string, limit: number): Promise<OutboxRow[]> {
    return db.selectFrom('notificationOutbox').selectAll()
      .where('status', '=', 'pending').where('nextAttemptAt', '<=', now)
      .where((eb) => eb.or([eb('leasedUntil', 'is', null), eb('leasedUntil', '<', now)]))
      .orderBy('nextAttemptAt').orderBy('id').limit(limit).execute();
  },

  /** Takes a row for one attempt: false when another drain took it first (same attempt count, no live lease). */
  async claim(db: Kysely<DB>, row: Pick<OutboxRow, 'id' | 'attempts'>, now: string, leaseUntil: string): Promise<boolean> {
    const r = await db.updateTable('notificationOutbox').set({ leasedUntil: leaseUntil })
      .where('id', '=', row.id).where('status', '=', 'pending').where('attempts', '=', row.attempts)
      .where((eb) => eb.or([eb('leasedUntil', 'is', null), eb('leasedUntil', '<', now)]))
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async recordAttempt(db: Kysely<DB>, id: string, patch: Updateable<NotificationOutboxTable>): Promise<void> {
    await db.updateTable('notificationOutbox').set({ ...patch, leasedUntil: null }).where('id', '=', id).execute();
  },

  async outboxCounts(db: Kysely<DB>): Promise<Record<string, number>> {
    const rows = await db.selectFrom('notificationOutbox').select((eb) => ['status', eb.fn.countAll<number | string>().as('n')]).groupBy('status').execute();
    return Object.fromEntries(rows.map((r) => [r.status, toCount(r.n)]));
  },
};
