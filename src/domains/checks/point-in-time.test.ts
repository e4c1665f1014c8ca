import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { enterpriseInput } from '../../../test/support/factories.js';
import { systemActor } from '../../kernel/actor.js';
import { fixedClock } from '../../kernel/clock.js';
import { sampleCourtRow, sampleUscc } from '../catalog/testing.js';
import { numbered } from '../records/testing.js';

/**
 * Acceptance (issue 5): a check `at` a day answers as the data stood then,
 * through the real lists service: an upstream list (失信被执行人, ingested
 * court records) and an office list decided through the procedure. Listed
 * today: yesterday clear, today restricted, after the entry expires clear again.
 */
for (const dialect of dialectsUnderTest()) {
  describe(`point-in-time checks through the lists service [${dialect}]`, () => {
    let t: TestApp;
    const clock = fixedClock('2026-06-15T02:00:00.000Z'); // 2026-06-15 in China
    const check = (subject: string, scenario: 'government_procurement' | 'licensing', at?: string) =>
      t.ctx.services.checks.check(systemActor, { subject, scenario, ...(at ? { at } : {}) });

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
    });
    afterAll(async () => t.close());

    it('a court listing published today: clear yesterday, restricted today, clear after its end date', async () => {
      clock.set('2026-06-15T02:00:00.000Z');
      const court = await t.ctx.services.accounts.createDepartment(systemActor, { code: sampleUscc(305, '11'), name: '深圳市南山区人民法院', kind: 'government' });
      const code = sampleUscc(4_100);
      const [stored] = await t.ctx.services.records.ingestChunk(systemActor, {
        typeCode: 'court_dishonest_debtor', sourceDepartment: court, channel: 'api', batchId: null,
        rows: numbered([sampleCourtRow({ subjectName: '深圳市失信测试有限公司', subjectCode: code, caseNo: '（2026）粤0305执77号', filedOn: '2026-03-01', publishedOn: '2026-06-15', endDate: '2026-12-31' })]),
      });
      expect(stored!.status).toBe('created');

      expect((await check(code, 'government_procurement', '2026-06-14')).verdict).toBe('clear');
      const today = await check(code, 'government_procurement');
      expect(today.verdict).toBe('restricted');
      expect(today.measures.map((m) => m.code)).toEqual(['procurement_bar_listed']);
      expect(today.measures[0]!.trigger).toMatchObject({
        kind: 'list', id: stored!.id, listType: 'dishonest_judgment_debtor', listKind: 'black', decisionNo: '（2026）粤0305执77号', date: '2026-06-15', until: '2026-12-31',
      });
      expect(today.measures[0]!.legalBasis).toContain('政府采购法》第二十二条');
      expect(today.measures[0]!.legalBasis).toContain('财库〔2016〕125号');

      clock.set('2027-01-05T02:00:00.000Z');
      expect((await check(code, 'government_procurement', '2026-12-31')).verdict).toBe('restricted');
      expect((await check(code, 'government_procurement', '2027-01-01')).verdict).toBe('clear');
      expect((await check(code, 'government_procurement')).verdict).toBe('clear');
    });

    it('an office black list: clear before the entry date, restricted from it, clear after the planned exit; revoked, clear on every day', async () => {
      clock.set('2026-06-15T02:00:00.000Z');
      const subject = await t.ctx.services.subjects.create(systemActor, enterpriseInput(4_200));
      const lists = t.ctx.services.lists;
      const proposed = await lists.propose(systemActor, { listType: 'food_drug_serious_violation', subjectCode: subject.code!, reasons: '生产销售不符合食品安全标准的食品，情节严重。' });
      const entryId = proposed.entry.id;
      await lists.notify(systemActor, entryId, {});
      clock.set('2026-07-20T02:00:00.000Z'); // the objection window (working days) has passed
      await lists.decide(systemActor, entryId, { decisionNo: '深南信黑〔2026〕1号', effectiveFrom: '2026-07-20', effectiveTo: '2026-12-31' });

      const yesterday = await check(subject.code!, 'licensing', '2026-07-19');
      expect(yesterday.verdict).toBe('clear');
      const today = await check(subject.code!, 'licensing');
      expect(today.verdict).toBe('restricted');
      expect(today.measures.map((m) => m.code)).toEqual(['licensing_no_commitment_blacklisted', 'licensing_strict_review_blacklisted', 'market_access_food_ban']);
      expect(today.measures[0]!.trigger).toMatchObject({ kind: 'list', id: entryId, listType: 'food_drug_serious_violation', decisionNo: '深南信黑〔2026〕1号', date: '2026-07-20' });

      clock.set('2027-01-05T02:00:00.000Z');
      expect((await check(subject.code!, 'licensing', '2026-12-31')).verdict).toBe('restricted');
      expect((await check(subject.code!, 'licensing')).verdict).toBe('clear');

      await lists.revoke(systemActor, entryId, { reason: '复议认定列入决定违法，予以撤销。' });
      expect((await check(subject.code!, 'licensing', '2026-08-01')).verdict).toBe('clear');
    });
  });
}
