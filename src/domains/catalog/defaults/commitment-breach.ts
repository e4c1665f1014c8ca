import { DOC_NO, field, LONG_TEXT, NAME, party, REQUIRED, sourceAndRemarks, standardRoles, type TypeInput } from './field-kit.js';

/**
 * 违反信用承诺: a subject did not keep a credit commitment it signed (SPEC §8: a
 * breach becomes a negative record). The commitment number is the natural key:
 * one breach record per commitment. Recorded by the office that holds the
 * commitment (the commitments domain ingests it through the normal path).
 */
export const commitmentBreach: TypeInput = {
  code: 'commitment_breach',
  name: '违反信用承诺',
  nameEn: 'Breach of a credit commitment',
  domain: 'commerce',
  sector: '信用承诺',
  category: 'commitment',
  polarity: 'negative',
  fields: [
    ...party({ codeType: 'subject_code' }),
    field('commitmentNo', '承诺书编号', 'Commitment number', 'text', { ...REQUIRED, maxLength: DOC_NO, aliases: ['编号'] }),
    field('commitmentKind', '承诺类型', 'Kind of commitment', 'enum', { ...REQUIRED, options: ['告知承诺', '信用修复承诺', '主动承诺', '其他'] }),
    field('matter', '承诺事项', 'Matter', 'text', { ...REQUIRED, maxLength: NAME }),
    field('signedOn', '承诺日期', 'Signed on', 'date', { ...REQUIRED }),
    field('breach', '未履行承诺情形', 'How the commitment was breached', 'text', { ...REQUIRED, maxLength: LONG_TEXT }),
    field('recordedOn', '认定日期', 'Recorded on', 'date', { ...REQUIRED }),
    ...sourceAndRemarks(),
  ],
  roles: standardRoles({ docNo: 'commitmentNo', decisionDate: 'recordedOn' }),
  rules: [{ kind: 'notAfter', field: 'signedOn', other: 'recordedOn', code: 'DATE_ORDER' }],
  disclosure: 'public',
  severity: { kind: 'fixed', tier: 'general' },
  publicity: { publishMinor: true },
  legalBasis: [
    '《国务院办公厅关于加快推进社会信用体系建设构建以信用为基础的新型监管机制的指导意见》（国办发〔2019〕35号）（将市场主体履行承诺情况纳入信用记录）',
  ],
  source: '信用承诺受理单位、信用工作机构',
  subjectTypes: ['enterprise', 'individual_business', 'institution', 'social_org', 'government', 'person'],
};
