import { coded, DOC_NO, endAfterDecision, LONG_TEXT, NAME, REQUIRED, type TypeInput } from './field-kit.js';
import { SHUANGGONGSHI_PARTY_ROLES, SHUANGGONGSHI_PARTY_RULES, shuanggongshiParty } from './shuanggongshi-party.js';

/** 行政许可 in the national 双公示 format (SPEC §3.1). 有效期至 2099-12-31 means indefinite. */
export const adminLicense: TypeInput = {
  code: 'admin_license',
  name: '行政许可',
  nameEn: 'Administrative licence',
  domain: 'commerce',
  sector: '双公示',
  category: 'licence',
  polarity: 'neutral',
  fields: [
    ...shuanggongshiParty('XK'),
    coded('XK_XKWS', 'documentName', '行政许可决定文书名称', 'Title of the licensing decision', 'text', { ...REQUIRED, maxLength: NAME, aliases: ['许可决定文书名称'] }),
    coded('XK_WSH', 'decisionNo', '行政许可决定文书号', 'Licensing decision number', 'text', { ...REQUIRED, maxLength: DOC_NO, aliases: ['许可决定文书号', '行政许可决定书文号'] }),
    coded('XK_XKLB', 'licenceCategory', '许可类别', 'Licence category', 'enum', {
      ...REQUIRED, options: ['普通', '特许', '认可', '核准', '登记', '其他'], aliases: ['行政许可类别'],
    }),
    coded('XK_XKZS', 'certificateName', '许可证书名称', 'Licence certificate name', 'text', { maxLength: NAME }),
    coded('XK_XKBH', 'licenceNo', '许可编号', 'Licence number', 'text', { maxLength: DOC_NO, aliases: ['许可证书编号'] }),
    coded('XK_NR', 'content', '许可内容', 'Licensed activity', 'text', { ...REQUIRED, maxLength: LONG_TEXT }),
    coded('XK_JDRQ', 'decisionDate', '许可决定日期', 'Decision date', 'date', { ...REQUIRED, aliases: ['许可日期'] }),
    coded('XK_YXQZ', 'validFrom', '有效期自', 'Valid from', 'date', { ...REQUIRED, allowFuture: true, aliases: ['有效期起'] }),
    coded('XK_YXQZI', 'validTo', '有效期至', 'Valid until (2099-12-31: indefinite)', 'date', { ...REQUIRED, allowFuture: true, aliases: ['有效期止'] }),
    coded('XK_XKJG', 'authority', '许可机关', 'Licensing authority', 'text', { ...REQUIRED, maxLength: NAME }),
    coded('XK_XKJGDM', 'authorityCode', '许可机关统一社会信用代码', 'USCC of the licensing authority', 'uscc', { ...REQUIRED }),
    coded('XK_ZT', 'status', '当前状态', 'Status', 'enum', { options: ['有效', '无效'], optionAliases: { '1': '有效', '2': '无效' } }),
    coded('XK_LYDW', 'sourceDept', '数据来源单位', 'Source department', 'text', { ...REQUIRED, maxLength: NAME }),
    coded('XK_LYDWDM', 'sourceDeptCode', '数据来源单位统一社会信用代码', 'USCC of the source department', 'uscc', { ...REQUIRED }),
    coded('BZ', 'remarks', '备注', 'Remarks', 'text', { maxLength: 1000 }),
  ],
  roles: {
    ...SHUANGGONGSHI_PARTY_ROLES,
    docNo: 'decisionNo',
    decisionDate: 'decisionDate',
    validUntil: 'validTo',
    sourceDeptName: 'sourceDept',
    sourceDeptCode: 'sourceDeptCode',
  },
  rules: [...SHUANGGONGSHI_PARTY_RULES, endAfterDecision('validTo'), endAfterDecision('validTo', 'validFrom')],
  disclosure: 'public',
  severity: { kind: 'none' },
  // Public while valid: until 有效期至, or indefinitely (2099-12-31).
  publicity: { publishMinor: true },
  legalBasis: [
    '《中华人民共和国行政许可法》第四十条（准予行政许可的决定应当予以公开，公众有权查阅）',
    '《国家发展改革委办公厅关于认真做好行政许可和行政处罚等信用信息公示工作的通知》（发改办财金〔2015〕2700号）',
    '国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见（国办发〔2020〕49号）',
  ],
  source: '各行政许可机关',
  subjectTypes: ['enterprise', 'individual_business', 'institution', 'social_org', 'government', 'person'],
};
