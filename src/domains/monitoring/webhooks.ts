import { randomBytes } from 'node:crypto';
import type { Actor } from '../../kernel/actor.js';
import { authorize } from '../../kernel/authorize.js';
import { isoNow } from '../../kernel/clock.js';
import { newId } from '../../kernel/ids.js';
import type { MonitoringDeps } from './deps.js';
import { webhookLimitReached, webhookNotFound } from './errors.js';
import { canFollow, followerOf } from './policy.js';
import { presentDelivery, presentWebhook } from './present.js';
import type { CreatedWebhook, DeliveryStatus, DeliveryView, WebhookView } from './schema.js';
import { checkWebhookUrl } from './webhook-address.js';
import type { WebhookRepo } from './webhook-repo.js';

/** What the audit trail keeps of a URL: no query string (receivers often put a token there). */
const auditedUrl = (url: string) => {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
};

/** Endpoints one follower may register. */
export const MAX_WEBHOOKS = 10;

/** A follower's webhook endpoints and their delivery log. */
export function createWebhooks(deps: Pick<MonitoringDeps, 'database' | 'clock' | 'audit' | 'secretBox' | 'allowPrivateWebhookTargets'> & { repo: WebhookRepo }) {
  const { database, clock, audit, secretBox, repo } = deps;
  const db = database.db;

  return {
    /**
     * Registers an endpoint. The signing secret (32 random bytes, hex) is
     * returned this once and kept only sealed with the platform cipher.
     */
    async create(actor: Actor, rawUrl: string): Promise<CreatedWebhook> {
      authorize(actor, canFollow(actor), '登记回调地址');
      const owner = followerOf(actor);
      const url = checkWebhookUrl(rawUrl, deps.allowPrivateWebhookTargets).toString();
      const secret = randomBytes(32).toString('hex');
      const row = { id: newId(), ownerType: owner.type, ownerId: owner.id, url, secretEnc: secretBox.encrypt(secret), createdAt: isoNow(clock), deletedAt: null };
      await db.transaction().execute(async (trx) => {
        if ((await repo.countEndpoints(trx, owner)) >= MAX_WEBHOOKS) throw webhookLimitReached(MAX_WEBHOOKS);
        await repo.insertEndpoint(trx, row);
        await audit.append(trx, actor, { action: 'webhook.create', targetType: 'webhook', targetId: row.id, details: { url: auditedUrl(url) } });
      });
      return { ...presentWebhook(row), secret };
    },

    async list(actor: Actor): Promise<WebhookView[]> {
      authorize(actor, canFollow(actor), '查看回调地址');
      return (await repo.endpointsOf(db, followerOf(actor))).map(presentWebhook);
    },

    /** Pending deliveries to the endpoint are cancelled; its log stays for the record. */
    async remove(actor: Actor, id: string): Promise<void> {
      authorize(actor, canFollow(actor), '删除回调地址');
      const endpoint = await repo.findEndpoint(db, followerOf(actor), id);
      if (!endpoint) throw webhookNotFound();
      await db.transaction().execute(async (trx) => {
        await repo.deleteEndpoint(trx, id, isoNow(clock));
        await audit.append(trx, actor, { action: 'webhook.delete', targetType: 'webhook', targetId: id, details: { url: auditedUrl(endpoint.url) } });
      });
    },

    /** The delivery log of one endpoint, newest first, each delivery with all its attempts. */
    async deliveries(actor: Actor, id: string, q: { status?: DeliveryStatus; page: number; pageSize: number }): Promise<{ items: DeliveryView[]; hasMore: boolean }> {
      authorize(actor, canFollow(actor), '查看投递记录');
      if (!(await repo.findEndpoint(db, followerOf(actor), id))) throw webhookNotFound();
      const rows = await repo.deliveriesOf(db, id, { status: q.status ?? null, limit: q.pageSize + 1, offset: (q.page - 1) * q.pageSize });
      const page = rows.slice(0, q.pageSize);
      const attempts = await repo.attemptsOf(db, page.map((d) => d.id));
      return { items: page.map((d) => presentDelivery(d, attempts.filter((a) => a.deliveryId === d.id))), hasMore: rows.length > q.pageSize };
    },
  };
}
