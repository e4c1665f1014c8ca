import { beforeEach, describe, expect, it } from 'vitest';
import { ratingModelDefinitionSchema, type RatingModelInput } from '../model-definition.js';
import { ratingRecord as rec, resetRecordIds } from '../testing.js';
import { compileModel } from './compile-model.js';
import { explanationJson } from './explanation.js';
import { rateSubject } from './rate-subject.js';

const GRADES = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: grade, meaning: grade, treatment: { inspectionRatioPercent: 5, inspectionFrequency: '每年1次' } }));

function model(overrides: Partial<Extract<RatingModelInput, { kind: 'computed' }>> = {}) {
  const input: RatingModelInput = {
    code: 'test_model', name: '测试模型', basis: ['测试'], disclosure: 'public', subjectTypes: ['enterprise'], grades: GRADES,
    kind: 'computed', baseScore: 100,
    indicators: [{ key: 'penalties', label: '处罚', filter: { categories: ['penalty'] }, measure: 'count', points: -10 }],
    bands: [{ grade: 'A', min: 90 }, { grade: 'B', min: 75 }, { grade: 'C', min: 60 }, { grade: 'D', min: null }],
    ...overrides,
  };
  return compileModel(ratingModelDefinitionSchema.parse(input), 3);
}

const DATE = '2026-06-15';

beforeEach(resetRecordIds);

describe('rateSubject (computed)', () => {
  it('starts from the base score and deducts per counted record, naming the records', () => {
    const r = rateSubject(model(), [rec('admin_penalty', { id: 'b' }), rec('admin_penalty', { id: 'a' })], DATE);
    expect(r).toMatchObject({ grade: 'B', score: 8000 });
    expect(r.explanation.factors).toEqual([
      { key: 'penalties', label: '处罚', measure: 'count', units: 2, value: null, points: -10, weight: 1, contribution: -20, uncapped: null, records: ['a', 'b'] },
    ]);
    expect(r.explanation).toMatchObject({ model: 'test_model', modelVersion: 3, base: 100, bonus: 0, deduction: 20, bandGrade: 'B', reviewOn: null });
  });

  it('puts band edges at inclusive lower bounds: 90 is A, 89.99 is B', () => {
    const m = model({ indicators: [{ key: 'fine', label: '罚款', filter: { typeCodes: ['admin_penalty'] }, measure: 'sum', field: 'fineAmount', per: 1_000_000, points: -1 }] });
    const fined = (fen: number) => rateSubject(m, [rec('admin_penalty', { fields: { fineAmount: fen } })], DATE);
    expect(fined(10_000_000)).toMatchObject({ grade: 'A', score: 9000 });
    expect(fined(10_010_000)).toMatchObject({ grade: 'B', score: 8999 });
    expect(fined(25_000_000)).toMatchObject({ grade: 'B', score: 7500 });
    expect(fined(25_004_999)).toMatchObject({ grade: 'B', score: 7500 });
    expect(fined(25_005_000)).toMatchObject({ grade: 'C', score: 7499 });
  });

  it('rounds half away from zero in hundredths, once per indicator', () => {
    const m = model({ indicators: [{ key: 'fine', label: '罚款', filter: { typeCodes: ['admin_penalty'] }, measure: 'sum', field: 'fineAmount', per: 1_000_000, points: -1 }] });
    expect(rateSubject(m, [rec('admin_penalty', { fields: { fineAmount: 5_000 } })], DATE).score).toBe(9999);
    expect(rateSubject(m, [rec('admin_penalty', { fields: { fineAmount: 4_999 } })], DATE).score).toBe(10000);
  });

  it('measures presence, mean and latest (numeric and by value), with weights', () => {
    const m = model({
      baseScore: 0,
      indicators: [
        { key: 'present', label: '有', filter: { typeCodes: ['commendation'] }, measure: 'presence', points: 7 },
        { key: 'mean', label: '均分', filter: { typeCodes: ['procurement_performance'] }, measure: 'mean', field: 'score', points: 1, weight: 0.5 },
        { key: 'tax', label: '纳税', filter: { typeCodes: ['tax_credit_rating'] }, measure: 'latest', field: 'grade', valuePoints: { A: 20, D: -50 } },
      ],
    });
    const r = rateSubject(m, [
      rec('commendation', { id: 'c1' }), rec('commendation', { id: 'c2' }),
      rec('procurement_performance', { id: 'p1', fields: { score: 90 } }), rec('procurement_performance', { id: 'p2', fields: { score: 85 } }),
      rec('procurement_performance', { id: 'p3', fields: {} }),
      rec('tax_credit_rating', { id: 't1', decisionDate: '2025-04-01', fields: { grade: 'D' } }), rec('tax_credit_rating', { id: 't2', decisionDate: '2026-04-01', fields: { grade: 'A' } }),
    ], DATE);
    expect(r.explanation.factors.map((f) => [f.key, f.units, f.value, f.contribution, f.records])).toEqual([
      ['present', 1, null, 7, ['c1', 'c2']],
      ['mean', 87.5, null, 43.75, ['p1', 'p2']],
      ['tax', 1, 'A', 20, ['t2']],
    ]);
    expect(r.score).toBe(7075);
  });

  it('caps an indicator, the total bonus and deduction, and clamps into the score range', () => {
    const m = model({
      indicators: [
        { key: 'penalties', label: '处罚', filter: { categories: ['penalty'] }, measure: 'count', points: -30, maxPoints: 50 },
        { key: 'honours', label: '表彰', filter: { categories: ['commendation'] }, measure: 'count', points: 15 },
      ],
      caps: { bonus: 20 },
      scoreRange: { min: 60, max: 100 },
    });
    const r = rateSubject(m, [rec('admin_penalty'), rec('admin_penalty'), rec('admin_penalty'), rec('commendation'), rec('commendation')], DATE);
    expect(r.explanation.factors[0]).toMatchObject({ contribution: -50, uncapped: -90 });
    expect(r.explanation.caps).toEqual([{ kind: 'bonus', limit: 20, before: 30 }]);
    expect(r.score).toBe(7000);
    const clamped = rateSubject(m, [rec('commendation'), rec('commendation')], DATE);
    expect(clamped.explanation.caps).toEqual([{ kind: 'bonus', limit: 20, before: 30 }, { kind: 'scoreMax', limit: 100, before: 120 }]);
    expect(clamped.score).toBe(10000);
  });

  it('applies a veto as "at most" and a direct grade as "exactly", the worst one winning', () => {
    const m = model({
      vetoes: [{ key: 'serious', label: '严重', when: { filter: { severities: ['serious'] } }, grade: 'C' }],
      directGrades: [
        { key: 'listed', label: '名单', when: { filter: { typeCodes: ['court_dishonest_debtor'] } }, grade: 'D' },
        { key: 'honour', label: '示范', when: { filter: { typeCodes: ['honest_merchant'] } }, grade: 'A' },
      ],
    });
    const vetoed = rateSubject(m, [rec('admin_penalty', { id: 's', severity: 'serious' })], DATE);
    expect(vetoed).toMatchObject({ grade: 'C', score: 9000 });
    expect(vetoed.explanation).toMatchObject({ bandGrade: 'A', vetoes: [{ key: 'serious', grade: 'C', records: ['s'] }], directGrade: null });
    const notWorse = rateSubject(m, [rec('admin_penalty', { severity: 'serious' }), ...Array.from({ length: 4 }, () => rec('admin_penalty'))], DATE);
    expect(notWorse.grade).toBe('D');
    const direct = rateSubject(m, [rec('honest_merchant', { id: 'h' }), rec('court_dishonest_debtor', { id: 'd', severity: 'serious' })], DATE);
    expect(direct.grade).toBe('D');
    expect(direct.explanation.directGrade).toEqual({ key: 'listed', label: '名单', grade: 'D', records: ['d'] });
    expect(rateSubject(m, [rec('honest_merchant'), rec('admin_penalty', { severity: 'serious' })], DATE).grade).toBe('A');
  });

  it('needs `atLeast` matching records for a condition', () => {
    const m = model({ directGrades: [{ key: 'two', label: '两次', when: { filter: { categories: ['penalty'] }, atLeast: 2 }, grade: 'D' }] });
    expect(rateSubject(m, [rec('admin_penalty')], DATE).grade).toBe('A');
    expect(rateSubject(m, [rec('admin_penalty'), rec('admin_penalty')], DATE).grade).toBe('D');
  });

  it('counts only records in their window: decision date + months ≥ rating date', () => {
    const m = model({ indicators: [{ key: 'year', label: '一年', filter: { categories: ['penalty'] }, windowMonths: 12, measure: 'count', points: -10 }] });
    expect(rateSubject(m, [rec('admin_penalty', { decisionDate: '2025-06-15' })], DATE).score).toBe(9000);
    expect(rateSubject(m, [rec('admin_penalty', { decisionDate: '2025-06-14' })], DATE).score).toBe(10000);
    // month ends: a window of one month on 03-31 starts 03-01 (02-28 + 1 month = 03-28)
    const month = model({ indicators: [{ key: 'mo', label: '一月', filter: { categories: ['penalty'] }, windowMonths: 1, measure: 'count', points: -10 }] });
    expect(rateSubject(month, [rec('admin_penalty', { decisionDate: '2026-02-28' })], '2026-03-31').score).toBe(10000);
    expect(rateSubject(month, [rec('admin_penalty', { decisionDate: '2026-03-01' })], '2026-03-31').score).toBe(9000);
    expect(rateSubject(month, [rec('admin_penalty', { decisionDate: '2026-01-31' })], '2026-02-28').score).toBe(9000);
  });

  it('leaves out records that do not count: withdrawn, decided later, out of publicity (end day inclusive)', () => {
    const m = model();
    const score = (r: Parameters<typeof rec>[1]) => rateSubject(m, [rec('admin_penalty', r)], DATE).score;
    expect(score({ status: 'withdrawn' })).toBe(10000);
    expect(score({ decisionDate: '2026-06-16' })).toBe(10000);
    expect(score({ publicityEnd: '2026-06-14' })).toBe(10000);
    expect(score({ publicityEnd: null })).toBe(10000);
    expect(score({ publicityEnd: '2026-06-15' })).toBe(9000);
  });

  it('gives the day the result may change by itself: the first counted record to leave its publicity or window', () => {
    const m = model({ indicators: [{ key: 'year', label: '一年', filter: { categories: ['penalty'] }, windowMonths: 12, measure: 'count', points: -10 }] });
    const r = rateSubject(m, [rec('admin_penalty', { decisionDate: '2026-01-10', publicityEnd: '2027-01-10' }), rec('admin_penalty', { decisionDate: '2026-03-01', publicityEnd: '2026-09-30' })], DATE);
    expect(r.explanation.reviewOn).toBe('2026-10-01');
    expect(rateSubject(m, [rec('admin_penalty', { decisionDate: '2025-08-31' })], DATE).explanation.reviewOn).toBe('2026-09-01');
  });

  it('rates nobody without `requires` met, unless a direct grade applies', () => {
    const m = model({
      requires: { filter: { typeCodes: ['procurement_performance'] } },
      directGrades: [{ key: 'listed', label: '名单', when: { filter: { typeCodes: ['supplier_blacklisting'] } }, grade: 'D' }],
    });
    const unrated = rateSubject(m, [rec('admin_penalty')], DATE);
    expect(unrated).toMatchObject({ grade: null, score: null });
    expect(unrated.explanation.requires).toEqual({ met: false, records: [] });
    expect(rateSubject(m, [rec('supplier_blacklisting')], DATE).grade).toBe('D');
    expect(rateSubject(m, [rec('procurement_performance', { id: 'p' })], DATE).explanation.requires).toEqual({ met: true, records: ['p'] });
  });

  it('gives the same explanation byte for byte whatever the order of the records', () => {
    const m = model({ vetoes: [{ key: 'serious', label: '严重', when: { filter: { severities: ['serious'] } }, grade: 'C' }] });
    const records = [rec('admin_penalty', { severity: 'serious' }), rec('admin_penalty'), rec('commendation'), rec('admin_penalty', { status: 'withdrawn' })];
    const a = explanationJson(rateSubject(m, records, DATE).explanation);
    const b = explanationJson(rateSubject(m, [...records].reverse(), DATE).explanation);
    expect(b).toBe(a);
    expect(a).toMatchInlineSnapshot(`"{"model":"test_model","modelVersion":3,"kind":"computed","ratedOn":"2026-06-15","grade":"C","score":80,"base":100,"bonus":0,"deduction":20,"factors":[{"key":"penalties","label":"处罚","measure":"count","units":2,"value":null,"points":-10,"weight":1,"contribution":-20,"uncapped":null,"records":["r001","r002"]}],"caps":[],"bandGrade":"B","vetoes":[{"key":"serious","label":"严重","grade":"C","records":["r001"]}],"directGrade":null,"requires":null,"reviewOn":null}"`);
  });
});

describe('rateSubject (ingested)', () => {
  const ingested = compileModel(ratingModelDefinitionSchema.parse({
    code: 'tax', name: '纳税', basis: ['测试'], disclosure: 'shared', subjectTypes: ['enterprise'], grades: GRADES,
    kind: 'ingested', source: { typeCode: 'tax_credit_rating', scoreField: 'score' },
  }), 1);

  it('takes the grade and score of the latest counting record of the source type', () => {
    const r = rateSubject(ingested, [
      rec('tax_credit_rating', { id: 'old', decisionDate: '2025-04-01', fields: { grade: 'A', score: 95 } }),
      rec('tax_credit_rating', { id: 'new', decisionDate: '2026-04-01', publicityEnd: '2027-04-01', fields: { grade: 'C', score: 55 } }),
    ], DATE);
    expect(r).toMatchObject({ grade: 'C', score: 5500 });
    expect(r.explanation.factors).toEqual([{ key: 'source', label: 'tax_credit_rating', measure: 'latest', units: 1, value: 'C', points: 0, weight: 1, contribution: 0, uncapped: null, records: ['new'] }]);
    expect(r.explanation.reviewOn).toBe('2027-04-02');
  });

  it('rates nobody without a counting source record, or with a grade the model lacks', () => {
    expect(rateSubject(ingested, [rec('tax_credit_rating', { publicityEnd: '2026-06-01', fields: { grade: 'A' } })], DATE).grade).toBeNull();
    expect(rateSubject(ingested, [rec('tax_credit_rating', { fields: { grade: 'M' } })], DATE).grade).toBeNull();
  });
});
