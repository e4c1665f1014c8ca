import { endAfterDecision, field, type TypeInput } from './field-kit.js';
import { violationType } from './type-kits.js';

// 社会诚信 (plan 第五章): environment, health, education, social organisations, research.

export const envViolation: TypeInput = violationType({
  code: 'env_violation',
  name: '环境违法',
  nameEn: 'Environmental violation',
  domain: 'society',
  sector: '环境保护',
  fields: [field('pollutant', '污染类别', 'Kind of pollution', 'enum', { options: ['水污染', '大气污染', '噪声污染', '固体废物', '危险废物', '辐射', '环评违法', '其他'] })],
  legalBasis: ['《中华人民共和国环境保护法》第五十四条（将环境违法信息记入社会诚信档案，及时向社会公布违法者名单）'],
  source: '深圳市生态环境局南山管理局',
  subjectTypes: ['enterprise', 'individual_business', 'institution', 'social_org'],
});

/**
 * 医疗不良执业行为记分: points per incident, on institutions and practitioners
 * (plan 第五章第一节: 不良执业行为记分制). Practitioners' records are shared, not public.
 */
export const medicalConduct: TypeInput = violationType({
  code: 'medical_conduct',
  name: '医疗不良执业行为记分',
  nameEn: 'Medical malpractice points',
  domain: 'society',
  sector: '医疗卫生',
  category: 'other',
  codeType: 'subject_code',
  factsLabel: '不良执业行为',
  fields: [
    field('points', '记分分值', 'Points', 'integer', { required: true, min: 1, max: 12 }),
    field('institution', '所在医疗机构', 'Medical institution', 'text', { maxLength: 200 }),
  ],
  disclosure: 'shared',
  legalBasis: ['《医疗机构管理条例》', '《中华人民共和国医师法》', '《南山区社会信用体系建设规划（2013-2020年）》第五章第一节（不良执业行为记分制）'],
  source: '区卫生健康局',
  subjectTypes: ['institution', 'enterprise', 'person'],
});

export const illegalMedicalPractice: TypeInput = violationType({
  code: 'illegal_medical_practice',
  name: '非法行医',
  nameEn: 'Illegal medical practice',
  domain: 'society',
  sector: '医疗卫生',
  category: 'list',
  codeType: 'subject_code',
  legalBasis: ['《中华人民共和国基本医疗卫生与健康促进法》第九十九条（未取得医疗机构执业许可证擅自执业）', '《医疗机构管理条例》'],
  source: '区卫生健康局',
  subjectTypes: ['enterprise', 'individual_business', 'person'],
});

/** 教育机构违规办学、乱收费 (plan 第五章第四节). */
export const educationViolation: TypeInput = violationType({
  code: 'education_violation',
  name: '教育机构违规办学',
  nameEn: 'Education institution violation',
  domain: 'society',
  sector: '教育',
  fields: [field('violationKind', '违规类型', 'Kind of violation', 'enum', { options: ['违规收费', '违规办班补课', '违规征订教辅资料', '无证办学', '虚假宣传', '其他'] })],
  legalBasis: ['《中华人民共和国教育法》第七十八条（违反国家规定向受教育者收取费用）', '《校外培训行政处罚暂行办法》（教育部令第53号）'],
  source: '区教育局',
  subjectTypes: ['institution', 'enterprise', 'social_org'],
});

/** 社会组织活动异常名录 / 严重违法失信名单 (民政部令第60号). */
export const socialOrgDishonesty: TypeInput = violationType({
  code: 'social_org_dishonesty',
  name: '社会组织活动异常/严重违法失信',
  nameEn: 'Social organisation abnormal activity or serious dishonesty',
  domain: 'society',
  sector: '社会组织',
  category: 'list',
  fields: [
    field('listKind', '名单类别', 'List', 'enum', { required: true, options: ['活动异常名录', '严重违法失信名单'] }),
    field('removedOn', '移出日期', 'Removed on', 'date'),
  ],
  roles: { publicityEnd: 'removedOn', validUntil: 'removedOn' },
  rules: [endAfterDecision('removedOn')],
  severity: { kind: 'field', field: 'listKind', map: { 活动异常名录: 'general', 严重违法失信名单: 'serious' } },
  legalBasis: ['《社会组织信用信息管理办法》（民政部令第60号）'],
  source: '区民政局',
  subjectTypes: ['social_org'],
});

/** 科研失信 and misuse of 专项资金 (plan 第四章第二节: 科技计划项目、专项资金 黑名单). */
export const researchIntegrity: TypeInput = violationType({
  code: 'research_integrity',
  name: '科研诚信失信行为',
  nameEn: 'Research misconduct and special-fund dishonesty',
  domain: 'commerce',
  sector: '科技',
  codeType: 'subject_code',
  fields: [
    field('projectName', '项目名称', 'Project or fund', 'text', { maxLength: 200 }),
    field('banUntil', '限制申报截止日期', 'Barred from applying until', 'date', { allowFuture: true }),
  ],
  roles: { validUntil: 'banUntil' },
  rules: [endAfterDecision('banUntil')],
  disclosure: 'shared',
  legalBasis: ['《科研失信行为调查处理规则》（国科发监〔2022〕221号）', '《南山区社会信用体系建设规划（2013-2020年）》第四章第二节'],
  source: '区科技创新局',
  subjectTypes: ['enterprise', 'institution', 'social_org', 'person'],
});
