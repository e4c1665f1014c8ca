import { z } from 'zod';
import type { HttpApp } from '../../kernel/http.js';
import { problemResponses } from '../../kernel/http.js';
import { notificationPageSchema, notificationViewSchema } from './present.js';
import { notificationQuerySchema } from './schema.js';
import type { NotificationService } from './service.js';

const tags = ['notifications'];
const security: Array<Record<string, string[]>> = [{ session: [] }];

/** The signed-in account's notification centre (under /me: /api/v1/notifications holds monitoring's notices, docs/monitoring.md). */
export function registerNotificationRoutes(app: HttpApp, notifications: NotificationService): void {
  app.get('/api/v1/me/notifications', {
    schema: {
      tags, security,
      summary: '我的通知 / my notifications',
      description: 'The signed-in account\'s own messages, newest first, with the count of unread ones. `unread=true` lists only those. Messages to a subject reach every active account that holds its archive.',
      querystring: notificationQuerySchema,
      response: { 200: notificationPageSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return notifications.list(request.actor, request.query);
  });

  app.post('/api/v1/me/notifications/:id/read', {
    schema: {
      tags, security,
      summary: '标为已读 / mark a notification read',
      description: 'Idempotent: a message read before keeps its first read time. Another account\'s message answers `NOTIFICATION_NOT_FOUND`.',
      params: z.strictObject({ id: z.uuid() }),
      response: { 200: notificationViewSchema, ...problemResponses },
    },
  }, async (request) => notifications.markRead(request.actor, request.params.id));
}
