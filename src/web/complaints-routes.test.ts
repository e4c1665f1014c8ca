import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { seedComplaintPeople, type ComplaintPeople } from '../domains/complaints/testing.js';

/** The complaint, agency and notification pages: a visitor files and follows a complaint; the office handles it in the console. */
describe('complaint pages', () => {
  let t: TestApp;
  let p: ComplaintPeople;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    p = await seedComplaintPeople(t);
  });
  afterAll(async () => t.close());
  const html = { accept: 'text/html' };

  it('files a complaint from the form, follows it, and handles it in the console', async () => {
    expect((await t.app.inject({ url: '/complaints/new', headers: html })).statusCode).toBe(200);
    const form = new URLSearchParams({ about: 'subject', subjectCode: p.subject.code, complainantName: '李四', complainantContact: '13800138000', matter: '该公司夜间施工扰民，多次反映无果。' });
    const res = await t.app.inject({ method: 'POST', url: '/complaints/new', payload: form.toString(), headers: { ...html, 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.statusCode).toBe(201);
    const caseNo = /id="case-no">([^<]+)</.exec(res.body)![1]!;
    const queryCode = /id="query-code">([^<]+)</.exec(res.body)![1]!;
    const tracked = await t.app.inject({ method: 'POST', url: '/complaints/track', payload: new URLSearchParams({ caseNo, queryCode }).toString(), headers: { ...html, 'content-type': 'application/x-www-form-urlencoded' } });
    expect(tracked.body).toContain('id="track-status">已分派');
    const queue = await t.app.inject({ url: '/console/complaints', headers: { ...html, cookie: p.market.cookie } });
    expect(queue.body).toContain(caseNo);
    const id = /href="\/console\/complaints\/([0-9a-f-]{36})"/.exec(queue.body)![1]!;
    const start = await t.app.inject({ method: 'POST', url: `/console/complaints/${id}/start`, payload: `_csrf=${p.market['x-csrf-token']}`, headers: { ...html, cookie: p.market.cookie, 'content-type': 'application/x-www-form-urlencoded' } });
    expect([start.statusCode, start.headers.location]).toEqual([303, `/console/complaints/${id}?done=1`]);
    expect((await t.app.inject({ url: `/console/complaints/${id}`, headers: { ...html, cookie: p.market.cookie } })).body).toContain('id="case-status">办理中');
    const notices = await t.app.inject({ url: '/notifications', headers: { ...html, cookie: p.market.cookie } });
    expect(notices.body).toContain('新的投诉举报待受理');
    expect((await t.app.inject({ url: '/console/complaints/stats', headers: { ...html, cookie: p.office.cookie } })).body).toContain('id="stats-total">1');
  });

  it('lists agencies publicly and lets the office file one', async () => {
    const filed = await t.app.inject({ method: 'POST', url: '/console/agencies', headers: { ...html, cookie: p.office.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams([['_csrf', p.office['x-csrf-token']], ['name', '深圳市页面信用服务有限公司'], ['uscc', '91440300708461136T'], ['legalRep', '陈明'], ['address', '深圳市南山区科技园'], ['filingNo', '页备1号'], ['filedOn', '2026-01-02'], ['services', 'credit_report']]).toString() });
    expect(filed.statusCode).toBe(303);
    expect((await t.app.inject({ url: filed.headers.location as string, headers: { ...html, cookie: p.office.cookie } })).body).toContain('id="agency-status">已备案');
    expect((await t.app.inject({ url: '/agencies?q=页面', headers: html })).body).toContain('深圳市页面信用服务有限公司');
  });
});
