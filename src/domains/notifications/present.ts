import { z } from 'zod';
import type { NotificationRow } from './repo.js';

/** What an account sees of its own notifications (nobody else sees them). */
export const notificationViewSchema = z
  .object({
    id: z.string(), topic: z.string().describe('stable dotted code, e.g. complaint.concluded'), title: z.string(), body: z.string(),
    link: z.string().nullable().describe('a relative URL in the portal or console'), createdAt: z.string(), readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });
export type NotificationView = z.infer<typeof notificationViewSchema>;

export const notificationPageSchema = z
  .object({ items: z.array(notificationViewSchema), unread: z.number().int(), page: z.number().int(), pageSize: z.number().int(), hasMore: z.boolean() })
  .meta({ id: 'NotificationPage' });
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const presentNotification = (r: NotificationRow): NotificationView => ({
  id: r.id, topic: r.topic, title: r.title, body: r.body, link: r.link, createdAt: r.createdAt, readAt: r.readAt,
});
