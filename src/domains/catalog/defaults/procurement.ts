import { DOC_NO, endAfterDecision, field, LONG_TEXT, NAME, party, REQUIRED, sourceAndRemarks, type TypeInput } from './field-kit.js';
import { violationType } from './type-kits.js';

const SUPPLIERS: TypeInput['subjectTypes'] = ['enterprise', 'individual_business', 'institution', 'social_org', 'person'];
const PROCUREMENT_LAW = [
  '《中华人民共和国政府采购法》第二十二条（参加政府采购活动前三年内在经营活动中没有重大违法记录）',
  '《中华人民共和国政府采购法》第七十七条（列入不良行为记录名单，在一至三年内禁止参加政府采购活动）',
  '《财政部关于在政府采购活动中查询及使用信用记录有关问题的通知》（财库〔2016〕125号）',
];

/** 政府采购履约评价: the purchaser scores each contract 0-100 on acceptance (plan 第三章第一节: 履约评价、项目验收). */
export const procurementPerformance: TypeInput = {
  code: 'procurement_performance',
  name: '政府采购履约评价',
  nameEn: 'Government procurement contract performance evaluation',
  domain: 'government',
  sector: '政府采购',
  category: 'rating',
  polarity: 'neutral',
  fields: [
    ...party({ nameLabel: '供应商名称', legalRep: false }),
    field('contractNo', '合同编号', 'Contract number', 'text', { ...REQUIRED, maxLength: DOC_NO, aliases: ['采购合同编号'] }),
    field('projectName', '采购项目名称', 'Procurement project', 'text', { ...REQUIRED, maxLength: NAME }),
    field('purchaser', '采购人', 'Purchaser', 'text', { ...REQUIRED, maxLength: NAME }),
    field('purchaserCode', '采购人统一社会信用代码', 'USCC of the purchaser', 'uscc'),
    field('score', '履约评价得分', 'Score (0-100)', 'score', { ...REQUIRED, min: 0, max: 100, aliases: ['评价得分', '得分'] }),
    field('comment', '评价意见', 'Comments', 'text', { maxLength: LONG_TEXT }),
    field('evaluatedOn', '评价日期', 'Evaluated on', 'date', { ...REQUIRED, aliases: ['验收日期'] }),
    ...sourceAndRemarks(),
  ],
  roles: { subjectName: 'subjectName', subjectCode: 'subjectCode', docNo: 'contractNo', decisionDate: 'evaluatedOn', sourceDeptName: 'sourceDept', sourceDeptCode: 'sourceDeptCode' },
  rules: [],
  disclosure: 'shared',
  severity: { kind: 'none' },
  publicity: { fixedMonths: 36, publishMinor: true },
  legalBasis: ['《中华人民共和国政府采购法实施条例》第四十五条（对供应商履约情况进行验收）', ...PROCUREMENT_LAW.slice(2)],
  source: '采购人、区政府采购中心',
  subjectTypes: SUPPLIERS,
};

/** 政府采购严重违法失信行为: serious; barred from procurement 1-3 years (the ban's end is the stated end). */
export const procurementSeriousViolation: TypeInput = violationType({
  code: 'procurement_serious_violation',
  name: '政府采购严重违法失信行为',
  nameEn: 'Serious violation in government procurement',
  domain: 'government',
  sector: '政府采购',
  category: 'list',
  codeType: 'subject_code',
  fields: [
    field('banFrom', '禁止参加政府采购活动起始日期', 'Barred from', 'date', { allowFuture: true }),
    field('banUntil', '禁止参加政府采购活动截止日期', 'Barred until', 'date', { allowFuture: true, aliases: ['禁止期限至'] }),
  ],
  roles: { validUntil: 'banUntil', publicityEnd: 'banUntil' },
  rules: [endAfterDecision('banUntil'), endAfterDecision('banUntil', 'banFrom')],
  severity: { kind: 'fixed', tier: 'serious' },
  legalBasis: PROCUREMENT_LAW,
  source: '财政部门',
  subjectTypes: SUPPLIERS,
});

/** 供应商黑名单/不良行为记录 shared among procurement centres (plan 第三章第一节). */
export const supplierBlacklisting: TypeInput = violationType({
  code: 'supplier_blacklisting',
  name: '政府采购供应商不良行为记录（黑名单）',
  nameEn: 'Procurement supplier blacklisting',
  domain: 'government',
  sector: '政府采购',
  category: 'list',
  codeType: 'subject_code',
  fields: [field('banUntil', '限制期限至', 'Restricted until', 'date', { allowFuture: true })],
  roles: { validUntil: 'banUntil', publicityEnd: 'banUntil' },
  rules: [endAfterDecision('banUntil')],
  legalBasis: PROCUREMENT_LAW,
  source: '区政府采购中心',
  subjectTypes: SUPPLIERS,
});

/** 招标投标违法行为 (规避招标、虚假招标、围标串标): public as the 条例 requires. */
export const biddingViolation: TypeInput = violationType({
  code: 'bidding_violation',
  name: '招标投标违法行为',
  nameEn: 'Tendering and bidding violation',
  domain: 'government',
  sector: '招标投标',
  codeType: 'subject_code',
  fields: [
    field('projectName', '招标项目名称', 'Tender project', 'text', { maxLength: NAME }),
    field('role', '当事人角色', 'Role in the tender', 'enum', { options: ['招标人', '招标代理机构', '投标人', '评标委员会成员', '其他'] }),
    field('banUntil', '取消投标资格截止日期', 'Bidding ban until', 'date', { allowFuture: true }),
  ],
  roles: { validUntil: 'banUntil' },
  rules: [endAfterDecision('banUntil')],
  legalBasis: [
    '《中华人民共和国招标投标法》第五十三条（串通投标，情节严重的取消一至二年投标资格并予以公告）',
    '《中华人民共和国招标投标法实施条例》第七十九条（依法公告对当事人违法行为的行政处理决定）',
  ],
  source: '招标投标行政监督部门',
  subjectTypes: SUPPLIERS,
});
