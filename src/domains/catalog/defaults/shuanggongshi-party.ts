import { coded, ID_TYPE_ALIASES, ID_TYPES, NAME, REQUIRED, type FieldInput, type TypeInput } from './field-kit.js';

/**
 * The 行政相对人 block that the 双公示 licence (XK_) and penalty (CF_) formats
 * share (SPEC §3.1). Keys are the same in both formats, so an API client
 * writes `subjectName` whichever it submits. ID numbers are never public.
 */
export const SUBJECT_CATEGORIES = ['法人及非法人组织', '自然人', '个体工商户'];

export function shuanggongshiParty(prefix: 'XK' | 'CF'): FieldInput[] {
  const p = (rest: string) => `${prefix}_${rest}`;
  // The legacy 2016-2018 penalty columns that map one to one (legacy-format.ts handles the rest).
  const legacy = (...codes: string[]) => (prefix === 'CF' ? codes : []);
  return [
    coded(p('XDR_MC'), 'subjectName', '行政相对人名称', 'Name of the party', 'text', { ...REQUIRED, maxLength: NAME, aliases: ['相对人名称'] }),
    coded(p('XDR_LB'), 'subjectCategory', '行政相对人类别', 'Category of the party', 'enum', {
      ...REQUIRED, options: SUBJECT_CATEGORIES, aliases: ['相对人类别'],
      optionAliases: { 法人: '法人及非法人组织', 非法人组织: '法人及非法人组织', 法人及其他组织: '法人及非法人组织', 个人: '自然人', 个体户: '个体工商户' },
    }),
    coded(p('XDR_SHXYM'), 'subjectCode', '统一社会信用代码', 'Unified social credit code', 'uscc', { aliases: ['社会信用代码'] }),
    coded(p('XDR_GSZC'), 'registrationNo', '工商注册号', 'Business registration number', 'text', { maxLength: 50, aliases: ['工商登记号', '工商登记码', ...legacy('CF_XDR_GSDJ')] }),
    coded(p('XDR_ZZJG'), 'orgCode', '组织机构代码', 'Organisation code', 'org_code', { aliases: legacy('CF_XDR_ZDM') }),
    coded(p('XDR_SWDJ'), 'taxRegistrationNo', '税务登记号', 'Tax registration number', 'text', { maxLength: 50 }),
    coded(p('XDR_SYDW'), 'institutionCertNo', '事业单位证书号', 'Public institution certificate number', 'text', { maxLength: 50 }),
    coded(p('XDR_SHZZ'), 'socialOrgCertNo', '社会组织登记证号', 'Social organisation registration number', 'text', { maxLength: 50 }),
    coded(p('FRDB'), 'legalRep', '法定代表人', 'Legal representative', 'text', { maxLength: 100, aliases: ['法定代表人姓名', ...legacy('CF_FR')] }),
    coded(p('FR_ZJLX'), 'legalRepIdType', '法定代表人证件类型', 'Legal representative ID type', 'enum', {
      options: ID_TYPES, optionAliases: ID_TYPE_ALIASES, disclosure: 'internal',
    }),
    coded(p('FR_ZJHM'), 'legalRepIdNumber', '法定代表人证件号码', 'Legal representative ID number', 'id_number', {
      disclosure: 'internal', idTypeField: 'legalRepIdType', maxLength: 40,
    }),
    coded(p('XDR_ZJLX'), 'idType', '证件类型', 'ID type', 'enum', { options: ID_TYPES, optionAliases: ID_TYPE_ALIASES, disclosure: 'internal' }),
    coded(p('XDR_ZJHM'), 'idNumber', '证件号码', 'ID number', 'id_number', {
      disclosure: 'internal', idTypeField: 'idType', maxLength: 40, aliases: ['居民身份证号', '身份证号码', ...legacy('CF_XDR_SFZ')],
    }),
  ];
}

/**
 * SPEC §3.1 cross-field rules of the party block: a USCC unless 自然人, an ID
 * number for 自然人, a legal representative for 法人及非法人组织.
 */
export const SHUANGGONGSHI_PARTY_RULES: NonNullable<TypeInput['rules']> = [
  { kind: 'requiredUnless', field: 'subjectCode', when: 'subjectCategory', equals: ['自然人'], code: 'CODE_REQUIRED' },
  { kind: 'requiredWhen', field: 'idNumber', when: 'subjectCategory', equals: ['自然人'], code: 'ID_NUMBER_REQUIRED' },
  { kind: 'requiredWhen', field: 'legalRep', when: 'subjectCategory', equals: ['法人及非法人组织'], code: 'LEGAL_REP_REQUIRED' },
];

export const SHUANGGONGSHI_PARTY_ROLES = {
  subjectName: 'subjectName', subjectCategory: 'subjectCategory', subjectCode: 'subjectCode', subjectIdNumber: 'idNumber', legalRep: 'legalRep',
} as const;
