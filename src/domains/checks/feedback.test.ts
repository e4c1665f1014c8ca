import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { enterpriseInput } from '../../../test/support/factories.js';
import { signIn, type SignedIn } from '../../../test/support/sessions.js';
import { systemActor } from '../../kernel/actor.js';
import { fixedClock } from '../../kernel/clock.js';
import { consumerKey, listAsCourtDebtor } from './testing.js';

/** 反馈 (SPEC §6): the caller reports per measure whether it applied it; the office sees implementation rates per measure and scenario. */
for (const dialect of dialectsUnderTest()) {
  describe(`check feedback and implementation rates [${dialect}]`, () => {
    let t: TestApp;
    let a: { key: string };
    let b: { key: string };
    let staff: SignedIn;
    let listedCode: string;
    let cleanCode: string;
    const clock = fixedClock('2026-06-15T02:00:00.000Z');
    const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
    const check = async (key: string, subject: string, scenario: string) =>
      (await t.app.inject({ method: 'POST', url: '/api/v1/checks', headers: bearer(key), payload: { subject, scenario } })).json();
    const feedback = (key: string, receiptId: string, items: unknown[]) =>
      t.app.inject({ method: 'POST', url: `/api/v1/checks/${receiptId}/feedback`, headers: bearer(key), payload: { items } });

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      a = await consumerKey(t.ctx.services.accounts, 3);
      b = await consumerKey(t.ctx.services.accounts, 4);
      const listed = await t.ctx.services.subjects.create(systemActor, enterpriseInput(7_001));
      listedCode = listed.code!;
      cleanCode = (await t.ctx.services.subjects.create(systemActor, enterpriseInput(7_002))).code!;
      await listAsCourtDebtor(t.ctx.services, { name: listed.name, code: listedCode });
    });
    afterAll(async () => t.close());

    it('records feedback from the caller who made the check: created, unchanged when repeated, updated when changed', async () => {
      const r = await check(a.key, listedCode, 'licensing');
      expect(r.measures.map((m: { code: string }) => m.code)).toEqual(['licensing_no_commitment_blacklisted', 'licensing_strict_review_blacklisted']);
      const first = await feedback(a.key, r.receipt.id, [
        { measureCode: 'licensing_strict_review_blacklisted', applied: true },
        { measureCode: 'licensing_no_commitment_blacklisted', applied: false, reason: '申请人已提交全部证明材料，未适用告知承诺' },
      ]);
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json().items.map((i: { status: string }) => i.status)).toEqual(['created', 'created']);
      const again = await feedback(a.key, r.receipt.id, [{ measureCode: 'licensing_strict_review_blacklisted', applied: true }]);
      expect(again.json().items[0].status).toBe('unchanged');
      const changed = await feedback(a.key, r.receipt.id, [{ measureCode: 'licensing_strict_review_blacklisted', applied: false, reason: '系统故障未拦截' }]);
      expect(changed.json().items[0]).toMatchObject({ status: 'updated', applied: false, reason: '系统故障未拦截' });
      const rows = await t.ctx.database.db.selectFrom('checkFeedback').select(['measureCode', 'applied']).where('receiptId', '=', r.receipt.id).orderBy('measureCode').execute();
      expect(rows.map((x) => [x.measureCode, Number(x.applied)])).toEqual([['licensing_no_commitment_blacklisted', 0], ['licensing_strict_review_blacklisted', 0]]);
      const seen = await t.app.inject({ method: 'GET', url: `/api/v1/checks/${r.receipt.id}`, headers: bearer(a.key) });
      expect(seen.json().feedback).toHaveLength(2);
    });

    it('refuses feedback from anyone else, on measures the check did not return, without a reason, or twice in one request', async () => {
      const r = await check(a.key, listedCode, 'bidding');
      const other = await feedback(b.key, r.receipt.id, [{ measureCode: 'bidding_bar_court_debtor', applied: true }]);
      expect([other.statusCode, other.json().code]).toEqual([403, 'CHECK_FEEDBACK_FORBIDDEN']);
      const anonymous = await t.app.inject({ method: 'POST', url: `/api/v1/checks/${r.receipt.id}/feedback`, payload: { items: [{ measureCode: 'bidding_bar_court_debtor', applied: true }] } });
      expect(anonymous.statusCode).toBe(401);
      const bad = await feedback(a.key, r.receipt.id, [
        { measureCode: 'procurement_bar_listed', applied: true },
        { measureCode: 'bidding_bar_court_debtor', applied: false },
        { measureCode: 'bidding_bar_court_debtor', applied: true },
      ]);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
        ['items.0.measureCode', 'FEEDBACK_MEASURE_NOT_IN_RECEIPT'], ['items.1.reason', 'FEEDBACK_REASON_REQUIRED'], ['items.2.measureCode', 'FEEDBACK_MEASURE_REPEATED'],
      ]);
      const missing = await feedback(a.key, '01970000-0000-7000-8000-000000000000', [{ measureCode: 'bidding_bar_court_debtor', applied: true }]);
      expect(missing.json().code).toBe('RECEIPT_NOT_FOUND');
    });

    it('shows the office implementation rates per measure and per scenario for checks made in the period', async () => {
      clock.set('2026-07-01T02:00:00.000Z');
      staff = await signIn(t, 'staff');
      const r1 = await check(a.key, listedCode, 'government_procurement');
      const r2 = await check(b.key, listedCode, 'government_procurement');
      await check(a.key, listedCode, 'government_procurement');
      await check(a.key, cleanCode, 'government_procurement');
      await feedback(a.key, r1.receipt.id, [{ measureCode: 'procurement_bar_listed', applied: true }]);
      await feedback(b.key, r2.receipt.id, [{ measureCode: 'procurement_bar_listed', applied: false, reason: '合同已签订' }]);

      const res = await t.app.inject({ method: 'GET', url: '/api/v1/checks/stats?from=2026-07-01&to=2026-07-01', headers: staff.headers });
      expect(res.statusCode, res.body).toBe(200);
      const stats = res.json();
      expect(stats.scenarios.find((s: { scenario: string }) => s.scenario === 'government_procurement')).toEqual({
        scenario: 'government_procurement', checks: 4, verdicts: { clear: 1, caution: 0, restricted: 3 },
        measuresReturned: 3, feedback: 2, applied: 1, feedbackRate: 0.6667, implementationRate: 0.5,
      });
      expect(stats.scenarios.find((s: { scenario: string }) => s.scenario === 'licensing')).toMatchObject({ checks: 0, feedbackRate: null, implementationRate: null });
      expect(stats.measures).toEqual([expect.objectContaining({
        code: 'procurement_bar_listed', kind: 'punishment', returned: 3, feedback: 2, applied: 1, notApplied: 1, feedbackRate: 0.6667, implementationRate: 0.5,
      })]);

      const june = (await t.app.inject({ method: 'GET', url: '/api/v1/checks/stats?scenario=licensing&from=2026-06-01&to=2026-06-30', headers: staff.headers })).json();
      expect(june.scenarios).toEqual([expect.objectContaining({ scenario: 'licensing', checks: 1, feedback: 2, applied: 0, implementationRate: 0 })]);
      const refused = await t.app.inject({ method: 'GET', url: '/api/v1/checks/stats', headers: bearer(a.key) });
      expect(refused.statusCode).toBe(403);
      const backwards = await t.app.inject({ method: 'GET', url: '/api/v1/checks/stats?from=2026-07-02&to=2026-07-01', headers: staff.headers });
      expect(backwards.json().errors[0].code).toBe('STATS_PERIOD_INVALID');
    });
  });
}
