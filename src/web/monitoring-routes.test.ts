import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { signIn, type SignedIn } from '../../test/support/sessions.js';
import { systemActor } from '../kernel/actor.js';
import { fixedClock } from '../kernel/clock.js';
import { PAST_LAG_MS } from '../domains/monitoring/testing.js';
import { SAMPLE_AUTHORITY, penaltyChunk, penaltyRow, sampleUscc } from '../domains/records/testing.js';

const CODE = sampleUscc(8801);
const NAME = '深圳市页面关注有限公司';

/** `/monitoring`: the browser side of follows and notices, without JavaScript. */
describe('monitoring pages', () => {
  const clock = fixedClock('2026-06-15T02:00:00.000Z');
  let t: TestApp;
  let user: SignedIn;
  let dept: { id: string; code: string };
  const page = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers: { accept: 'text/html', ...headers } });
  const post = (url: string, form: Record<string, string>) => t.app.inject({
    method: 'POST', url, headers: { cookie: user.headers.cookie, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    payload: new URLSearchParams({ ...form, _csrf: user.headers['x-csrf-token'] }).toString(),
  });

  beforeAll(async () => {
    t = await createTestApp('sqlite', { clock });
    dept = await t.ctx.services.accounts.createDepartment(systemActor, { code: SAMPLE_AUTHORITY.code, name: SAMPLE_AUTHORITY.name, kind: 'government' });
    await t.ctx.services.records.ingestChunk(systemActor, penaltyChunk(dept, [penaltyRow(1, { subjectName: NAME, subjectCode: CODE, decisionNo: 'W-0', decisionDate: '2024-01-10' })]));
    user = await signIn(t, 'auditor');
  });
  afterAll(async () => t.close());

  it('sends visitors who are not signed in to the sign-in form', async () => {
    const res = await page('/monitoring');
    expect([res.statusCode, res.headers.location]).toEqual([303, '/login?next=/monitoring']);
  });

  it('follows by code from a form, and shows a refusal on the page', async () => {
    const empty = await page('/monitoring', { cookie: user.headers.cookie });
    expect(empty.statusCode).toBe(200);
    expect(empty.headers['cache-control']).toBe('private, no-store');
    expect(empty.body).toContain('尚未关注任何主体');
    const done = await post('/monitoring/follow', { subject: CODE });
    expect([done.statusCode, done.headers.location]).toEqual([303, '/monitoring?done=followed']);
    const after = await page('/monitoring?done=followed', { cookie: user.headers.cookie });
    expect(after.body).toContain('已关注该主体');
    expect(after.body).toContain(`<a href="/subjects/${CODE}">${NAME}</a>`);
    const refused = await post('/monitoring/follow', { subject: sampleUscc(8802) });
    expect(refused.statusCode).toBe(404);
    expect(refused.body).toContain('未能关注：未找到主体');
    expect(refused.body).toContain(`value="${sampleUscc(8802)}"`);
    const forged = await t.app.inject({ method: 'POST', url: '/monitoring/follow', headers: { cookie: user.headers.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: `subject=${CODE}` });
    expect(forged.statusCode).toBe(403);
  });

  it('lists notices with their digest, marks one read, and speaks English on request', async () => {
    await t.ctx.services.records.ingestChunk(systemActor, penaltyChunk(dept, [penaltyRow(2, { subjectName: NAME, subjectCode: CODE, decisionNo: 'W-1', decisionDate: '2026-06-01' })]));
    clock.advance(PAST_LAG_MS);
    await t.ctx.services.monitoring.pump();
    const { items } = await t.ctx.services.monitoring.listNotices({ ...systemActor, kind: 'user', id: user.userId, role: 'auditor' }, { page: 1, pageSize: 5 });
    const notice = items[0]!;
    const res = await page('/monitoring', { cookie: user.headers.cookie });
    expect(res.body).toContain('未读 1 条');
    expect(res.body).toContain('新增公示');
    expect(res.body).toContain(`title="${notice.evidence.digest}"`);
    const read = await post(`/monitoring/notices/${notice.id}/read`, { back: '/monitoring?unread=1' });
    expect([read.statusCode, read.headers.location]).toEqual([303, '/monitoring?unread=1&done=read']);
    const unread = await page('/monitoring?unread=1', { cookie: user.headers.cookie });
    expect(unread.body).toContain('未读 0 条');
    expect(unread.body).toContain('暂无通知');
    const english = await page('/monitoring?lang=en', { cookie: user.headers.cookie });
    expect(english.body).toContain('Published');
    expect(english.body).toContain('You follow 1 subjects (at most 1000)');
    const offsite = await post('/monitoring/unfollow', { subject: CODE, back: '//evil.example/' });
    expect([offsite.statusCode, offsite.headers.location]).toEqual([303, '/monitoring?done=unfollowed']);
  });
});
