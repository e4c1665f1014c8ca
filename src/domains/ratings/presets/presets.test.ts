import { beforeEach, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/index.js';
import { checkModel, type CatalogFacts } from '../check-model.js';
import { ratePreset, ratingRecord as rec, resetRecordIds } from '../testing.js';
import { presetModels } from './index.js';

beforeEach(resetRecordIds);

const catalog: CatalogFacts = new Map(defaultCatalog().map((d) => [d.code, { domain: d.domain, fields: d.fields }]));
type Case = [name: string, records: () => Parameters<typeof ratePreset>[1], grade: string | null, score: number | null];

const run = (code: string, cases: Case[]) =>
  it.each(cases)('%s', (_name, records, grade, score) => {
    const r = ratePreset(code, records());
    expect([r.grade, r.score === null ? null : r.score / 100]).toEqual([grade, score]);
  });

describe('presets', () => {
  it('are valid models; only the rental-housing model warns (its record type is not in the default catalogue)', () => {
    for (const preset of presetModels()) {
      const check = checkModel(preset, catalog);
      expect(check.errors, preset.code).toEqual([]);
      const expected = preset.code === 'rental_housing_stars' ? ['RATING_TYPE_UNKNOWN'] : [];
      expect([...new Set(check.warnings.map((w) => w.code))], preset.code).toEqual(expected);
    }
  });
});

describe('public_composite (公共信用综合评价)', () => {
  run('public_composite', [
    ['no records: 1000, A', () => [], 'A', 1000],
    ['a commendation: 1020 (under A+)', () => [rec('commendation')], 'A', 1020],
    ['honest merchant, commendations and tax A: bonus capped at 100 → A+', () => [rec('honest_merchant'), rec('commendation'), rec('commendation'), rec('tax_credit_rating', { fields: { grade: 'A' } })], 'A+', 1100],
    ['edge: 1050 is A+', () => [rec('honest_merchant'), rec('env_credit_rating', { fields: { grade: 'green' } })], 'A+', 1050],
    ['edge: 1049.99 is A (a minor penalty out of its 3-month window, its 0.01万元 fine within the year)', () => [rec('honest_merchant'), rec('env_credit_rating', { fields: { grade: 'green' } }), rec('admin_penalty', { severity: 'minor', decisionDate: '2026-01-01', fields: { fineAmount: 10_000 } })], 'A', 1049.99],
    ['a general penalty with a 5万元 fine: 965, B', () => [rec('admin_penalty', { fields: { fineAmount: 5_000_000 } })], 'B', 965],
    ['a general penalty 13 months ago no longer counts', () => [rec('admin_penalty', { decisionDate: '2025-05-14' })], 'A', 1000],
    ['a serious penalty within a year: 970 with bonuses (band B), vetoed to C', () => [rec('admin_penalty', { severity: 'serious' }), rec('honest_merchant'), rec('commendation'), rec('commendation')], 'C', 970],
    ['a serious penalty two years ago: 900, band C', () => [rec('admin_penalty', { severity: 'serious', decisionDate: '2024-06-01' })], 'C', 900],
    ['serious food safety violation (sector black list): vetoed to C-', () => [rec('food_drug_violation', { severity: 'serious', decisionDate: '2024-06-01' }), rec('commendation')], 'C-', 920],
    ['judgment defaulter: direct D whatever the score', () => [rec('court_dishonest_debtor', { severity: 'serious' }), rec('honest_merchant')], 'D', 1030],
    ['two black lists: direct D-', () => [rec('court_dishonest_debtor', { severity: 'serious' }), rec('major_tax_violation', { severity: 'serious' })], 'D-', 1000],
    ['an expired black-list record counts no more', () => [rec('court_dishonest_debtor', { severity: 'serious', publicityEnd: '2026-06-14' })], 'A', 1000],
    ['many general penalties: deductions capped per indicator, C-', () => Array.from({ length: 12 }, () => rec('admin_penalty')), 'C-', 700],
    ['tax D and env black: 800, C-', () => [rec('tax_credit_rating', { fields: { grade: 'D' } }), rec('env_credit_rating', { fields: { grade: 'black' } })], 'C-', 800],
    ['heavy record: D by score', () => [...Array.from({ length: 4 }, () => rec('admin_penalty', { severity: 'serious', decisionDate: '2024-01-01' })), ...Array.from({ length: 10 }, () => rec('admin_penalty'))], 'D', 300],
  ]);
});

describe('market_risk (企业信用风险分类)', () => {
  const annualReport = () => rec('annual_report', { decisionDate: '2026-04-30' });
  run('market_risk', [
    ['no records: 95, A', () => [], 'A', 95],
    ['annual report published: 100', () => [annualReport()], 'A', 100],
    ['edge: a general penalty, no fine: 90 is A', () => [annualReport(), rec('admin_penalty')], 'A', 90],
    ['edge: a general penalty with a 0.01万元 fine: 89.99 is B', () => [annualReport(), rec('admin_penalty', { fields: { fineAmount: 10_000 } })], 'B', 89.99],
    ['abnormal operation list: 65, C', () => [rec('abnormal_operation')], 'C', 65],
    ['a serious product quality violation two years ago: 65 → C, also vetoed', () => [rec('product_quality_violation', { severity: 'serious', decisionDate: '2024-07-01' })], 'C', 65],
    ['major tax violation: direct D', () => [annualReport(), rec('major_tax_violation', { severity: 'serious' })], 'D', 100],
    ['other departments\' negative records weigh less: wage arrears −5', () => [rec('wage_arrears')], 'A', 90],
    ['three general market violations and the abnormal list: D', () => [rec('admin_penalty'), rec('price_violation'), rec('admin_penalty'), rec('abnormal_operation')], 'D', 35],
  ]);
});

describe('tax_credit (纳税信用, ingested)', () => {
  run('tax_credit', [
    ['no tax rating: not rated', () => [], null, null],
    ['the latest year counts: M', () => [rec('tax_credit_rating', { decisionDate: '2025-04-20', fields: { grade: 'A', score: 92 } }), rec('tax_credit_rating', { decisionDate: '2026-04-20', fields: { grade: 'M' } })], 'M', null],
    ['grade with its score', () => [rec('tax_credit_rating', { fields: { grade: 'D', score: 35 } })], 'D', 35],
    ['a rating past its publicity year counts no more', () => [rec('tax_credit_rating', { decisionDate: '2025-04-20', publicityEnd: '2026-04-20', fields: { grade: 'A' } })], null, null],
  ]);
});

describe('env_credit (环境信用, ingested)', () => {
  run('env_credit', [
    ['green', () => [rec('env_credit_rating', { fields: { grade: 'green' } })], 'green', null],
    ['a withdrawn black rating leaves the earlier red one', () => [
      rec('env_credit_rating', { decisionDate: '2026-01-10', fields: { grade: 'red' } }),
      rec('env_credit_rating', { decisionDate: '2026-05-10', status: 'withdrawn', fields: { grade: 'black' } }),
    ], 'red', null],
  ]);
});

describe('procurement_supplier (政府采购供应商履约评价)', () => {
  const evaluation = (score: number, decisionDate = '2026-02-01') => rec('procurement_performance', { decisionDate, fields: { score } });
  run('procurement_supplier', [
    ['no evaluations: not rated', () => [], null, null],
    ['mean of 92 and 88: 90, A', () => [evaluation(92), evaluation(88)], 'A', 90],
    ['edge: mean 89.99 is B', () => [...Array.from({ length: 99 }, () => evaluation(90)), evaluation(89)], 'B', 89.99],
    ['an evaluation older than 3 years is left out', () => [evaluation(95), evaluation(40, '2023-06-14')], 'A', 95],
    ['a bidding violation: −10', () => [evaluation(95), rec('bidding_violation')], 'B', 85],
    ['a serious bidding violation: at most C', () => [evaluation(100), rec('bidding_violation', { severity: 'serious' })], 'C', 90],
    ['procurement black list without evaluations: D', () => [rec('procurement_serious_violation', { severity: 'serious' })], 'D', 0],
    ['poor performance: D', () => [evaluation(55)], 'D', 55],
  ]);
});

describe('construction_credit (建筑市场信用)', () => {
  const good = () => rec('construction_conduct', { polarity: 'positive', severity: null });
  const bad = (severity: string, decisionDate = '2026-03-01') => rec('construction_conduct', { polarity: 'negative', severity, decisionDate });
  run('construction_credit', [
    ['no construction records: not rated', () => [rec('admin_penalty')], null, null],
    ['good conduct: 106, A', () => [good(), good()], 'A', 106],
    ['a minor bad conduct: 95, B', () => [bad('minor')], 'B', 95],
    ['a minor bad conduct 7 months ago no longer counts', () => [good(), bad('minor', '2025-11-14')], 'A', 103],
    ['a considerable bad conduct: 85, B', () => [bad('general')], 'B', 85],
    ['a serious bad conduct: 60 → D band', () => [bad('serious')], 'D', 60],
    ['a serious bad conduct with good records: 75, C', () => [bad('serious', '2024-01-01'), ...Array.from({ length: 5 }, good)], 'C', 75],
    ['judgment defaulter: D', () => [good(), rec('court_dishonest_debtor', { severity: 'serious' })], 'D', 103],
  ]);
});

describe('rental_housing_stars (宜居出租屋)', () => {
  const inspection = (safetyScore: number, decisionDate = '2026-03-01') => rec('rental_housing_inspection', { category: 'other', polarity: 'neutral', severity: null, decisionDate, fields: { safetyScore } });
  run('rental_housing_stars', [
    ['no inspection: not rated', () => [], null, null],
    ['latest inspection 95: five stars', () => [inspection(60, '2025-12-01'), inspection(95)], '5', 95],
    ['edge: 90 is five stars', () => [inspection(90)], '5', 90],
    ['edge: 89 is four stars', () => [inspection(89)], '4', 89],
    ['a work safety violation: −20', () => [inspection(92), rec('work_safety_violation')], '3', 72],
    ['a serious work safety violation: at most two stars', () => [inspection(100), rec('work_safety_violation', { severity: 'serious', decisionDate: '2025-01-01' })], '2', 80],
    ['a poor inspection: one star', () => [inspection(40)], '1', 40],
  ]);
});
