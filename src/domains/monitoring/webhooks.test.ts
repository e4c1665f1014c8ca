import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { systemActor, type Actor } from '../../kernel/actor.js';
import { fixedClock } from '../../kernel/clock.js';
import { createPersonalDataCipher } from '../../kernel/crypto.js';
import { SAMPLE_AUTHORITY, penaltyChunk, penaltyRow, sampleUscc } from '../records/testing.js';
import { createHttpTransport, createMonitoringService, RETRY_DELAYS_MS, verifyWebhookSignature, type WebhookPayload } from './index.js';
import { consumerKey, PAST_LAG_MS, userFollower } from './testing.js';

const SUBJECT = { subjectName: '深圳市回调测试有限公司', subjectCode: sampleUscc(6001) };

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP receiver on a free local port, answering every POST with `status`. */
async function receiver(status: number): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'broken');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/xinyong`, received, server };
}

/** Webhooks (issue 4 item 5): signed POSTs to real local receivers, retried with backoff on a fixed clock, every attempt logged. */
for (const dialect of dialectsUnderTest()) {
  describe(`webhook deliveries [${dialect}]`, () => {
    const clock = fixedClock('2026-06-15T02:00:00.000Z');
    let t: TestApp;
    let dept: { id: string; code: string };
    let good: Awaited<ReturnType<typeof receiver>>;
    let failing: Awaited<ReturnType<typeof receiver>>;
    let auditor: Actor;
    let key: Actor;
    const secrets: Record<string, string> = {};
    const hooks: Record<string, string> = {};
    const monitoring = () => t.ctx.services.monitoring;
    const nowSeconds = () => Math.floor(clock.now().getTime() / 1000);

    async function publishPenalty(n: number): Promise<void> {
      await t.ctx.services.records.ingestChunk(systemActor, penaltyChunk(dept, [penaltyRow(n, { ...SUBJECT, decisionNo: `HOOK-${n}`, decisionDate: '2026-06-01' })]));
      clock.advance(PAST_LAG_MS);
      await monitoring().pump();
    }

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      dept = await t.ctx.services.accounts.createDepartment(systemActor, { code: SAMPLE_AUTHORITY.code, name: SAMPLE_AUTHORITY.name, kind: 'government' });
      await t.ctx.services.records.ingestChunk(systemActor, penaltyChunk(dept, [penaltyRow(1, { ...SUBJECT, decisionNo: 'HOOK-0', decisionDate: '2024-01-10' })]));
      good = await receiver(204);
      failing = await receiver(500);
      auditor = await userFollower(t, 'auditor');
      key = (await consumerKey(t)).actor;
      for (const follower of [auditor, key]) await monitoring().follow(follower, SUBJECT.subjectCode);
    });
    afterAll(async () => {
      good.server.close();
      failing.server.close();
      await t.close();
    });

    it('hands out the signing secret once and keeps it sealed', async () => {
      const created = await monitoring().createWebhook(auditor, good.url);
      expect(created.secret).toMatch(/^[0-9a-f]{64}$/);
      expect(created.url).toBe(good.url);
      secrets.good = created.secret;
      hooks.good = created.id;
      const other = await monitoring().createWebhook(key, failing.url);
      secrets.failing = other.secret;
      hooks.failing = other.id;
      expect(await monitoring().listWebhooks(auditor)).toEqual([{ id: created.id, url: good.url, createdAt: clock.now().toISOString() }]);
      const stored = await t.ctx.database.db.selectFrom('webhookEndpoints').select('secretEnc').where('id', '=', created.id).executeTakeFirstOrThrow();
      expect(stored.secretEnc).not.toContain(created.secret);
      const { encryptionKey, lookupKey } = t.ctx.config.secrets;
      expect(createPersonalDataCipher({ encryptionKey, lookupKey }).decrypt(stored.secretEnc)).toBe(created.secret);
      await expect(monitoring().listDeliveries(key, hooks.good!, { page: 1, pageSize: 10 })).rejects.toMatchObject({ code: 'WEBHOOK_NOT_FOUND' });
      await expect(monitoring().createWebhook(auditor, 'ftp://example.com/x')).rejects.toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'url', code: 'WEBHOOK_URL_INVALID' }] });
    });

    it('POSTs each new notice, signed so that the receiver can verify it, and a tampered body fails', async () => {
      await publishPenalty(2);
      const result = await monitoring().deliverDue();
      expect(result).toEqual({ attempted: 2, delivered: 1, retrying: 1, failed: 0 });
      expect(good.received).toHaveLength(1);
      const { headers, body } = good.received[0]!;
      const payload = JSON.parse(body) as WebhookPayload;
      expect(headers['x-xinyong-event']).toBe('notice.appeared');
      expect(headers['x-xinyong-delivery']).toBe(payload.id);
      expect(headers['content-type']).toMatch(/^application\/json/);
      expect(payload).toMatchObject({ event: 'notice.appeared', notice: { kind: 'appeared', subject: { code: SUBJECT.subjectCode }, record: { version: 1 }, evidence: { algorithm: 'sha256' } } });
      const signature = headers['x-xinyong-signature'] as string;
      expect(signature).toMatch(new RegExp(`^t=${nowSeconds()},v1=[0-9a-f]{64}$`));
      expect(verifyWebhookSignature(secrets.good!, signature, body, nowSeconds())).toBe(true);
      expect(verifyWebhookSignature(secrets.good!, signature, body.replace('appeared', 'expired'), nowSeconds())).toBe(false);
      expect(verifyWebhookSignature(secrets.failing!, signature, body, nowSeconds())).toBe(false);
      expect(verifyWebhookSignature(secrets.good!, signature, body, nowSeconds() + 301)).toBe(false);

      const log = await monitoring().listDeliveries(auditor, hooks.good!, { page: 1, pageSize: 10 });
      expect(log.items).toMatchObject([{ id: payload.id, status: 'delivered', nextAttemptAt: null, deliveredAt: clock.now().toISOString(), attempts: [{ attempt: 1, statusCode: 204, error: null }] }]);
      expect(await monitoring().deliverDue()).toEqual({ attempted: 0, delivered: 0, retrying: 0, failed: 0 });
    });

    it('retries a failing receiver after 1 min, 5 min, 30 min, 2 h and 12 h, then gives up, every attempt in the log', async () => {
      const start = clock.now().getTime();
      const log = async () => (await monitoring().listDeliveries(key, hooks.failing!, { page: 1, pageSize: 10 })).items;
      expect(await log()).toMatchObject([{ status: 'pending', nextAttemptAt: new Date(start + RETRY_DELAYS_MS[0]).toISOString(), attempts: [{ attempt: 1, statusCode: 500 }] }]);
      let at = start;
      for (const [i, delay] of RETRY_DELAYS_MS.entries()) {
        clock.set(new Date(at + delay - 1000).toISOString());
        expect((await monitoring().deliverDue()).attempted).toBe(0);
        at += delay;
        clock.set(new Date(at).toISOString());
        expect(await monitoring().deliverDue()).toMatchObject({ attempted: 1, ...(i === RETRY_DELAYS_MS.length - 1 ? { failed: 1 } : { retrying: 1 }) });
      }
      expect(failing.received).toHaveLength(6);
      for (const r of failing.received) expect(verifyWebhookSignature(secrets.failing!, r.headers['x-xinyong-signature'] as string, r.body, Number(/t=(\d+)/.exec(r.headers['x-xinyong-signature'] as string)![1]))).toBe(true);
      expect(new Set(failing.received.map((r) => r.body)).size).toBe(1);
      const [delivery] = await log();
      expect(delivery).toMatchObject({ status: 'failed', nextAttemptAt: null, deliveredAt: null });
      let expected = start;
      expect(delivery!.attempts.map((a) => [a.attempt, a.at, a.statusCode])).toEqual([0, ...RETRY_DELAYS_MS].map((d, i) => [i + 1, new Date((expected += d)).toISOString(), 500]));
      expect(delivery!.attempts.every((a) => a.durationMs >= 0 && a.error === null)).toBe(true);
      expect((await monitoring().listDeliveries(key, hooks.failing!, { status: 'failed', page: 1, pageSize: 10 })).items).toHaveLength(1);
      clock.advance(48 * 3600_000);
      expect((await monitoring().deliverDue()).attempted).toBe(0);
    });

    it('logs network errors, and cancels what is pending when an endpoint is deleted', async () => {
      const closed = await receiver(204);
      closed.server.close();
      const dead = await monitoring().createWebhook(auditor, closed.url);
      await publishPenalty(3);
      await monitoring().deleteWebhook(key, hooks.failing!);
      await expect(monitoring().listDeliveries(key, hooks.failing!, { page: 1, pageSize: 10 })).rejects.toMatchObject({ code: 'WEBHOOK_NOT_FOUND' });
      const cancelled = await t.ctx.database.db.selectFrom('webhookDeliveries').select('status').where('endpointId', '=', hooks.failing!).where('status', '=', 'cancelled').execute();
      expect(cancelled).toHaveLength(1);
      expect(await monitoring().deliverDue()).toMatchObject({ attempted: 2, delivered: 1, retrying: 1 });
      const [attempt] = (await monitoring().listDeliveries(auditor, dead.id, { page: 1, pageSize: 10 })).items[0]!.attempts;
      expect(attempt).toMatchObject({ attempt: 1, statusCode: null, error: expect.stringContaining('ECONNREFUSED') });
    });

    it('refuses private targets where they are not allowed, at registration and on connecting', async () => {
      const strict = createMonitoringService({
        database: t.ctx.database, clock, audit: t.ctx.services.audit, subjects: t.ctx.services.subjects, catalog: t.ctx.services.catalog,
        secretBox: { encrypt: (s) => s, decrypt: (s) => s }, allowPrivateWebhookTargets: false,
      });
      for (const url of ['http://127.0.0.1:8080/x', 'http://localhost/x', 'https://[::1]/x', 'http://169.254.169.254/latest', 'http://10.1.2.3/x']) {
        await expect(strict.createWebhook(auditor, url)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'url', code: 'WEBHOOK_URL_PRIVATE' }] });
      }
      const guarded = createHttpTransport({ allowPrivate: false });
      const port = new URL(good.url).port;
      const before = good.received.length;
      expect(await guarded.post(`http://localhost:${port}/x`, {}, '{}')).toMatchObject({ error: expect.stringContaining('private address') });
      expect(await guarded.post(`http://127.0.0.1:${port}/x`, {}, '{}')).toMatchObject({ error: expect.stringContaining('private address') });
      expect(good.received).toHaveLength(before);
    });
  });
}
