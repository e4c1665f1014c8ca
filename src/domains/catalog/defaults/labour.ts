import { endAfterDecision, field, type TypeInput } from './field-kit.js';
import { ratingType, violationType } from './type-kits.js';

const EMPLOYERS: TypeInput['subjectTypes'] = ['enterprise', 'individual_business', 'institution', 'social_org', 'person'];

/** 拖欠工资/恶意欠薪; 严重 = 列入拖欠农民工工资失信联合惩戒对象名单 (3 years, 人社部令第45号). */
export const wageArrears: TypeInput = violationType({
  code: 'wage_arrears',
  name: '拖欠工资/恶意欠薪',
  nameEn: 'Wage arrears (malicious non-payment of wages)',
  domain: 'society',
  sector: '劳动保障',
  codeType: 'subject_code',
  fields: [
    field('workersAffected', '涉及劳动者人数', 'Workers affected', 'integer', { min: 0 }),
    field('amountOwed', '拖欠工资金额（万元）', 'Wages owed (10,000 yuan)', 'amount_wan', { aliases: ['拖欠金额'] }),
    field('listedOnBlacklist', '是否列入失信联合惩戒对象名单', 'On the joint-punishment list', 'boolean'),
    field('listEnd', '名单移出日期', 'Removed from the list on', 'date', { allowFuture: true }),
  ],
  roles: { publicityEnd: 'listEnd', validUntil: 'listEnd' },
  rules: [endAfterDecision('listEnd')],
  legalBasis: [
    '《保障农民工工资支付条例》第四十八条（拖欠农民工工资失信联合惩戒对象名单）',
    '《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》（人力资源社会保障部令第45号）',
    '《重大劳动保障违法行为社会公布办法》（人力资源社会保障部令第29号）',
  ],
  source: '区人力资源局（劳动监察）',
  subjectTypes: EMPLOYERS,
});

/** 骗取社会保险待遇/基金、医保骗保, by units and by persons. Persons are never public (SPEC §4). */
export const socialInsuranceFraud: TypeInput = violationType({
  code: 'social_insurance_fraud',
  name: '骗取社会保险/骗保',
  nameEn: 'Social insurance fraud',
  domain: 'society',
  sector: '社会保障',
  codeType: 'subject_code',
  fields: [
    field('insuranceKind', '险种', 'Insurance', 'enum', { options: ['养老保险', '医疗保险', '工伤保险', '失业保险', '生育保险', '其他'] }),
    field('amountDefrauded', '骗取金额（万元）', 'Amount obtained (10,000 yuan)', 'amount_wan', { aliases: ['骗取金额'] }),
  ],
  disclosure: 'shared',
  legalBasis: [
    '《中华人民共和国社会保险法》第八十七条、第八十八条（骗取社会保险基金支出、骗取社会保险待遇）',
    '《医疗保障基金使用监督管理条例》',
  ],
  source: '社会保险经办机构、医疗保障部门',
  subjectTypes: ['enterprise', 'individual_business', 'institution', 'social_org', 'person'],
});

/** 重大劳动保障违法行为 (plan 第五章第三节: 公示制度和"黑名单"制度). */
export const labourSecurityViolation: TypeInput = violationType({
  code: 'labour_security_violation',
  name: '重大劳动保障违法行为',
  nameEn: 'Major labour-security violation',
  domain: 'society',
  sector: '劳动保障',
  codeType: 'subject_code',
  fields: [field('violationKind', '违法行为类别', 'Kind of violation', 'enum', {
    options: ['克扣、无故拖欠工资', '不依法参加社会保险或缴纳社会保险费', '违反工作时间和休息休假规定', '违反女职工和未成年工特殊劳动保护规定', '使用童工', '其他'],
  })],
  legalBasis: ['《重大劳动保障违法行为社会公布办法》（人力资源社会保障部令第29号）', '《劳动保障监察条例》'],
  source: '区人力资源局（劳动监察）',
  subjectTypes: EMPLOYERS,
});

/** 用人单位劳动保障守法诚信等级 A/B/C (plan 第五章第三节). */
export const labourCreditRating: TypeInput = ratingType({
  code: 'labour_credit_rating',
  name: '用人单位劳动保障守法诚信等级',
  nameEn: 'Employer labour-law compliance rating',
  domain: 'society',
  sector: '劳动保障',
  gradeLabel: '守法诚信等级',
  grades: ['A', 'B', 'C'],
  gradeAliases: { A级: 'A', B级: 'B', C级: 'C' },
  disclosure: 'shared',
  legalBasis: ['《企业劳动保障守法诚信等级评价办法》（人社部规〔2016〕1号）'],
  source: '区人力资源局',
  subjectTypes: ['enterprise', 'individual_business', 'institution', 'social_org'],
});

/** 骗取保障性住房 (plan 第五章第二节: 将骗取保障房的个人纳入黑名单); shared, never public. */
export const housingFraud: TypeInput = violationType({
  code: 'housing_fraud',
  name: '骗取保障性住房',
  nameEn: 'Fraud in subsidised housing',
  domain: 'society',
  sector: '社会保障',
  codeType: 'subject_code',
  fields: [field('housingKind', '保障房类别', 'Kind of subsidised housing', 'enum', { options: ['公共租赁住房', '保障性租赁住房', '共有产权住房', '经济适用住房', '其他'] })],
  disclosure: 'shared',
  legalBasis: ['《公共租赁住房管理办法》（住房和城乡建设部令第11号）'],
  source: '区住房和建设局',
  subjectTypes: ['person', 'enterprise'],
});
