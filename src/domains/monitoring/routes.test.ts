import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { signIn, type SignedIn } from '../../../test/support/sessions.js';
import { systemActor } from '../../kernel/actor.js';
import { fixedClock } from '../../kernel/clock.js';
import { SAMPLE_AUTHORITY, penaltyChunk, penaltyRow, sampleUscc } from '../records/testing.js';
import { consumerKey, PAST_LAG_MS } from './testing.js';

const CODE = sampleUscc(7001);
const SUBJECT = { subjectName: '深圳市接口关注有限公司', subjectCode: CODE };
const ID_NUMBER = /\d{6}(19|20)\d{2}[01]\d[0-3]\d{3}[\dX]/;

/** Monitoring over HTTP (docs/monitoring.md): follows, notices and webhooks for signed-in users and consumer keys. */
for (const dialect of dialectsUnderTest()) {
  describe(`monitoring over HTTP [${dialect}]`, () => {
    const clock = fixedClock('2026-06-15T02:00:00.000Z');
    let t: TestApp;
    let user: SignedIn;
    let other: SignedIn;
    let bearer: { authorization: string };
    let dept: { id: string; code: string };
    const call = (method: 'GET' | 'POST' | 'DELETE', url: string, headers: Record<string, string> = {}, payload?: unknown) =>
      t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      dept = await t.ctx.services.accounts.createDepartment(systemActor, { code: SAMPLE_AUTHORITY.code, name: SAMPLE_AUTHORITY.name, kind: 'government' });
      await t.ctx.services.records.ingestChunk(systemActor, penaltyChunk(dept, [penaltyRow(1, { ...SUBJECT, decisionNo: 'R-0', decisionDate: '2024-01-10' })]));
      user = await signIn(t, 'auditor');
      other = await signIn(t, 'reviewer');
      bearer = { authorization: `Bearer ${(await consumerKey(t)).key}` };
    });
    afterAll(async () => t.close());

    it('lets signed-in users and consumer keys follow by code, idempotently, and nobody else', async () => {
      expect((await call('GET', '/follows')).json().code).toBe('UNAUTHENTICATED');
      const provider = await t.ctx.services.accounts.createApiKey(systemActor, { name: '报送系统', departmentId: dept.id, purpose: 'provider' });
      const refused = await call('POST', '/follows', { authorization: `Bearer ${provider.key}` }, { subject: CODE });
      expect([refused.statusCode, refused.json().code]).toEqual([403, 'FORBIDDEN']);

      const created = await call('POST', '/follows', user.headers, { subject: CODE.toLowerCase() });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toEqual({ subject: { code: CODE, name: SUBJECT.subjectName, type: 'enterprise' }, createdAt: clock.now().toISOString() });
      expect((await call('POST', '/follows', user.headers, { subject: CODE })).statusCode).toBe(200);
      expect((await call('POST', '/follows', bearer, { subject: CODE })).statusCode).toBe(201);

      const missing = await call('POST', '/follows', user.headers, { subject: sampleUscc(7002) });
      expect([missing.statusCode, missing.json().code]).toEqual([404, 'SUBJECT_NOT_FOUND']);
      const bad = await call('POST', '/follows', user.headers, { subject: CODE, extra: 1 });
      expect([bad.statusCode, bad.json().code]).toEqual([400, 'VALIDATION_FAILED']);

      const list = (await call('GET', '/follows?pageSize=5', user.headers)).json();
      expect(list).toMatchObject({ total: 1, max: 1000, page: 1, pageSize: 5, hasMore: false, items: [{ subject: { code: CODE } }] });
      expect((await call('GET', '/follows', other.headers)).json()).toMatchObject({ total: 0, items: [] });
    });

    it('lists my notices, unread first filter, and marks one read; others\' notices do not exist for me', async () => {
      await t.ctx.services.records.ingestChunk(systemActor, penaltyChunk(dept, [penaltyRow(2, { ...SUBJECT, decisionNo: 'R-1', decisionDate: '2026-06-01' })]));
      clock.advance(PAST_LAG_MS);
      expect(await t.ctx.services.monitoring.pump()).toMatchObject({ notices: 2 });

      const res = await call('GET', '/notifications', user.headers);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      const page = res.json();
      expect(page).toMatchObject({ unreadCount: 1, hasMore: false, items: [{ kind: 'appeared', subject: { code: CODE }, record: { version: 1, typeName: '行政处罚' }, readAt: null }] });
      expect(res.body).not.toMatch(ID_NUMBER);
      const id = page.items[0].id as string;

      const read = await call('POST', `/notifications/${id}/read`, user.headers);
      expect([read.statusCode, read.json().readAt]).toEqual([200, clock.now().toISOString()]);
      expect((await call('GET', '/notifications?unread=true', user.headers)).json()).toMatchObject({ unreadCount: 0, items: [] });
      expect((await call('GET', '/notifications?unread=false', user.headers)).json().items).toHaveLength(1);
      expect((await call('GET', '/notifications?unread=true', bearer)).json()).toMatchObject({ unreadCount: 1 });

      const foreign = await call('POST', `/notifications/${id}/read`, other.headers);
      expect([foreign.statusCode, foreign.json().code]).toEqual([404, 'NOTIFICATION_NOT_FOUND']);
      expect((await call('GET', '/notifications', other.headers)).json().items).toEqual([]);
    });

    it('registers a webhook (secret shown once), shows its delivery log, and deletes it', async () => {
      const created = await call('POST', '/webhooks', user.headers, { url: 'http://127.0.0.1:9/hook?token=t0ps3cret' });
      expect(created.statusCode).toBe(201);
      const hook = created.json();
      expect(hook.secret).toMatch(/^[0-9a-f]{64}$/);
      const listed = await call('GET', '/webhooks', user.headers);
      expect(listed.json()).toEqual({ items: [{ id: hook.id, url: 'http://127.0.0.1:9/hook?token=t0ps3cret', createdAt: hook.createdAt }] });
      expect(listed.body).not.toContain(hook.secret);
      const audited = await t.ctx.database.db.selectFrom('auditLog').select('details').where('action', '=', 'webhook.create').executeTakeFirstOrThrow();
      expect(JSON.parse(audited.details!)).toEqual({ url: 'http://127.0.0.1:9/hook' });
      const invalid = await call('POST', '/webhooks', user.headers, { url: 'gopher://example.com' });
      expect([invalid.statusCode, invalid.json().errors[0].code]).toEqual([400, 'WEBHOOK_URL_INVALID']);

      await t.ctx.services.records.ingestChunk(systemActor, penaltyChunk(dept, [penaltyRow(3, { ...SUBJECT, decisionNo: 'R-2', decisionDate: '2026-06-02' })]));
      clock.advance(PAST_LAG_MS);
      await t.ctx.services.monitoring.pump();
      const log = (await call('GET', `/webhooks/${hook.id}/deliveries?status=pending`, user.headers)).json();
      expect(log).toMatchObject({ hasMore: false, items: [{ event: 'notice.appeared', status: 'pending', attempts: [], nextAttemptAt: clock.now().toISOString() }] });
      expect((await call('GET', `/webhooks/${hook.id}/deliveries`, other.headers)).json().code).toBe('WEBHOOK_NOT_FOUND');

      expect((await call('DELETE', `/webhooks/${hook.id}`, user.headers)).statusCode).toBe(204);
      expect((await call('GET', '/webhooks', user.headers)).json()).toEqual({ items: [] });
      expect((await call('DELETE', `/webhooks/${hook.id}`, user.headers)).json().code).toBe('WEBHOOK_NOT_FOUND');
    });

    it('unfollows', async () => {
      expect((await call('DELETE', `/follows/${CODE}`, user.headers)).statusCode).toBe(204);
      const again = await call('DELETE', `/follows/${CODE}`, user.headers);
      expect([again.statusCode, again.json().code]).toEqual([404, 'FOLLOW_NOT_FOUND']);
      expect((await call('GET', '/follows', user.headers)).json()).toMatchObject({ total: 0 });
      const audit = await t.ctx.database.db.selectFrom('auditLog').select('action').where('action', 'like', 'follow.%').execute();
      expect(audit.map((a) => a.action).sort()).toEqual(['follow.create', 'follow.create', 'follow.delete']);
    });
  });
}
