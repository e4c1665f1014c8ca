import { z } from 'zod';

/** The port every notifying domain uses (src/kernel/notify.ts); this domain implements it. */
export type { NotificationInput, Notify } from '../../kernel/notify.js';

export const CHANNELS = ['email', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];
export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const notificationInputSchema = z.strictObject({
  recipient: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('user'), userId: z.string().min(1).max(64) }),
    z.strictObject({ kind: z.literal('subject'), subjectId: z.string().min(1).max(64) }),
    z.strictObject({ kind: z.literal('contact'), contact: z.string().trim().min(3).max(200) }),
  ]),
  topic: z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/).max(100),
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(4000),
  link: z.string().regex(/^\/(?![/\\])\S*$/).max(500).optional(),
});

export const notificationQuerySchema = z.strictObject({
  unread: z.enum(['true', 'false']).optional().describe('true: only unread messages'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type NotificationQuery = z.infer<typeof notificationQuerySchema>;
