import type { FollowRow } from './follow-repo.js';
import type { NoticeRow } from './notice-repo.js';
import type { AttemptRow, DeliveryRow, EndpointRow } from './webhook-repo.js';
import type { DeliveryStatus, DeliveryView, FollowView, NoticeKind, NoticeView, WebhookPayload, WebhookView } from './schema.js';

// What a follower sees of its follows, notices, webhooks and deliveries. A
// notice names only what the public view of the record shows (or, for a
// person, what its government or own follower may see), never field content.

export const presentFollow = (f: FollowRow): FollowView => ({ subject: { code: f.code, name: f.name, type: f.type }, createdAt: f.createdAt });

export const presentNotice = (n: NoticeRow): NoticeView => ({
  id: n.id,
  kind: n.kind as NoticeKind,
  subject: { code: n.subjectCode, name: n.subjectName },
  record: {
    id: n.recordId,
    version: Number(n.recordVersion),
    typeCode: n.typeCode,
    typeName: n.typeName,
    category: n.category,
    decisionDate: n.decisionDate,
    publicityEnd: n.publicityEnd,
  },
  evidence: { algorithm: 'sha256', digest: n.evidenceDigest },
  createdAt: n.createdAt,
  readAt: n.readAt,
});

/** The body a webhook receives: fixed when the delivery is queued. */
export function webhookPayload(deliveryId: string, notice: NoticeRow, createdAt: string): WebhookPayload {
  const { readAt: _readAt, ...rest } = presentNotice(notice);
  return { id: deliveryId, event: webhookEvent(notice.kind), createdAt, notice: rest };
}

export const webhookEvent = (kind: string) => `notice.${kind}`;

export const presentWebhook = (e: EndpointRow): WebhookView => ({ id: e.id, url: e.url, createdAt: e.createdAt });

export const presentDelivery = (d: DeliveryRow, attempts: AttemptRow[]): DeliveryView => ({
  id: d.id,
  noticeId: d.noticeId,
  event: d.event,
  status: d.status as DeliveryStatus,
  attempts: attempts.map((a) => ({
    attempt: Number(a.attempt), at: a.at, durationMs: Number(a.durationMs), statusCode: a.statusCode === null ? null : Number(a.statusCode), error: a.error,
  })),
  nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt : null,
  deliveredAt: d.deliveredAt,
  createdAt: d.createdAt,
});
