import { DOC_NO, endAfterDecision, field, NAME, party, REQUIRED, sourceAndRemarks, type TypeInput } from './field-kit.js';

const MARKET_SUBJECTS: TypeInput['subjectTypes'] = ['enterprise', 'individual_business'];

/**
 * 经营异常名录: one record per listing, keyed by the listing decision; the removal
 * (移出) is a correction of the same record with its date, reason and authority.
 * Publicity ends on removal, at most 3 years (then 严重违法失信名单, 条例 第十七条).
 */
export const abnormalOperation: TypeInput = {
  code: 'abnormal_operation',
  name: '经营异常名录',
  nameEn: 'List of enterprises with abnormal operations',
  domain: 'commerce',
  sector: '市场监管',
  category: 'list',
  polarity: 'negative',
  fields: [
    ...party(),
    field('decisionNo', '列入决定书文号', 'Listing decision number', 'text', { ...REQUIRED, maxLength: DOC_NO, aliases: ['决定书文号', '文号'] }),
    field('listReason', '列入经营异常名录原因', 'Reason for listing', 'text', { ...REQUIRED, maxLength: 500, aliases: ['列入原因'] }),
    field('listedOn', '列入日期', 'Listed on', 'date', { ...REQUIRED }),
    field('listAuthority', '作出决定机关（列入）', 'Listing authority', 'text', { ...REQUIRED, maxLength: NAME, aliases: ['列入决定机关'] }),
    field('removalReason', '移出经营异常名录原因', 'Reason for removal', 'text', { maxLength: 500, aliases: ['移出原因'] }),
    field('removedOn', '移出日期', 'Removed on', 'date'),
    field('removalAuthority', '作出决定机关（移出）', 'Removing authority', 'text', { maxLength: NAME, aliases: ['移出决定机关'] }),
    ...sourceAndRemarks(),
  ],
  roles: { subjectName: 'subjectName', subjectCode: 'subjectCode', legalRep: 'legalRep', docNo: 'decisionNo', decisionDate: 'listedOn',
    validUntil: 'removedOn', publicityEnd: 'removedOn', sourceDeptName: 'sourceDept', sourceDeptCode: 'sourceDeptCode' },
  rules: [
    endAfterDecision('removedOn', 'listedOn'),
    { kind: 'requiredWhen', field: 'removalReason', when: 'removedOn', code: 'FIELD_REQUIRED' },
  ],
  disclosure: 'public',
  severity: { kind: 'fixed', tier: 'general' },
  publicity: { maxMonths: { general: 36 }, publishMinor: true },
  legalBasis: [
    '《企业信息公示暂行条例》第十七条（列入经营异常名录；届满3年仍未履行的列入严重违法企业名单）',
    '《企业经营异常名录管理暂行办法》（国家工商行政管理总局令第68号）',
  ],
  source: '区市场监督管理局',
  subjectTypes: MARKET_SUBJECTS,
};

/** 年度报告公示: whether and when the annual report was filed and published (企业, 社会组织, 事业单位). */
export const annualReport: TypeInput = {
  code: 'annual_report',
  name: '年度报告公示',
  nameEn: 'Published annual report',
  domain: 'commerce',
  sector: '市场监管',
  category: 'basic',
  polarity: 'neutral',
  fields: [
    ...party({ legalRep: false }),
    field('year', '报告年度', 'Report year', 'text', { ...REQUIRED, pattern: '^\\d{4}$', aliases: ['年度'] }),
    field('publishedOn', '公示日期', 'Published on', 'date', { ...REQUIRED, aliases: ['报送日期'] }),
    field('onTime', '是否按时报送', 'Filed on time', 'boolean'),
    field('operatingStatus', '经营状态', 'Operating status', 'text', { maxLength: 50 }),
    field('employees', '从业人数', 'Employees', 'integer', { min: 0 }),
    ...sourceAndRemarks(),
  ],
  roles: { subjectName: 'subjectName', subjectCode: 'subjectCode', docNo: 'subjectCode', period: 'year', decisionDate: 'publishedOn',
    sourceDeptName: 'sourceDept', sourceDeptCode: 'sourceDeptCode' },
  rules: [],
  disclosure: 'public',
  severity: { kind: 'none' },
  publicity: { publishMinor: true },
  legalBasis: [
    '《企业信息公示暂行条例》第八条（企业每年1月1日至6月30日报送并公示上一年度年度报告）',
    '《社会组织信用信息管理办法》（民政部令第60号）',
  ],
  source: '区市场监督管理局、区民政局',
  subjectTypes: ['enterprise', 'individual_business', 'institution', 'social_org'],
};

/** 南山诚信商家 (plan 第四章第一节: 诚信商家联盟): positive, 3 years unless the title states its own term. */
export const honestMerchant: TypeInput = {
  code: 'honest_merchant',
  name: '南山诚信商家',
  nameEn: 'Nanshan honest merchant',
  domain: 'commerce',
  sector: '流通',
  category: 'commendation',
  polarity: 'positive',
  fields: [
    ...party(),
    field('decisionNo', '授牌文号', 'Award number', 'text', { ...REQUIRED, maxLength: DOC_NO, aliases: ['文号', '证书编号'] }),
    field('awardedOn', '授予日期', 'Awarded on', 'date', { ...REQUIRED }),
    field('validUntil', '有效期至', 'Valid until', 'date', { allowFuture: true }),
    field('authority', '授予单位', 'Awarding body', 'text', { ...REQUIRED, maxLength: NAME }),
    ...sourceAndRemarks(),
  ],
  roles: { subjectName: 'subjectName', subjectCode: 'subjectCode', legalRep: 'legalRep', docNo: 'decisionNo', decisionDate: 'awardedOn',
    validUntil: 'validUntil', publicityEnd: 'validUntil', sourceDeptName: 'sourceDept', sourceDeptCode: 'sourceDeptCode' },
  rules: [endAfterDecision('validUntil', 'awardedOn')],
  disclosure: 'public',
  severity: { kind: 'none' },
  publicity: { publishMinor: true },
  legalBasis: [
    '《南山区社会信用体系建设规划（2013-2020年）》第四章第一节（建立和完善诚信商家联盟体系）',
    '《国务院关于建立完善守信联合激励和失信联合惩戒制度加快推进社会诚信建设的指导意见》（国发〔2016〕33号）',
  ],
  source: '南山诚信商家联盟、区市场监督管理局',
  subjectTypes: MARKET_SUBJECTS,
};
