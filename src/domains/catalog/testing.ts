// Rows that pass every check of the default 双公示 and court formats, for this
// domain's tests and for the records and imports domains' tests. Codes are
// check-valid (GB 32100-2015, GB 11643-1999); callers override what they test.
import { orgCodeCheckChar, residentIdCheckChar, usccCheckChar } from '../identifiers/index.js';

/** A check-valid USCC in Nanshan (440305) with the given prefix (91 enterprise, 92 individual business, 11 government …). */
export function sampleUscc(n: number, prefix = '91'): string {
  const body = String(n).padStart(8, '0').slice(-8);
  const first17 = `${prefix}440305${body}${orgCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}

/** A check-valid resident ID number born on `birth` (YYYYMMDD). */
export function sampleResidentId(birth = '19800101', seq = 123): string {
  const first17 = `440305${birth}${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** The penalising/licensing authority and source department of the samples: 区市场监督管理局. */
export const SAMPLE_AUTHORITY = { name: '深圳市市场监督管理局南山监管局', code: sampleUscc(7, '11') };

/** A 行政处罚 row against an enterprise: a fine of 5,000 元 (0.5 万元) and a warning. */
export function samplePenaltyRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subjectName: '深圳市示例科技有限公司',
    subjectCategory: '法人及非法人组织',
    subjectCode: sampleUscc(1),
    legalRep: '张三',
    decisionNo: '深市监南罚〔2026〕12号',
    violationType: '未按规定公示信息',
    violationFacts: '当事人未按规定公示年度报告。',
    legalGrounds: '《企业信息公示暂行条例》第十八条',
    penaltyKinds: '警告、罚款',
    content: '警告，并处罚款人民币5000元。',
    fineAmount: '0.5',
    decisionDate: '2026-05-20',
    authority: SAMPLE_AUTHORITY.name,
    authorityCode: SAMPLE_AUTHORITY.code,
    sourceDept: SAMPLE_AUTHORITY.name,
    sourceDeptCode: SAMPLE_AUTHORITY.code,
    ...overrides,
  };
}

/** A 行政许可 row: a food business licence valid five years. */
export function sampleLicenceRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subjectName: '深圳市示例餐饮管理有限公司',
    subjectCategory: '法人及非法人组织',
    subjectCode: sampleUscc(2),
    legalRep: '李四',
    documentName: '食品经营许可决定书',
    decisionNo: '深市监南许〔2026〕88号',
    licenceCategory: '普通',
    certificateName: '食品经营许可证',
    licenceNo: 'JY14403050000001', // 食品经营许可证编号
    content: '预包装食品销售，热食类食品制售',
    decisionDate: '2026/03/01',
    validFrom: '20260301',
    validTo: '2031-02-28',
    authority: SAMPLE_AUTHORITY.name,
    authorityCode: SAMPLE_AUTHORITY.code,
    status: '有效',
    sourceDept: SAMPLE_AUTHORITY.name,
    sourceDeptCode: SAMPLE_AUTHORITY.code,
    ...overrides,
  };
}

/** A 失信被执行人 row about a person, as a court publishes it. */
export function sampleCourtRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subjectName: '王五',
    subjectCode: sampleResidentId('19750315', 41),
    court: '深圳市南山区人民法院',
    caseNo: '（2025）粤0305执1234号',
    basisDocNo: '（2024）粤0305民初5678号',
    basisIssuer: '深圳市南山区人民法院',
    obligation: '支付货款人民币十万元及利息',
    performance: '全部未履行',
    conduct: '有履行能力而拒不履行生效法律文书确定义务',
    filedOn: '2025-03-02',
    publishedOn: '2025-06-10',
    ...overrides,
  };
}
