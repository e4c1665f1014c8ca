import { z } from 'zod';
import { paginationQuery } from '../../kernel/http.js';

/** What a notice says happened to a public record of a followed subject. */
export const NOTICE_KINDS = ['appeared', 'changed', 'removed', 'expired', 'repaired'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** pending: waiting for its next attempt; delivered: a 2xx answer; failed: every attempt failed; cancelled: the endpoint was deleted first. */
export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'cancelled'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Who follows: a signed-in user, or a consumer API key (a business system). */
export interface Follower {
  type: 'user' | 'api_key';
  id: string;
}

// ---- requests ----

export const followBodySchema = z.strictObject({
  subject: z.string().trim().min(1).max(40).describe('统一社会信用代码 (or a legacy identifier) of the subject to follow'),
});

export const subjectCodeParams = z.strictObject({ code: z.string().min(1).max(40).describe('统一社会信用代码 or a legacy identifier') });
export const idParams = z.strictObject({ id: z.uuid() });

export const noticesQuerySchema = paginationQuery.extend({
  unread: z.enum(['true', 'false']).optional().describe('true: unread notices only'),
});

export const webhookBodySchema = z.strictObject({
  url: z.string().trim().min(1).max(2000).describe('http(s) URL that receives a signed POST for each notice'),
});

export const deliveriesQuerySchema = paginationQuery.extend({
  status: z.enum(DELIVERY_STATUSES).optional(),
});

// ---- responses ----

export const followSchema = z
  .object({
    subject: z.object({ code: z.string().nullable(), name: z.string(), type: z.string() }),
    createdAt: z.string(),
  })
  .meta({ id: 'Follow' });
export type FollowView = z.infer<typeof followSchema>;

export const followPageSchema = z
  .object({
    items: z.array(followSchema),
    total: z.number().int().describe('subjects followed'),
    max: z.number().int().describe('how many subjects one follower may follow'),
    page: z.number().int(),
    pageSize: z.number().int(),
    hasMore: z.boolean(),
  })
  .meta({ id: 'FollowPage' });

export const noticeSchema = z
  .object({
    id: z.string(),
    kind: z.enum(NOTICE_KINDS),
    subject: z.object({ code: z.string().nullable(), name: z.string() }),
    record: z.object({
      id: z.string(),
      version: z.number().int(),
      typeCode: z.string(),
      typeName: z.string(),
      category: z.string(),
      decisionDate: z.string(),
      publicityEnd: z.string().nullable(),
    }),
    evidence: z.object({
      algorithm: z.literal('sha256'),
      digest: z.string().describe('SHA-256 (hex) of the record version\'s canonical content (keys sorted JSON of its fields, ID numbers masked)'),
    }),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notice' });
export type NoticeView = z.infer<typeof noticeSchema>;

export const noticePageSchema = z
  .object({ items: z.array(noticeSchema), unreadCount: z.number().int(), page: z.number().int(), pageSize: z.number().int(), hasMore: z.boolean() })
  .meta({ id: 'NoticePage' });

export const webhookSchema = z
  .object({ id: z.string(), url: z.string(), createdAt: z.string() })
  .meta({ id: 'Webhook' });
export type WebhookView = z.infer<typeof webhookSchema>;

export const createdWebhookSchema = webhookSchema
  .extend({ secret: z.string().describe('signing secret (64 hex characters), shown this once; HMAC key = its ASCII bytes') })
  .meta({ id: 'CreatedWebhook' });
export type CreatedWebhook = z.infer<typeof createdWebhookSchema>;

export const deliveryAttemptSchema = z.object({
  attempt: z.number().int(),
  at: z.string(),
  durationMs: z.number().int(),
  statusCode: z.number().int().nullable(),
  error: z.string().nullable(),
});

export const deliverySchema = z
  .object({
    id: z.string(),
    noticeId: z.string(),
    event: z.string(),
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.array(deliveryAttemptSchema),
    nextAttemptAt: z.string().nullable(),
    deliveredAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'WebhookDelivery' });
export type DeliveryView = z.infer<typeof deliverySchema>;

export const deliveryPageSchema = z
  .object({ items: z.array(deliverySchema), page: z.number().int(), pageSize: z.number().int(), hasMore: z.boolean() })
  .meta({ id: 'WebhookDeliveryPage' });

/** The JSON body POSTed to an endpoint: the same bytes on every attempt of a delivery. */
export const webhookPayloadSchema = z
  .object({
    id: z.string().describe('the delivery id, also in X-Xinyong-Delivery: receivers drop repeats by it'),
    event: z.string().describe('notice.<kind>, also in X-Xinyong-Event'),
    createdAt: z.string(),
    notice: noticeSchema.omit({ readAt: true }),
  })
  .meta({ id: 'WebhookPayload' });
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;
