import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { enterpriseInput } from '../../test/support/factories.js';
import { signIn, type SignedIn } from '../../test/support/sessions.js';
import { systemActor } from '../kernel/actor.js';
import { listAsCourtDebtor } from '../domains/checks/testing.js';

const HTML = { accept: 'text/html' };

/** The console's check page and feedback statistics (issue 5 item 6), as a staff member uses them. */
describe('console: credit checks', () => {
  let t: TestApp;
  let staff: SignedIn;
  let code: string;
  const form = (session: SignedIn, fields: Record<string, string>) => t.app.inject({
    method: 'POST', url: '/console/checks', payload: new URLSearchParams({ _csrf: session.headers['x-csrf-token'], ...fields }).toString(),
    headers: { ...HTML, cookie: session.headers.cookie, 'content-type': 'application/x-www-form-urlencoded' },
  });

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    const s = await t.ctx.services.subjects.create(systemActor, enterpriseInput(9_501, { name: '深圳市控制台核查有限公司' }));
    code = s.code!;
    await listAsCourtDebtor(t.ctx.services, { name: s.name, code });
    staff = await signIn(t, 'staff');
  });
  afterAll(async () => t.close());

  it('runs a check from the form and shows the verdict, measures, triggers, legal basis and receipt id', async () => {
    const page = await t.app.inject({ url: '/console/checks', headers: { ...HTML, cookie: staff.headers.cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('name="scenario"');
    const res = await form(staff, { subject: code, scenario: 'bidding', at: '' });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.body).toContain('verdict-restricted');
    expect(res.body).toContain('bidding_bar_court_debtor');
    expect(res.body).toContain('法〔2016〕285号');
    expect(res.body).toContain('dishonest_judgment_debtor');
    const receipt = await t.ctx.database.db.selectFrom('checkReceipts').select(['id', 'issuerType']).executeTakeFirstOrThrow();
    expect(res.body).toContain(receipt.id);
    expect(receipt.issuerType).toBe('user');
  });

  it('explains a subject it cannot find, keeping what was typed', async () => {
    const res = await form(staff, { subject: '<b>不存在的公司</b>', scenario: 'honours', at: '' });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('SUBJECT_NOT_FOUND');
    expect(res.body).toContain('&lt;b&gt;不存在的公司&lt;/b&gt;');
    expect(res.body).not.toContain('<b>不存在的公司</b>');
  });

  it('shows feedback statistics to the office and auditors; an auditor may not run checks', async () => {
    const stats = await t.app.inject({ url: '/console/checks/stats?scenario=bidding', headers: { ...HTML, cookie: staff.headers.cookie } });
    expect(stats.statusCode).toBe(200);
    expect(stats.body).toMatch(/<td>招标投标<\/td><td>1<\/td>/);
    expect(stats.body).toContain('bidding_bar_court_debtor');
    const auditor = await signIn(t, 'auditor');
    expect((await t.app.inject({ url: '/console/checks/stats', headers: { ...HTML, cookie: auditor.headers.cookie } })).statusCode).toBe(200);
    expect((await form(auditor, { subject: code, scenario: 'bidding', at: '' })).statusCode).toBe(403);
    const bad = await t.app.inject({ url: '/console/checks/stats?from=2026-07-01&to=2026-06-01', headers: { ...HTML, cookie: staff.headers.cookie } });
    expect([bad.statusCode, bad.body.includes('STATS_PERIOD_INVALID')]).toEqual([400, true]);
  });

  it('sends visitors who are not signed in to the login page', async () => {
    const res = await t.app.inject({ url: '/console/checks', headers: HTML });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/^\/login/);
  });
});
