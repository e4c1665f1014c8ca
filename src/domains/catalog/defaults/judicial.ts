import { DOC_NO, endAfterDecision, field, LONG_TEXT, NAME, REQUIRED, sourceAndRemarks, type TypeInput } from './field-kit.js';

const COURT_SUBJECTS: TypeInput['subjectTypes'] = ['enterprise', 'individual_business', 'institution', 'social_org', 'government', 'person'];

/** The debtor block of the court formats: one column holds a USCC or a resident ID number. */
const debtor = (nameLabel: string) => [
  field('subjectName', nameLabel, 'Name of the judgment debtor', 'text', { ...REQUIRED, maxLength: NAME, aliases: ['被执行人姓名/名称', '被执行人名称', '被执行人姓名'] }),
  field('subjectCode', '证件号码/统一社会信用代码', 'USCC or resident ID number', 'subject_code', {
    ...REQUIRED, maxLength: 40, aliases: ['身份证号码/组织机构代码', '证件号码', '统一社会信用代码'],
  }),
  field('legalRep', '法定代表人或负责人', 'Legal representative or person in charge', 'text', { maxLength: 100, aliases: ['法定代表人或者负责人姓名', '法定代表人'] }),
  field('court', '执行法院', 'Enforcing court', 'text', { ...REQUIRED, maxLength: NAME }),
  field('caseNo', '案号', 'Case number', 'text', { ...REQUIRED, maxLength: DOC_NO, aliases: ['执行案号'] }),
];

const courtRoles = (extra: Partial<TypeInput['roles']>): TypeInput['roles'] => ({
  subjectName: 'subjectName', subjectCode: 'subjectCode', legalRep: 'legalRep', docNo: 'caseNo', decisionDate: 'publishedOn',
  sourceDeptName: 'sourceDept', sourceDeptCode: 'sourceDeptCode', ...extra,
});

/**
 * 失信被执行人 as courts publish it (SPEC §3.1): 案号 is the natural key, 发布时间
 * the listing date. In effect until the court removes it (a withdrawal) or until the
 * end date the court gives; without one, 2 years from 发布时间 (法释〔2017〕7号 第二条),
 * at most 5 with the extension of 1-3 years the same article allows.
 */
export const courtDishonestDebtor: TypeInput = {
  code: 'court_dishonest_debtor',
  name: '失信被执行人',
  nameEn: 'Dishonest judgment debtor',
  domain: 'judicial',
  sector: '法院执行',
  category: 'judicial',
  polarity: 'negative',
  fields: [
    ...debtor('被执行人姓名/名称'),
    field('basisDocNo', '执行依据文号', 'Number of the enforced instrument', 'text', { maxLength: DOC_NO }),
    field('basisIssuer', '做出执行依据单位', 'Body that issued the enforced instrument', 'text', { maxLength: NAME }),
    field('obligation', '生效法律文书确定的义务', 'Obligation set by the effective instrument', 'text', { maxLength: LONG_TEXT }),
    field('performance', '被执行人的履行情况', 'Performance by the debtor', 'text', { maxLength: 1000 }),
    field('conduct', '失信被执行人行为具体情形', 'Specific dishonest conduct', 'text', { ...REQUIRED, maxLength: LONG_TEXT }),
    field('filedOn', '立案时间', 'Case filed on', 'date'),
    field('publishedOn', '发布时间', 'Listed on', 'date', { ...REQUIRED, aliases: ['发布日期'] }),
    field('endDate', '失信期限届满日期', 'Listing ends on (when the court sets it)', 'date', { allowFuture: true, aliases: ['截止日期'] }),
    ...sourceAndRemarks(),
  ],
  roles: courtRoles({ validUntil: 'endDate', publicityEnd: 'endDate' }),
  rules: [endAfterDecision('publishedOn', 'filedOn'), endAfterDecision('endDate', 'publishedOn')],
  disclosure: 'public',
  severity: { kind: 'fixed', tier: 'serious' },
  publicity: { fixedMonths: 24, maxMonths: { serious: 60 }, publishMinor: true },
  legalBasis: [
    '《最高人民法院关于公布失信被执行人名单信息的若干规定》（法释〔2017〕7号）第一条（纳入情形）、第二条（纳入期限二年，可延长一至三年）',
    '《中华人民共和国民事诉讼法》（在征信系统记录、通过媒体公布不履行义务信息）',
    '国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见（国办发〔2020〕49号）',
  ],
  source: '人民法院',
  subjectTypes: COURT_SUBJECTS,
};

/**
 * 限制消费令 (法释〔2015〕17号). Lifted by the court (a withdrawal or 解除日期);
 * publicity is capped at 3 years, after which no punishment may rest on it (SPEC §3.2).
 */
export const consumptionRestriction: TypeInput = {
  code: 'consumption_restriction',
  name: '限制消费',
  nameEn: 'Consumption restriction order',
  domain: 'judicial',
  sector: '法院执行',
  category: 'judicial',
  polarity: 'negative',
  fields: [
    ...debtor('被限制消费人姓名/名称'),
    field('restrictedPersons', '限制消费的法定代表人、主要负责人或直接责任人员', 'Persons restricted with the unit', 'text', { maxLength: 500 }),
    field('basisDocNo', '执行依据文号', 'Number of the enforced instrument', 'text', { maxLength: DOC_NO }),
    field('restrictions', '限制消费内容', 'What is restricted', 'text', { maxLength: LONG_TEXT }),
    field('publishedOn', '限制消费令发布日期', 'Order issued on', 'date', { ...REQUIRED, aliases: ['发布时间', '发布日期'] }),
    field('liftedOn', '解除日期', 'Lifted on', 'date', { aliases: ['解除限制消费日期'] }),
    ...sourceAndRemarks(),
  ],
  roles: courtRoles({ validUntil: 'liftedOn', publicityEnd: 'liftedOn' }),
  rules: [endAfterDecision('liftedOn', 'publishedOn')],
  disclosure: 'public',
  severity: { kind: 'fixed', tier: 'general' },
  publicity: { maxMonths: { general: 36 }, publishMinor: true },
  legalBasis: [
    '《最高人民法院关于限制被执行人高消费及有关消费的若干规定》（法释〔2015〕17号）',
    '《中华人民共和国民事诉讼法》（对不履行义务的被执行人采取限制措施）',
  ],
  source: '人民法院',
  subjectTypes: COURT_SUBJECTS,
};
