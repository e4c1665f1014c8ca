import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { systemActor } from '../../kernel/actor.js';
import { DEFAULT_TYPE_INPUTS } from '../catalog/index.js';
import { SAMPLE_AUTHORITY, penaltyChunk, penaltyRow, sampleUscc } from '../records/testing.js';

/**
 * SPEC §6 default rule: in government procurement a supplier with a serious
 * penalty in the 3 years before the check is restricted (政府采购法 第二十二条).
 * Records outside their publicity window, withdrawn ones, and ones decided after
 * the day asked for never trigger a punishment. Fixed clock: 2026-06-15 in China.
 */
const SERIOUS = { penaltyKinds: '吊销许可证件', content: '吊销食品经营许可证。', fineAmount: undefined };

for (const dialect of dialectsUnderTest()) {
  describe(`record-triggered measures [${dialect}]`, () => {
    let t: TestApp;
    const ids: Record<string, string> = {};
    const code = (n: number) => sampleUscc(100_000 + n);
    const procurement = (n: number, at?: string) =>
      t.ctx.services.checks.check(systemActor, { subject: code(n), scenario: 'government_procurement', ...(at ? { at } : {}) });

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const dept = await t.ctx.services.accounts.createDepartment(systemActor, { code: SAMPLE_AUTHORITY.code, name: SAMPLE_AUTHORITY.name, kind: 'government' });
      // A sector rule may publish serious penalties longer than 3 years: the 3-year window, not publicity, must then decide.
      const penalty = DEFAULT_TYPE_INPUTS.find((d) => d.code === 'admin_penalty')!;
      await t.ctx.services.catalog.addType(systemActor, { ...penalty, code: 'test_long_penalty', publicity: { ...penalty.publicity, maxMonths: { serious: 72 } } });
      const rows = {
        twoYears: penaltyRow(1, { ...SERIOUS, decisionNo: 'P-2Y', decisionDate: '2024-06-20' }),
        fourYears: penaltyRow(2, { ...SERIOUS, decisionNo: 'P-4Y', decisionDate: '2022-06-20' }),
        general: penaltyRow(3, { decisionNo: 'P-GEN', decisionDate: '2026-01-10' }),
        withdrawn: penaltyRow(4, { ...SERIOUS, decisionNo: 'P-WD', decisionDate: '2025-03-01' }),
      };
      const results = await t.ctx.services.records.ingestChunk(systemActor, penaltyChunk(dept, Object.values(rows)));
      Object.keys(rows).forEach((k, i) => (ids[k] = results[i]!.id!));
      const long = await t.ctx.services.records.ingestChunk(systemActor, penaltyChunk(dept, [
        penaltyRow(5, { ...SERIOUS, decisionNo: 'L-4Y', decisionDate: '2022-06-20' }),
        penaltyRow(6, { ...SERIOUS, decisionNo: 'L-2Y', decisionDate: '2024-06-20' }),
      ], { typeCode: 'test_long_penalty' }));
      ids.longFour = long[0]!.id!;
      ids.longTwo = long[1]!.id!;
      await t.ctx.services.records.withdraw(systemActor, { recordId: ids.withdrawn!, reason: '行政复议撤销', channel: 'cli' });
    });
    afterAll(async () => t.close());

    it('restricts a supplier with a serious penalty 2 years ago, naming the record', async () => {
      const r = await procurement(1);
      expect(r.verdict).toBe('restricted');
      expect(r.measures.map((m) => m.code)).toEqual(['procurement_bar_serious_penalty']);
      expect(r.measures[0]!.trigger).toEqual({
        kind: 'record', id: ids.twoYears, typeCode: 'admin_penalty', severity: 'serious', decisionNo: 'P-2Y', date: '2024-06-20', until: '2027-06-20',
      });
      expect(r.measures[0]!.legalBasis).toContain('第二十二条');
    });

    it('does not restrict for a serious penalty 4 years ago, whether or not it is still public', async () => {
      expect((await procurement(2)).verdict).toBe('clear');
      expect((await procurement(5)).verdict).toBe('clear');
      expect((await procurement(6)).verdict).toBe('restricted');
    });

    it('answers as the records stood on the day asked for: not before the decision, not after publicity ends', async () => {
      expect((await procurement(1, '2024-06-19')).verdict).toBe('clear');
      expect((await procurement(1, '2024-06-20')).verdict).toBe('restricted');
      expect((await procurement(2, '2024-06-20')).verdict).toBe('restricted');
    });

    it('never restricts on a general penalty, or on a withdrawn record', async () => {
      expect((await procurement(3)).verdict).toBe('clear');
      expect((await procurement(4)).verdict).toBe('clear');
      expect((await procurement(4, '2025-06-01')).verdict).toBe('clear');
    });

    it('gives a management measure, not a punishment, where the catalogue says so (public funds: caution)', async () => {
      const r = await t.ctx.services.checks.check(systemActor, { subject: code(1), scenario: 'public_funds' });
      expect([r.verdict, r.measures.map((m) => [m.code, m.kind])]).toEqual(['caution', [['funds_serious_penalty_review', 'management']]]);
    });
  });
}
