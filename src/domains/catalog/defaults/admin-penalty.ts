import { coded, DOC_NO, endAfterDecision, field, LONG_TEXT, NAME, REQUIRED, type TypeInput } from './field-kit.js';
import { SHUANGGONGSHI_PARTY_ROLES, SHUANGGONGSHI_PARTY_RULES, shuanggongshiParty } from './shuanggongshi-party.js';

/** 行政处罚法（2021）第九条: the kinds of administrative penalty. */
export const PENALTY_KINDS = [
  '警告', '通报批评', '罚款', '没收违法所得', '没收非法财物', '暂扣许可证件', '降低资质等级', '吊销许可证件',
  '限制开展生产经营活动', '责令停产停业', '责令关闭', '限制从业', '行政拘留', '其他',
];

/** Spellings of the 1996 law and of sector rules, stored as the 2021 kind they name. */
const PENALTY_KIND_ALIASES = {
  暂扣许可证: '暂扣许可证件', 暂扣执照: '暂扣许可证件', 暂扣营业执照: '暂扣许可证件',
  吊销许可证: '吊销许可证件', 吊销执照: '吊销许可证件', 吊销营业执照: '吊销许可证件',
  责令停产: '责令停产停业', 责令停业: '责令停产停业', 拘留: '行政拘留', 其它: '其他',
};

/** 行政处罚 in the national 双公示 format (SPEC §3.1); the tier drives publicity (SPEC §3.2). */
export const adminPenalty: TypeInput = {
  code: 'admin_penalty',
  name: '行政处罚',
  nameEn: 'Administrative penalty',
  domain: 'commerce',
  sector: '双公示',
  category: 'penalty',
  polarity: 'negative',
  fields: [
    ...shuanggongshiParty('CF'),
    coded('CF_WSH', 'decisionNo', '行政处罚决定书文号', 'Penalty decision number', 'text', { ...REQUIRED, maxLength: DOC_NO, aliases: ['处罚决定书文号', '决定书文号'] }),
    coded('CF_WFXW', 'violationType', '违法行为类型', 'Type of violation', 'text', { ...REQUIRED, maxLength: 500, aliases: ['CF_CFMC', '处罚名称'] }),
    coded('CF_SY', 'violationFacts', '违法事实', 'Facts of the violation', 'text', { ...REQUIRED, maxLength: LONG_TEXT, aliases: ['处罚事由'] }),
    coded('CF_YJ', 'legalGrounds', '处罚依据', 'Legal grounds of the penalty', 'text', { ...REQUIRED, maxLength: LONG_TEXT }),
    coded('CF_CFLB', 'penaltyKinds', '处罚类别', 'Penalty kinds', 'multi_enum', { ...REQUIRED, options: PENALTY_KINDS, optionAliases: PENALTY_KIND_ALIASES }),
    coded('CF_NR', 'content', '处罚内容', 'Penalty imposed', 'text', { ...REQUIRED, maxLength: LONG_TEXT, aliases: ['CF_JG', '处罚结果'] }),
    coded('CF_NR_FK', 'fineAmount', '罚款金额', 'Fine (10,000 yuan)', 'amount_wan', { aliases: ['罚款金额(万元)'] }),
    coded('CF_NR_WFFF', 'confiscatedAmount', '没收违法所得/非法财物金额', 'Confiscated gains or property (10,000 yuan)', 'amount_wan', {
      aliases: ['没收违法所得、没收非法财物的金额', '没收违法所得/非法财物金额(万元)', '没收违法所得、没收非法财物的金额(万元)'],
    }),
    coded('CF_NR_ZKDX', 'suspendedLicences', '暂扣或吊销证照名称及编号', 'Licences suspended or revoked (name and number)', 'text', { maxLength: 1000 }),
    coded('CF_JDRQ', 'decisionDate', '处罚决定日期', 'Decision date', 'date', { ...REQUIRED, aliases: ['处罚日期'] }),
    coded('CF_YXQ', 'validUntil', '处罚有效期', 'Penalty in effect until', 'date', { allowFuture: true }),
    coded('CF_GSJZQ', 'publicityEnd', '公示截止期', 'Publicity ends (computed if absent)', 'date', { allowFuture: true, aliases: ['公示截止日期'] }),
    coded('CF_CFJG', 'authority', '处罚机关', 'Penalising authority', 'text', { ...REQUIRED, maxLength: NAME, aliases: ['CF_XZJG', '行政处罚机关'] }),
    coded('CF_CFJGDM', 'authorityCode', '处罚机关统一社会信用代码', 'USCC of the penalising authority', 'uscc', { ...REQUIRED }),
    coded('CF_SJLY', 'sourceDept', '数据来源单位', 'Source department', 'text', { maxLength: NAME }),
    coded('CF_SJLYDM', 'sourceDeptCode', '数据来源单位统一社会信用代码', 'USCC of the source department', 'uscc'),
    coded('BZ', 'remarks', '备注', 'Remarks', 'text', { maxLength: 1000 }),
    // Not in the national format: the simple procedure makes a penalty minor (SPEC §3.2).
    field('simpleProcedure', '是否适用简易程序', 'Decided under the simple procedure', 'boolean', { aliases: ['简易程序'] }),
    // Kept from the legacy 2016-2018 format so that nothing a legacy file holds is lost.
    field('status', '当前状态', 'Status (legacy)', 'enum', {
      options: ['正常', '撤销', '异议', '其他'], optionAliases: { '0': '正常', '1': '撤销', '2': '异议', '3': '其他' }, aliases: ['CF_ZT'],
    }),
    field('regionCode', '地方编码', 'Division code (legacy)', 'text', { pattern: '^\\d{6}$', aliases: ['DFBM'] }),
    field('sourceTimestamp', '数据更新时间戳', 'Source timestamp (legacy)', 'text', { maxLength: 40, aliases: ['SJC', '时间戳'] }),
  ],
  roles: {
    ...SHUANGGONGSHI_PARTY_ROLES,
    docNo: 'decisionNo',
    decisionDate: 'decisionDate',
    validUntil: 'validUntil',
    publicityEnd: 'publicityEnd',
    penaltyKinds: 'penaltyKinds',
    fine: 'fineAmount',
    simpleProcedure: 'simpleProcedure',
    sourceDeptName: 'sourceDept',
    sourceDeptCode: 'sourceDeptCode',
  },
  rules: [
    ...SHUANGGONGSHI_PARTY_RULES,
    { kind: 'requiredWhen', field: 'fineAmount', when: 'penaltyKinds', includes: ['罚款'], code: 'FINE_AMOUNT_REQUIRED' },
    endAfterDecision('validUntil'),
    endAfterDecision('publicityEnd'),
  ],
  disclosure: 'public',
  severity: { kind: 'penalty' },
  // SPEC §3.2 defaults: minor ≤ 3 months (published), general 3-12 months, serious 1-3 years.
  publicity: { publishMinor: true },
  legalBasis: [
    '《中华人民共和国行政处罚法》第四十八条（具有一定社会影响的行政处罚决定应当依法公开）',
    '《中华人民共和国行政处罚法》第九条（行政处罚的种类）',
    '《失信行为纠正后的信用信息修复管理办法（试行）》（国家发展和改革委员会令2023年第58号）',
    '《国家发展改革委办公厅关于认真做好行政许可和行政处罚等信用信息公示工作的通知》（发改办财金〔2015〕2700号）',
    '国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见（国办发〔2020〕49号）',
  ],
  source: '各行政执法机关',
  subjectTypes: ['enterprise', 'individual_business', 'institution', 'social_org', 'government', 'person'],
};
