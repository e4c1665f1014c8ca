import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Role } from '../../kernel/actor.js';
import { DomainError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { CatalogService } from '../catalog/index.js';
import type { RecipientRow } from './follow-repo.js';
import type { NoticeRepo, NoticeRow } from './notice-repo.js';
import { maySeeSubject } from './policy.js';
import { webhookEvent, webhookPayload } from './present.js';
import type { NoticeKind } from './schema.js';
import type { NewDelivery, WebhookRepo } from './webhook-repo.js';

/** One thing to tell every follower of a subject about: a record version and the kind of notice. */
export interface NoticeItem {
  kind: NoticeKind;
  subjectId: string;
  recordId: string;
  recordVersion: number;
  typeCode: string;
  typeVersion: number;
  category: string;
  decisionDate: string;
  publicityEnd: string | null;
  /** record_versions.content_hash of this version */
  evidenceDigest: string;
  eventId: string | null;
}

/**
 * Turns items into notices for each follower allowed to see the subject, and
 * queues a webhook delivery per new notice and live endpoint of its recipient.
 * Reads (type names) happen in `prepare`, outside the transaction; `write` runs
 * inside it (on SQLite a read through another handle would wait on the
 * transaction's own connection).
 */
export function createNotifier(deps: { catalog: Pick<CatalogService, 'get'>; notices: NoticeRepo; webhooks: WebhookRepo }) {
  const { catalog, notices, webhooks } = deps;

  async function typeName(code: string, version: number): Promise<string> {
    try {
      return (await catalog.get(code, version)).definition.name;
    } catch (err) {
      if (err instanceof DomainError && err.status === 404) return code;
      throw err;
    }
  }

  return {
    async prepare(items: NoticeItem[], recipients: RecipientRow[], now: string): Promise<NoticeRow[]> {
      const names = new Map<string, string>();
      for (const i of items) {
        const key = `${i.typeCode}@${i.typeVersion}`;
        if (!names.has(key)) names.set(key, await typeName(i.typeCode, i.typeVersion));
      }
      const bySubject = groupBy(recipients, (r) => r.subjectId);
      const rows: NoticeRow[] = [];
      for (const item of items) {
        for (const r of bySubject.get(item.subjectId) ?? []) {
          const viewer = { role: (r.role ?? 'public') as Role, subjectId: r.userSubjectId };
          if (!maySeeSubject(viewer, { id: r.subjectId, type: r.subjectType })) continue;
          rows.push({
            id: newId(), recipientType: r.followerType, recipientId: r.followerId, kind: item.kind,
            subjectId: item.subjectId, subjectCode: r.subjectCode, subjectName: r.subjectName,
            recordId: item.recordId, recordVersion: item.recordVersion, typeCode: item.typeCode,
            typeName: names.get(`${item.typeCode}@${item.typeVersion}`)!, category: item.category,
            decisionDate: item.decisionDate, publicityEnd: item.publicityEnd, evidenceDigest: item.evidenceDigest,
            eventId: item.eventId, createdAt: now, readAt: null,
          });
        }
      }
      return rows;
    },

    /** Stores the notices not stored before and queues their deliveries; answers how many of each. */
    async write(trx: Kysely<DB>, rows: NoticeRow[], now: string): Promise<{ notices: number; deliveries: number }> {
      if (rows.length === 0) return { notices: 0, deliveries: 0 };
      const inserted = await notices.insertNew(trx, rows);
      const fresh = rows.filter((n) => inserted.has(n.id));
      const endpoints = groupBy(await webhooks.endpointsOfOwners(trx, [...new Set(fresh.map((n) => n.recipientId))]), (e) => e.ownerId);
      const deliveries: NewDelivery[] = [];
      for (const n of fresh) {
        for (const e of endpoints.get(n.recipientId) ?? []) {
          if (e.ownerType !== n.recipientType) continue;
          const id = newId();
          deliveries.push([id, e.id, n.id, webhookEvent(n.kind), JSON.stringify(webhookPayload(id, n, now)), 'pending', 0, now, now]);
        }
      }
      await webhooks.insertDeliveries(trx, deliveries);
      return { notices: fresh.length, deliveries: deliveries.length };
    },
  };
}

export type Notifier = ReturnType<typeof createNotifier>;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
