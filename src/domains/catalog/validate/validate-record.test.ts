import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../defaults/index.js';
import { sampleCourtRow, sampleLicenceRow, samplePenaltyRow, sampleResidentId, sampleUscc } from '../testing.js';
import { validateRecord } from '../validate-record.js';

const TODAY = '2026-06-15';
const type = (code: string) => ({ definition: defaultCatalog().find((d) => d.code === code)!, version: 1 });
const penalty = (row: Record<string, unknown>) => validateRecord(type('admin_penalty'), row, { today: TODAY });
const errorsOf = (result: ReturnType<typeof penalty>) => (result.ok ? [] : result.errors.map((e) => [e.field, e.code]));

const validUscc = sampleUscc(1);
const badCheckChar = validUscc.slice(0, 17) + (validUscc[17] === '0' ? '1' : '0');

describe('validateRecord: one failing row per rule (SPEC §3.1)', () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    ['bad USCC check character', { subjectCode: badCheckChar }, 'subjectCode', 'USCC_CHECK_CHAR'],
    ['missing decision number', { decisionNo: '' }, 'decisionNo', 'FIELD_REQUIRED'],
    ['missing required field (absent)', { violationFacts: undefined }, 'violationFacts', 'FIELD_REQUIRED'],
    ['future decision date', { decisionDate: '2026-06-16' }, 'decisionDate', 'DATE_IN_FUTURE'],
    ['date before 1949-10-01', { decisionDate: '1949-09-30' }, 'decisionDate', 'DATE_TOO_EARLY'],
    ['unreadable date', { decisionDate: '2026-02-30' }, 'decisionDate', 'DATE_INVALID'],
    ['decision after validity end', { validUntil: '2026-05-19' }, 'decisionDate', 'DATE_ORDER'],
    ['negative amount', { fineAmount: '-0.5' }, 'fineAmount', 'AMOUNT_NEGATIVE'],
    ['amount in exponent notation', { fineAmount: '1e3' }, 'fineAmount', 'AMOUNT_INVALID'],
    ['amount below one fen', { fineAmount: '0.0000001' }, 'fineAmount', 'AMOUNT_TOO_PRECISE'],
    ['罚款 without 罚款金额', { fineAmount: undefined }, 'fineAmount', 'FINE_AMOUNT_REQUIRED'],
    ['unknown 处罚类别', { penaltyKinds: '警告;没收房产' }, 'penaltyKinds', 'ENUM_INVALID'],
    ['person row without ID number', { subjectCategory: '自然人', subjectCode: undefined }, 'idNumber', 'ID_NUMBER_REQUIRED'],
    ['person row with a bad ID number', { subjectCategory: '自然人', subjectCode: undefined, idNumber: '440305198001011230' }, 'idNumber', 'ID_CHECK_CHAR'],
    ['wrong 行政相对人类别', { subjectCategory: '企业' }, 'subjectCategory', 'ENUM_INVALID'],
    ['法人 without 法定代表人', { legalRep: '  ' }, 'legalRep', 'LEGAL_REP_REQUIRED'],
    ['organisation without USCC', { subjectCode: undefined }, 'subjectCode', 'CODE_REQUIRED'],
    ['text too long', { violationType: '违'.repeat(501) }, 'violationType', 'TEXT_TOO_LONG'],
    ['unknown field in an API object', { penaltyAmount: '1' }, 'penaltyAmount', 'UNKNOWN_FIELD'],
    ['object where a value belongs', { content: { text: 'x' } }, 'content', 'INVALID_TYPE'],
    ['bad yes/no', { simpleProcedure: '也许' }, 'simpleProcedure', 'BOOLEAN_INVALID'],
    ['bad organisation code', { orgCode: '12345678-0' }, 'orgCode', 'ORG_CODE_CHECK'],
    ['bad 地方编码', { regionCode: '4403' }, 'regionCode', 'PATTERN_MISMATCH'],
  ])('%s', (_title, overrides, field, code) => {
    const result = penalty(samplePenaltyRow(overrides));
    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toContainEqual([field, code]);
  });

  it('reports every failure of a row, not only the first', () => {
    const result = penalty(samplePenaltyRow({ decisionNo: '', fineAmount: '-1', subjectCategory: '企业' }));
    expect(errorsOf(result)).toEqual(expect.arrayContaining([['decisionNo', 'FIELD_REQUIRED'], ['fineAmount', 'AMOUNT_NEGATIVE'], ['subjectCategory', 'ENUM_INVALID']]));
  });

  it('refuses a subject the type does not apply to', () => {
    const result = validateRecord(type('social_org_assessment'), {
      subjectName: '深圳市示例科技有限公司', subjectCode: sampleUscc(3), period: '2025', grade: '5A', ratedOn: '2026-01-10',
    }, { today: TODAY });
    expect(errorsOf(result)).toEqual([['subjectCode', 'SUBJECT_TYPE_NOT_APPLICABLE']]);
  });
});

describe('validateRecord: good rows', () => {
  it('stores a penalty with exact amounts, split kinds and the SPEC §3.2 tier', () => {
    const result = penalty(samplePenaltyRow({ penaltyKinds: '警告，罚款；没收违法所得', confiscatedAmount: 12.5 }));
    expect(result.ok && result.record).toMatchObject({
      typeCode: 'admin_penalty', typeVersion: 1, docNo: '深市监南罚〔2026〕12号', decisionDate: '2026-05-20', severity: 'general',
      disclosure: 'public', publicityEnd: '2027-05-20',
      subject: { name: '深圳市示例科技有限公司', type: 'enterprise', code: sampleUscc(1), idNumber: null, legalRep: '张三' },
      fields: { penaltyKinds: ['警告', '罚款', '没收违法所得'], fineAmount: 500_000, confiscatedAmount: 12_500_000 },
    });
  });

  it('tiers a fine of 100 万元 as serious (3 years) and a warning alone as minor (3 months)', () => {
    const serious = penalty(samplePenaltyRow({ penaltyKinds: '罚款', fineAmount: '100' }));
    expect(serious.ok && [serious.record.severity, serious.record.publicityEnd]).toEqual(['serious', '2029-05-20']);
    const minor = penalty(samplePenaltyRow({ penaltyKinds: '警告', fineAmount: undefined }));
    expect(minor.ok && [minor.record.severity, minor.record.publicityEnd]).toEqual(['minor', '2026-08-20']);
  });

  it('takes a person from 自然人 with the full ID number for the subject and a masked one in the fields', () => {
    const id = sampleResidentId('19850607', 12);
    const result = penalty(samplePenaltyRow({ subjectCategory: '自然人', subjectName: '赵六', subjectCode: undefined, legalRep: undefined, idNumber: id.toLowerCase() }));
    expect(result.ok && result.record.subject).toEqual({ name: '赵六', type: 'person', code: null, idNumber: id, legalRep: null });
    expect(result.ok && result.record.fields.idNumber).toBe(`${id.slice(0, 4)}**********${id.slice(-4)}`);
    expect(JSON.stringify(result.ok && result.record.fields)).not.toContain(id);
  });

  it('takes 个体工商户 as individual_business and a 法人 USCC by its prefix', () => {
    const ib = penalty(samplePenaltyRow({ subjectCategory: '个体工商户', subjectCode: sampleUscc(4, '92'), legalRep: undefined }));
    expect(ib.ok && ib.record.subject.type).toBe('individual_business');
    const gov = penalty(samplePenaltyRow({ subjectCode: sampleUscc(5, '12') }));
    expect(gov.ok && gov.record.subject.type).toBe('institution');
  });

  it('accepts a licence with dates in all three formats, 2099-12-31 as indefinite', () => {
    const result = validateRecord(type('admin_license'), sampleLicenceRow({ validTo: '2099/12/31' }), { today: TODAY });
    expect(result.ok && result.record).toMatchObject({ decisionDate: '2026-03-01', validUntil: '2099-12-31', publicityEnd: '2099-12-31', severity: null });
    expect(result.ok && result.record.fields.validFrom).toBe('2026-03-01');
  });

  it('accepts a court listing: 案号 as the key, 发布时间 as the date, 2 years by default', () => {
    const result = validateRecord(type('court_dishonest_debtor'), sampleCourtRow(), { today: TODAY });
    expect(result.ok && result.record).toMatchObject({
      docNo: '（2025）粤0305执1234号', decisionDate: '2025-06-10', severity: 'serious', publicityEnd: '2027-06-10', subject: { type: 'person' },
    });
    const ended = validateRecord(type('court_dishonest_debtor'), sampleCourtRow({ endDate: '2026-01-31' }), { today: TODAY });
    expect(ended.ok && ended.record.publicityEnd).toBe('2026-01-31');
    const company = validateRecord(type('court_dishonest_debtor'), sampleCourtRow({ subjectName: '深圳市示例科技有限公司', subjectCode: sampleUscc(1) }), { today: TODAY });
    expect(company.ok && company.record.subject).toMatchObject({ type: 'enterprise', code: sampleUscc(1), idNumber: null });
  });

  it('accepts JSON values as well as text: numbers, booleans, lists, Date objects', () => {
    const result = penalty(samplePenaltyRow({
      penaltyKinds: ['警告', '罚款'], fineAmount: 0.5, simpleProcedure: false, decisionDate: new Date(Date.UTC(2026, 4, 20)),
    }));
    expect(result.ok && result.record.fields).toMatchObject({ penaltyKinds: ['警告', '罚款'], fineAmount: 500_000, simpleProcedure: false, decisionDate: '2026-05-20' });
  });

  it('keys ratings by subject code and period', () => {
    const result = validateRecord(type('tax_credit_rating'), {
      subjectName: '深圳市示例科技有限公司', subjectCode: sampleUscc(1), period: '2025', grade: 'A级', ratedOn: '2026-04-20',
    }, { today: TODAY });
    expect(result.ok && result.record).toMatchObject({ docNo: sampleUscc(1), period: '2025', fields: { grade: 'A' }, publicityEnd: '2027-04-20' });
  });

  it('treats construction good conduct as positive (3 years) and graded bad conduct by its grade', () => {
    const base = { subjectName: '深圳市示例建设有限公司', subjectCode: sampleUscc(6), decisionNo: '深南建〔2026〕3号', decisionDate: '2026-01-15', description: '工程质量评优' };
    const good = validateRecord(type('construction_conduct'), { ...base, conductKind: '良好行为' }, { today: TODAY });
    expect(good.ok && [good.record.severity, good.record.publicityEnd]).toEqual([null, '2029-01-15']);
    const bad = validateRecord(type('construction_conduct'), { ...base, conductKind: '不良行为', conductLevel: '一般' }, { today: TODAY });
    expect(bad.ok && [bad.record.severity, bad.record.publicityEnd]).toEqual(['minor', '2026-07-15']);
    const ungraded = validateRecord(type('construction_conduct'), { ...base, conductKind: '不良行为' }, { today: TODAY });
    expect(errorsOf(ungraded)).toEqual([['conductLevel', 'FIELD_REQUIRED']]);
  });
});
