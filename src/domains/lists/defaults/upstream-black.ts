import { ORGANISATIONS_AND_PERSONS, EVERYONE, STATE_COUNCIL_2020_49, NANSHAN_PLAN, upstreamRemedies, type ListTypeInput } from './common.js';

// Black lists an upstream authority keeps (courts, tax, finance, labour, health,
// culture and tourism, civil affairs): the platform reads them from the records
// those authorities submit, in effect at once with their own dates (SPEC §5).

/** 失信被执行人: as courts publish it (record type court_dishonest_debtor, SPEC §3.1). */
export const dishonestJudgmentDebtor: ListTypeInput = {
  code: 'dishonest_judgment_debtor',
  kind: 'black',
  origin: 'upstream',
  name: '失信被执行人名单',
  nameEn: 'List of dishonest judgment debtors',
  legalBasis: [
    '《中华人民共和国民事诉讼法》（对不履行法律文书确定义务的被执行人，可以在征信系统记录、通过媒体公布不履行义务信息）',
    '《最高人民法院关于公布失信被执行人名单信息的若干规定》（法释〔2017〕7号）第一条（纳入情形）、第二条（纳入期限）',
    STATE_COUNCIL_2020_49,
  ],
  entryCriteria: '被执行人未履行生效法律文书确定的义务，并有法释〔2017〕7号第一条所列情形之一：有履行能力而拒不履行；以伪造证据、暴力、威胁等方法妨碍、抗拒执行；以虚假诉讼、虚假仲裁或者隐匿、转移财产等方法规避执行；违反财产报告制度；违反限制消费令；无正当理由拒不履行执行和解协议。',
  decidingAuthority: '执行法院',
  noticeWorkingDays: 0,
  defaultDurationMonths: 24,
  removalConditions: '人民法院删除失信信息（已履行全部义务、执行和解履行完毕、依法终结执行等情形，法释〔2017〕7号第十条），或纳入期限届满（未明确期限的自发布之日起二年）；法院删除时通过原渠道撤回该记录。',
  remedies: upstreamRemedies('执行法院', '认为纳入错误的，可以向执行法院申请纠正，法释〔2017〕7号第十一条'),
  public: true,
  subjectTypes: EVERYONE,
  feeds: [{ typeCode: 'court_dishonest_debtor' }],
};

/** 重大税收违法失信主体 (国家税务总局令第54号). */
export const majorTaxViolation: ListTypeInput = {
  code: 'major_tax_violation',
  kind: 'black',
  origin: 'upstream',
  name: '重大税收违法失信主体名单',
  nameEn: 'List of major tax violators (dishonest taxpayers)',
  legalBasis: ['《重大税收违法失信主体信息公布管理办法》（国家税务总局令第54号）', '《中华人民共和国税收征收管理法》', STATE_COUNCIL_2020_49],
  entryCriteria: '经税务机关依法查处、符合国家税务总局令第54号所列情形的重大税收违法失信行为，如偷税（逃避缴纳税款）达到规定数额和比例、逃避追缴欠税、骗取出口退税、虚开增值税专用发票等。',
  decidingAuthority: '税务机关',
  noticeWorkingDays: 0,
  defaultDurationMonths: 36,
  removalConditions: '自公布之日起满三年停止公布；按规定缴清税款、滞纳金和罚款并经税务机关确认的，可以提前停止公布（信用修复）。',
  remedies: upstreamRemedies('税务机关', '公布前税务机关依法告知当事人，当事人可以提出陈述、申辩'),
  public: true,
  subjectTypes: ORGANISATIONS_AND_PERSONS,
  feeds: [{ typeCode: 'major_tax_violation' }],
};

/** 政府采购严重违法失信行为记录 and the district procurement centre's supplier blacklist. */
export const procurementSeriousViolation: ListTypeInput = {
  code: 'procurement_serious_violation',
  kind: 'black',
  origin: 'upstream',
  name: '政府采购严重违法失信名单',
  nameEn: 'Government procurement serious violation list',
  legalBasis: [
    '《中华人民共和国政府采购法》第二十二条（参加政府采购活动前三年内在经营活动中没有重大违法记录）',
    '《中华人民共和国政府采购法》第七十七条（列入不良行为记录名单，在一至三年内禁止参加政府采购活动）',
    '《中华人民共和国政府采购法实施条例》第十九条（重大违法记录）',
    '《财政部关于在政府采购活动中查询及使用信用记录有关问题的通知》（财库〔2016〕125号）',
  ],
  entryCriteria: '供应商在政府采购活动中有政府采购法第七十七条所列严重违法失信行为（提供虚假材料谋取中标、成交，采取不正当手段诋毁、排挤其他供应商，与采购人、其他供应商或者采购代理机构恶意串通等），被财政部门处以在一至三年内禁止参加政府采购活动。',
  decidingAuthority: '财政部门（区政府采购中心共享不良行为记录）',
  noticeWorkingDays: 0,
  defaultDurationMonths: null,
  removalConditions: '禁止参加政府采购活动的期限届满之日后移出；处罚决定被撤销的，通过原渠道撤回该记录。',
  remedies: upstreamRemedies('财政部门', '对行政处罚不服的，依法申请行政复议或者提起行政诉讼'),
  public: true,
  subjectTypes: ORGANISATIONS_AND_PERSONS,
  feeds: [{ typeCode: 'procurement_serious_violation' }, { typeCode: 'supplier_blacklisting' }],
};

/** 拖欠农民工工资失信联合惩戒对象名单: the labour authority's 严重 wage-arrears records (人社部令第45号). */
export const wageArrearsBlacklist: ListTypeInput = {
  code: 'wage_arrears_blacklist',
  kind: 'black',
  origin: 'upstream',
  name: '拖欠农民工工资失信联合惩戒对象名单',
  nameEn: 'Joint-punishment list for wage arrears to migrant workers',
  legalBasis: [
    '《保障农民工工资支付条例》第四十八条（拖欠农民工工资失信联合惩戒对象名单）',
    '《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》（人力资源社会保障部令第45号）',
  ],
  entryCriteria: '克扣、无故拖欠农民工工资达到认定拒不支付劳动报酬罪数额标准，或者因拖欠农民工工资违法行为引发群体性事件、极端事件造成严重不良社会影响，经人力资源社会保障行政部门决定列入（报送时严重程度为“严重”）。',
  decidingAuthority: '人力资源社会保障行政部门',
  noticeWorkingDays: 0,
  defaultDurationMonths: 36,
  removalConditions: '列入期限（三年）届满移出；已改正拖欠工资违法行为并符合人社部令第45号规定条件的，可以申请提前移出。',
  remedies: upstreamRemedies('人力资源社会保障行政部门', '列入前依法书面告知，当事人可以陈述、申辩；对列入决定不服的依法申请行政复议或者提起行政诉讼'),
  public: true,
  subjectTypes: ORGANISATIONS_AND_PERSONS,
  feeds: [{ typeCode: 'wage_arrears', severities: ['serious'] }],
};

/** 非法行医"黑名单" (plan 第五章第一节). */
export const illegalMedicalPractice: ListTypeInput = {
  code: 'illegal_medical_practice',
  kind: 'black',
  origin: 'upstream',
  name: '非法行医黑名单',
  nameEn: 'Illegal medical practice blacklist',
  legalBasis: [
    '《中华人民共和国基本医疗卫生与健康促进法》第九十九条（未取得医疗机构执业许可证擅自执业）',
    '《医疗机构管理条例》',
    `${NANSHAN_PLAN}第五章第一节（非法行医“黑名单”制）`,
  ],
  entryCriteria: '未取得医疗机构执业许可证或者医师资格擅自执业，经卫生健康主管部门依法查处。',
  decidingAuthority: '区卫生健康局',
  noticeWorkingDays: 0,
  defaultDurationMonths: null,
  removalConditions: '所依据的行政处罚公示期届满后移出；处罚被撤销的，通过原渠道撤回该记录。',
  remedies: upstreamRemedies('区卫生健康局', '对行政处罚不服的，依法申请行政复议或者提起行政诉讼'),
  public: true,
  subjectTypes: ['enterprise', 'individual_business', 'person'],
  feeds: [{ typeCode: 'illegal_medical_practice' }],
};

/** 旅游市场严重失信主体: tourism records the culture and tourism bureau marks 严重失信主体 (文化和旅游部令第7号). */
export const tourismSeriousDishonesty: ListTypeInput = {
  code: 'tourism_serious_dishonesty',
  kind: 'black',
  origin: 'upstream',
  name: '旅游市场严重失信主体名单',
  nameEn: 'Tourism market seriously dishonest entities',
  legalBasis: ['《文化和旅游市场信用管理规定》（文化和旅游部令第7号）', '《中华人民共和国旅游法》'],
  entryCriteria: '旅行社、在线旅游经营者、导游等因严重违法失信行为（如因侵害旅游者合法权益造成游客滞留、人身伤亡，被吊销许可证件等），经文化和旅游主管部门认定为严重失信主体（报送时认定类别为“严重失信主体”）。',
  decidingAuthority: '区文化广电旅游体育局',
  noticeWorkingDays: 0,
  defaultDurationMonths: 36,
  removalConditions: '管理期限届满移出；已纠正失信行为、履行相关义务并作出信用承诺的，可以依法申请信用修复、提前移出。',
  remedies: upstreamRemedies('文化和旅游主管部门', '认定前依法告知，当事人可以陈述、申辩'),
  public: true,
  subjectTypes: ['enterprise', 'individual_business', 'person'],
  feeds: [{ typeCode: 'tourism_violation', fieldEquals: { key: 'listKind', value: '严重失信主体' } }],
};

/** 社会组织严重违法失信名单 (民政部令第60号). */
export const socialOrgSeriousDishonesty: ListTypeInput = {
  code: 'social_org_serious_dishonesty',
  kind: 'black',
  origin: 'upstream',
  name: '社会组织严重违法失信名单',
  nameEn: 'Social organisations: serious dishonesty list',
  legalBasis: ['《社会组织信用信息管理办法》（民政部令第60号）'],
  entryCriteria: '社会组织被列入活动异常名录满二年，或者因弄虚作假办理登记、受到限期停止活动等行政处罚等，经登记管理机关列入严重违法失信名单（报送时名单类别为“严重违法失信名单”）。',
  decidingAuthority: '区民政局',
  noticeWorkingDays: 0,
  defaultDurationMonths: null,
  removalConditions: '被列入满二年且未再发生规定情形的，由登记管理机关移出。',
  remedies: upstreamRemedies('登记管理机关', '对列入决定不服的依法申请行政复议或者提起行政诉讼'),
  public: true,
  subjectTypes: ['social_org'],
  feeds: [{ typeCode: 'social_org_dishonesty', severities: ['serious'] }],
};

export const UPSTREAM_BLACK_LISTS: readonly ListTypeInput[] = [
  dishonestJudgmentDebtor, majorTaxViolation, procurementSeriousViolation, wageArrearsBlacklist,
  illegalMedicalPractice, tourismSeriousDishonesty, socialOrgSeriousDishonesty,
];
