import { decision, endAfterDecision, field, LONG_TEXT, NAME, party, REQUIRED, sourceAndRemarks, standardRoles, type TypeInput } from './field-kit.js';
import { ratingType, violationType } from './type-kits.js';

// 商务诚信 sectors of the plan's 第四章: construction, transport, culture and
// tourism, intermediaries.

/**
 * 建筑市场良好/不良行为 (polarity mixed): good conduct publishes 3 years, bad
 * conduct 6 months to 3 years by its grade (建市〔2017〕241号).
 */
export const constructionConduct: TypeInput = {
  code: 'construction_conduct',
  name: '建筑市场良好/不良行为',
  nameEn: 'Construction market good or bad conduct',
  domain: 'commerce',
  sector: '建设',
  category: 'other',
  polarity: 'mixed',
  fields: [
    ...party({ codeType: 'subject_code' }),
    ...decision(),
    field('conductKind', '行为类别', 'Good or bad conduct', 'enum', { ...REQUIRED, options: ['良好行为', '不良行为'], optionAliases: { 良好: '良好行为', 不良: '不良行为' } }),
    field('conductLevel', '不良行为等级', 'Grade of bad conduct', 'enum', { options: ['一般', '较重', '严重'], optionAliases: { 一般不良行为: '一般', 较重不良行为: '较重', 严重不良行为: '严重' } }),
    field('projectName', '工程项目名称', 'Project', 'text', { maxLength: NAME }),
    field('partyRole', '主体类别', 'Role', 'enum', { options: ['建设单位', '勘察单位', '设计单位', '施工单位', '监理单位', '造价咨询单位', '招标代理机构', '工程检测机构', '施工图审查机构', '注册执业人员', '其他'] }),
    field('description', '行为内容', 'Conduct', 'text', { ...REQUIRED, maxLength: LONG_TEXT, aliases: ['行为事实'] }),
    field('publicityEnd', '公开期限至', 'Published until', 'date', { allowFuture: true }),
    ...sourceAndRemarks(),
  ],
  roles: standardRoles({ publicityEnd: 'publicityEnd' }),
  rules: [
    { kind: 'requiredWhen', field: 'conductLevel', when: 'conductKind', equals: ['不良行为'], code: 'FIELD_REQUIRED' },
    endAfterDecision('publicityEnd'),
  ],
  disclosure: 'public',
  // Good conduct has no grade: no tier, hence positive. 一般 6 months, 较重 1 year, 严重 3 years.
  severity: { kind: 'field', field: 'conductLevel', map: { 一般: 'minor', 较重: 'general', 严重: 'serious' } },
  publicity: { maxMonths: { minor: 6, general: 12, serious: 36 }, publishMinor: true },
  legalBasis: ['《建筑市场信用管理暂行办法》（建市〔2017〕241号）（良好信用信息公开期限一般为3年，不良信用信息公开期限一般为6个月至3年）'],
  source: '区住房和建设局',
  subjectTypes: ['enterprise', 'institution', 'person'],
};

/** 道路运输诚信考核 (企业质量信誉考核 AAA/AA/A/B; plan 第四章第六节). */
export const transportAssessment: TypeInput = ratingType({
  code: 'transport_assessment',
  name: '道路运输诚信考核',
  nameEn: 'Road transport integrity assessment',
  domain: 'commerce',
  sector: '交通运输',
  gradeLabel: '考核等级',
  grades: ['AAA', 'AA', 'A', 'B'],
  gradeAliases: { 优良: 'AAA', 合格: 'A', 基本合格: 'A', 不合格: 'B' },
  fields: [field('businessScope', '经营范围', 'Transport business', 'text', { maxLength: 200 })],
  disclosure: 'public',
  periodLabel: '考核年度',
  legalBasis: ['《道路运输企业质量信誉考核办法（试行）》', '《道路运输从业人员诚信考核办法（试行）》'],
  source: '区交通运输局',
  subjectTypes: ['enterprise', 'individual_business'],
});

export const tourismViolation: TypeInput = violationType({
  code: 'tourism_violation',
  name: '旅游市场失信',
  nameEn: 'Tourism market dishonesty',
  domain: 'commerce',
  sector: '旅游',
  codeType: 'subject_code',
  fields: [field('listKind', '认定类别', 'Finding', 'enum', { options: ['严重失信主体', '轻微失信主体', '其他违法失信'] })],
  legalBasis: ['《文化和旅游市场信用管理规定》（文化和旅游部令第7号）', '《中华人民共和国旅游法》'],
  source: '区文化广电旅游体育局',
  subjectTypes: ['enterprise', 'individual_business', 'person'],
});

export const cultureMarketViolation: TypeInput = violationType({
  code: 'culture_market_violation',
  name: '文化市场失信',
  nameEn: 'Culture market dishonesty',
  domain: 'commerce',
  sector: '文化',
  fields: [field('venue', '经营场所', 'Venue', 'text', { maxLength: 300 })],
  legalBasis: ['《文化和旅游市场信用管理规定》（文化和旅游部令第7号）'],
  source: '区文化广电旅游体育局',
  subjectTypes: ['enterprise', 'individual_business'],
});

/** 中介服务机构及其从业人员的不良执业行为 (plan 第四章第八节). */
export const intermediaryConduct: TypeInput = violationType({
  code: 'intermediary_conduct',
  name: '中介服务机构不良执业行为',
  nameEn: 'Misconduct of intermediary service agencies',
  domain: 'commerce',
  sector: '中介服务',
  category: 'other',
  codeType: 'subject_code',
  fields: [field('agencyKind', '中介机构类别', 'Kind of agency', 'enum', {
    options: ['会计师事务所', '资产评估机构', '律师事务所', '房地产经纪机构', '环评机构', '招标代理机构', '信用服务机构', '其他'],
  })],
  legalBasis: ['《中华人民共和国注册会计师法》', '《中华人民共和国资产评估法》', '《南山区社会信用体系建设规划（2013-2020年）》第四章第八节'],
  source: '行业主管部门、行业协会',
  subjectTypes: ['enterprise', 'social_org', 'person'],
});
