import { endAfterDecision, field, LONG_TEXT, NAME, REQUIRED, type TypeInput } from './field-kit.js';
import { ratingType, violationType } from './type-kits.js';

/** 重大税收违法失信主体: serious; published 3 years, stopped early when the subject pays (第十二条、第十四条 of the 办法). */
export const majorTaxViolation: TypeInput = violationType({
  code: 'major_tax_violation',
  name: '重大税收违法失信主体',
  nameEn: 'Major tax violation (dishonest taxpayer)',
  domain: 'commerce',
  sector: '税务',
  category: 'list',
  codeType: 'subject_code',
  factsLabel: '主要违法事实',
  fields: [
    field('registeredAddress', '注册地址', 'Registered address', 'text', { maxLength: 300 }),
    field('financeOfficer', '负有直接责任的财务负责人', 'Finance officer directly responsible', 'text', { maxLength: 100 }),
    field('agency', '负有直接责任的中介机构', 'Intermediary directly responsible', 'text', { maxLength: NAME }),
    field('taxHandling', '税务处理、税务行政处罚情况', 'Tax assessment and penalties', 'text', { maxLength: LONG_TEXT }),
    field('endDate', '停止公布日期', 'Publication stopped on', 'date', { allowFuture: true }),
  ],
  roles: { publicityEnd: 'endDate', validUntil: 'endDate' },
  rules: [endAfterDecision('endDate')],
  severity: { kind: 'fixed', tier: 'serious' },
  publicity: { fixedMonths: 36, publishMinor: true },
  legalBasis: [
    '《重大税收违法失信主体信息公布管理办法》（国家税务总局令第54号）',
    '《中华人民共和国税收征收管理法》',
    '国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见（国办发〔2020〕49号）',
  ],
  source: '税务机关',
  subjectTypes: ['enterprise', 'individual_business', 'institution', 'social_org', 'person'],
});

/** 纳税信用等级 A/B/M/C/D, ingested yearly as the tax authority rates (not recomputed, SPEC §7). */
export const taxCreditRating: TypeInput = ratingType({
  code: 'tax_credit_rating',
  name: '纳税信用等级',
  nameEn: 'Tax credit rating',
  domain: 'commerce',
  sector: '税务',
  gradeLabel: '纳税信用级别',
  grades: ['A', 'B', 'M', 'C', 'D'],
  gradeAliases: { A级: 'A', B级: 'B', M级: 'M', C级: 'C', D级: 'D' },
  fields: [field('score', '评价得分', 'Score', 'score', { min: 0, max: 100 })],
  // A-level taxpayers are published as a red list (lists domain); the grades themselves are shared.
  disclosure: 'shared',
  legalBasis: [
    '《纳税信用管理办法（试行）》（国家税务总局公告2014年第40号）',
    '《国家税务总局关于纳税信用评价有关事项的公告》（国家税务总局公告2018年第8号，增设M级）',
  ],
  source: '税务机关',
  subjectTypes: ['enterprise', 'individual_business', 'institution', 'social_org'],
});

/** 欠税公告: published each period until the arrears are paid (amounts as announced, in 元). */
export const taxArrearsNotice: TypeInput = {
  code: 'tax_arrears_notice',
  name: '欠税公告',
  nameEn: 'Tax arrears notice',
  domain: 'commerce',
  sector: '税务',
  category: 'penalty',
  polarity: 'negative',
  fields: [
    field('subjectName', '纳税人名称', 'Taxpayer', 'text', { ...REQUIRED, maxLength: NAME, aliases: ['主体名称'] }),
    field('subjectCode', '纳税人识别号', 'Taxpayer identification number (USCC)', 'uscc', { ...REQUIRED, aliases: ['统一社会信用代码'] }),
    field('legalRep', '法定代表人（负责人）', 'Legal representative', 'text', { maxLength: 100, aliases: ['法定代表人'] }),
    field('businessAddress', '经营地点', 'Place of business', 'text', { maxLength: 300 }),
    field('noticeNo', '公告编号', 'Notice number', 'text', { ...REQUIRED, maxLength: 128, aliases: ['公告文号'] }),
    field('taxKinds', '欠税税种', 'Taxes in arrears', 'text', { ...REQUIRED, maxLength: 500 }),
    field('arrears', '欠税余额（元）', 'Arrears (yuan)', 'amount_yuan', { ...REQUIRED, aliases: ['欠税余额'] }),
    field('newArrears', '当期新发生欠税金额（元）', 'New arrears this period (yuan)', 'amount_yuan', { aliases: ['当期新发生欠税金额'] }),
    field('noticeDate', '公告日期', 'Published on', 'date', { ...REQUIRED }),
    field('settledOn', '清缴日期', 'Paid on', 'date'),
    field('authority', '公告机关', 'Tax authority', 'text', { maxLength: NAME }),
    field('sourceDept', '数据来源单位', 'Source department', 'text', { maxLength: NAME }),
    field('sourceDeptCode', '数据来源单位统一社会信用代码', 'USCC of the source department', 'uscc'),
    field('remarks', '备注', 'Remarks', 'text', { maxLength: 1000 }),
  ],
  roles: { subjectName: 'subjectName', subjectCode: 'subjectCode', legalRep: 'legalRep', docNo: 'noticeNo', decisionDate: 'noticeDate',
    publicityEnd: 'settledOn', validUntil: 'settledOn', sourceDeptName: 'sourceDept', sourceDeptCode: 'sourceDeptCode' },
  rules: [endAfterDecision('settledOn', 'noticeDate')],
  disclosure: 'public',
  severity: { kind: 'fixed', tier: 'general' },
  publicity: { publishMinor: true },
  legalBasis: ['《中华人民共和国税收征收管理法》第四十五条（税务机关应当对纳税人欠缴税款的情况定期予以公告）', '《欠税公告办法（试行）》（国家税务总局令第9号）'],
  source: '税务机关',
  subjectTypes: ['enterprise', 'individual_business', 'institution', 'social_org'],
};
