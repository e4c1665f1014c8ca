import type { Kysely } from 'kysely';
import type { Database } from '../../db/connect.js';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../kernel/actor.js';
import { authorize } from '../../kernel/authorize.js';
import { isoNow, type Clock } from '../../kernel/clock.js';
import { ZOD_ISSUE_CODES } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { channelOf, normalizeContact } from './contact.js';
import { loggingDeliverer, type Deliverer } from './deliverer.js';
import { createOutboxDrain } from './drain.js';
import { notificationContactInvalid, notificationInvalid, notificationNotFound } from './errors.js';
import { maskIdNumbersIn } from './mask-text.js';
import { hasNotificationCentre } from './policy.js';
import { presentNotification, type NotificationPage, type NotificationView } from './present.js';
import { notificationRepo as repo, type NotificationRow, type OutboxRow } from './repo.js';
import { CHANNELS, notificationInputSchema, notificationQuerySchema, type Channel, type NotificationInput } from './schema.js';

export interface NotificationServiceDeps {
  database: Database;
  clock: Clock;
  /** the email/SMS gateway; by default messages are only logged (docs/due-process.md, "Notifications") */
  deliverer?: Deliverer;
  /** the channels an account's messages are queued on (its address is the gateway's to find); both by default */
  accountChannels?: readonly Channel[];
}

/**
 * Notifications (issue 7 item 6): `notify` writes, in the caller's
 * transaction, an in-app message per account and one outbox row per delivery
 * channel; the notification centre reads and marks an account's own messages;
 * `drain` hands due outbox rows to the Deliverer and retries with backoff.
 */
export function createNotificationService(deps: NotificationServiceDeps) {
  const { database, clock } = deps;
  const db = database.db;
  const accountChannels = deps.accountChannels ?? CHANNELS;
  const drain = createOutboxDrain({ db, clock, deliverer: deps.deliverer ?? loggingDeliverer(null) });

  function parse(n: NotificationInput): NotificationInput {
    const r = notificationInputSchema.safeParse(n);
    if (r.success) return r.data as NotificationInput;
    throw notificationInvalid(r.error.issues.map((i) => ({ field: i.path.join('.') || 'body', code: ZOD_ISSUE_CODES[i.code] ?? 'INVALID_VALUE', message: i.message })));
  }

  /** Writes the message for its recipients inside `trx` (the caller's transaction): it commits or rolls back with the step it reports. */
  async function notify(trx: Kysely<DB>, input: NotificationInput): Promise<void> {
    const n = parse(input);
    const now = isoNow(clock);
    const text = { topic: n.topic, title: maskIdNumbersIn(n.title), body: maskIdNumbersIn(n.body), link: n.link ?? null };
    const outbox = (channel: Channel, to: { userId: string; notificationId: string } | { address: string }): OutboxRow => ({
      id: newId(), channel, recipientType: 'userId' in to ? 'user' : 'contact',
      userId: 'userId' in to ? to.userId : null, address: 'address' in to ? to.address : null,
      notificationId: 'notificationId' in to ? to.notificationId : null, ...text,
      status: 'pending', attempts: 0, nextAttemptAt: now, leasedUntil: null, lastAttemptAt: null, lastError: null, sentAt: null, createdAt: now,
    });
    if (n.recipient.kind === 'contact') {
      const channel = channelOf(n.recipient.contact);
      if (!channel) throw notificationContactInvalid();
      await repo.insertOutbox(trx, [outbox(channel, { address: normalizeContact(n.recipient.contact) })]);
      return;
    }
    const users = n.recipient.kind === 'user'
      ? ((await repo.userIsActive(trx, n.recipient.userId)) ? [n.recipient.userId] : [])
      : await repo.subjectAccounts(trx, n.recipient.subjectId);
    const rows: NotificationRow[] = users.map((userId) => ({ id: newId(), userId, ...text, createdAt: now, readAt: null }));
    await repo.insertNotifications(trx, rows);
    await repo.insertOutbox(trx, rows.flatMap((r) => accountChannels.map((c) => outbox(c, { userId: r.userId, notificationId: r.id }))));
  }

  return {
    notify,

    /** The signed-in account's own messages, newest first, with its unread count. */
    async list(actor: Actor, query: unknown = {}): Promise<NotificationPage> {
      authorize(actor, hasNotificationCentre(actor), '查看通知');
      const q = notificationQuerySchema.parse(query);
      const rows = await repo.listOwn(db, actor.id!, { unreadOnly: q.unread === 'true', limit: q.pageSize + 1, offset: (q.page - 1) * q.pageSize });
      return {
        items: rows.slice(0, q.pageSize).map(presentNotification), unread: await repo.unreadCount(db, actor.id!),
        page: q.page, pageSize: q.pageSize, hasMore: rows.length > q.pageSize,
      };
    },

    /** The header's badge; 0 for anyone without a notification centre. */
    async unreadCount(actor: Actor): Promise<number> {
      return hasNotificationCentre(actor) ? repo.unreadCount(db, actor.id!) : 0;
    },

    /** Marks one of the account's own messages read; another account's message is "not found". Repeating it changes nothing. */
    async markRead(actor: Actor, id: string): Promise<NotificationView> {
      authorize(actor, hasNotificationCentre(actor), '标记通知');
      if (!(await repo.findOwn(db, actor.id!, id))) throw notificationNotFound(id);
      await repo.markRead(db, actor.id!, id, isoNow(clock));
      return presentNotification((await repo.findOwn(db, actor.id!, id))!);
    },

    async markAllRead(actor: Actor): Promise<number> {
      authorize(actor, hasNotificationCentre(actor), '标记通知');
      return repo.markAllRead(db, actor.id!, isoNow(clock));
    },

    /** One pass over the due outbox rows (the serve loop runs it; tests call it). */
    drain,

    /** Outbox rows by status (operations). */
    outboxCounts: () => repo.outboxCounts(db),
  };
}

export type NotificationService = ReturnType<typeof createNotificationService>;
