import { ADMINISTRATIVE_REMEDIES, BUSINESSES, NANSHAN_PLAN, ORGANISATIONS, STATE_COUNCIL_2016_33, upstreamRemedies, type ListTypeInput } from './common.js';

// Red lists (守信激励) and watch lists (重点关注: a warning before punishment).

/** 南山诚信商家 (plan 第四章第一节: 诚信商家联盟): the office decides, after a public notice period for objections. */
export const honestMerchant: ListTypeInput = {
  code: 'honest_merchant',
  kind: 'red',
  origin: 'office',
  name: '南山诚信商家',
  nameEn: 'Nanshan honest merchants (honest merchant alliance)',
  legalBasis: [`${NANSHAN_PLAN}第四章第一节（建立和完善诚信商家联盟体系，向消费者推荐获授“南山诚信商家”称号的企业）`, STATE_COUNCIL_2016_33],
  entryCriteria: '在南山区依法登记经营满一年的企业或者个体工商户，经诚信商家联盟推荐，近三年无严重失信记录、未被列入任何黑名单或者重点关注名单，并签署诚信经营承诺。',
  decidingAuthority: '南山区社会信用体系建设领导小组办公室',
  // 公示期: anyone may object to the award within it.
  noticeWorkingDays: 5,
  defaultDurationMonths: 36,
  removalConditions: '有效期（三年）届满自动移出；期间发生严重失信行为、被列入黑名单或者违背诚信经营承诺的，提前移出；以欺骗等不正当手段取得称号的，撤销。',
  remedies: ADMINISTRATIVE_REMEDIES,
  public: true,
  subjectTypes: BUSINESSES,
  feeds: [],
};

/** 纳税信用A级纳税人: the A grades of the tax authority's yearly rating (published as a red list; the grades themselves are shared). */
export const taxCreditA: ListTypeInput = {
  code: 'tax_credit_a',
  kind: 'red',
  origin: 'upstream',
  name: '纳税信用A级纳税人名单',
  nameEn: 'A-grade taxpayers (tax credit rating A)',
  legalBasis: ['《纳税信用管理办法（试行）》（国家税务总局公告2014年第40号）（A级纳税人名单依法向社会公开，并享受激励措施）', STATE_COUNCIL_2016_33],
  entryCriteria: '年度纳税信用评价得分90分以上，且无直接判为D级或者不得评为A级的情形（报送的纳税信用级别为A）。',
  decidingAuthority: '税务机关',
  noticeWorkingDays: 0,
  defaultDurationMonths: 12,
  removalConditions: '下一年度评价结果不再为A级，或者税务机关动态调整纳税信用级别的，自调整之日起移出。',
  remedies: upstreamRemedies('税务机关', '对评价结果有异议的，可以向税务机关申请复评'),
  public: true,
  subjectTypes: ORGANISATIONS,
  feeds: [{ typeCode: 'tax_credit_rating', fieldEquals: { key: 'grade', value: 'A' } }],
};

/** 守合同重信用企业: commendations of the kind 守合同重信用企业 (plan 第十一章第三节). */
export const contractHonouringEnterprise: ListTypeInput = {
  code: 'contract_honouring_enterprise',
  kind: 'red',
  origin: 'upstream',
  name: '守合同重信用企业',
  nameEn: 'Contract-abiding and creditworthy enterprises',
  legalBasis: [STATE_COUNCIL_2016_33, `${NANSHAN_PLAN}第十一章第三节（开展“守合同重信用”创建活动）`],
  entryCriteria: '企业依法诚信履行合同、合同信用管理制度健全、近年无严重违法失信记录，经市场监督管理部门公示为“守合同重信用”企业（报送的荣誉类别为“守合同重信用企业”）。',
  decidingAuthority: '市场监督管理部门',
  noticeWorkingDays: 0,
  defaultDurationMonths: null,
  removalConditions: '公示有效期届满移出；期间发生严重违法失信行为的，由公示机关撤销称号并撤回该记录。',
  remedies: upstreamRemedies('市场监督管理部门', '对公示结果有异议的，向公示机关提出'),
  public: true,
  subjectTypes: ['enterprise'],
  feeds: [{ typeCode: 'commendation', fieldEquals: { key: 'honourKind', value: '守合同重信用企业' } }],
};

/** 经营异常名录: a watch list, the warning before the 严重违法失信名单 (企业信息公示暂行条例 第十七条). */
export const abnormalOperation: ListTypeInput = {
  code: 'abnormal_operation',
  kind: 'watch',
  origin: 'upstream',
  name: '经营异常名录（重点关注）',
  nameEn: 'Abnormal operations list (watch list)',
  legalBasis: [
    '《企业信息公示暂行条例》第十七条（未按期公示年度报告、通过登记的住所无法联系等，列入经营异常名录）',
    '《企业经营异常名录管理暂行办法》（国家工商行政管理总局令第68号）',
  ],
  entryCriteria: '未按规定期限公示年度报告，未在责令期限内公示有关企业信息，公示信息隐瞒真实情况、弄虚作假，或者通过登记的住所或者经营场所无法联系。',
  decidingAuthority: '深圳市市场监督管理局南山监管局',
  noticeWorkingDays: 0,
  defaultDurationMonths: null,
  removalConditions: '补报年度报告、更正公示信息或者办理住所变更登记后申请移出；列入满三年仍未履行的，转入严重违法失信名单。',
  remedies: upstreamRemedies('市场监督管理部门', '对列入决定不服的依法申请行政复议或者提起行政诉讼'),
  public: true,
  subjectTypes: BUSINESSES,
  feeds: [{ typeCode: 'abnormal_operation' }],
};

/** 社会组织活动异常名录: the watch list of social organisations (民政部令第60号). */
export const socialOrgAbnormalActivity: ListTypeInput = {
  code: 'social_org_abnormal_activity',
  kind: 'watch',
  origin: 'upstream',
  name: '社会组织活动异常名录（重点关注）',
  nameEn: 'Social organisations: abnormal activity list (watch list)',
  legalBasis: ['《社会组织信用信息管理办法》（民政部令第60号）'],
  entryCriteria: '社会组织未按规定参加年度检查（年报），未按规定换届，通过登记的住所无法取得联系等，经登记管理机关列入活动异常名录（报送时名单类别为“活动异常名录”）。',
  decidingAuthority: '区民政局',
  noticeWorkingDays: 0,
  defaultDurationMonths: null,
  removalConditions: '履行相关义务后申请移出；列入满二年仍未履行的，转入严重违法失信名单。',
  remedies: upstreamRemedies('登记管理机关', '对列入决定不服的依法申请行政复议或者提起行政诉讼'),
  public: true,
  subjectTypes: ['social_org'],
  feeds: [{ typeCode: 'social_org_dishonesty', severities: ['general'] }],
};

export const RED_LISTS: readonly ListTypeInput[] = [honestMerchant, taxCreditA, contractHonouringEnterprise];
export const WATCH_LISTS: readonly ListTypeInput[] = [abnormalOperation, socialOrgAbnormalActivity];
