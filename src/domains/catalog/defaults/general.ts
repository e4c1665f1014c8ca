import { DOC_NO, endAfterDecision, field, LONG_TEXT, NAME, party, REQUIRED, sourceAndRemarks, standardRoles, type TypeInput } from './field-kit.js';
import { honourFields } from './type-kits.js';

const ALL_SUBJECTS: TypeInput['subjectTypes'] = ['enterprise', 'individual_business', 'institution', 'social_org', 'government', 'person'];

/** 表彰奖励 (荣誉) from government or associations: positive, 3 years (SPEC §3.2). */
export const commendation: TypeInput = {
  code: 'commendation',
  name: '表彰奖励',
  nameEn: 'Commendation and honours',
  domain: 'commerce',
  sector: '守信激励',
  category: 'commendation',
  polarity: 'positive',
  fields: honourFields('荣誉名称', [
    field('honourKind', '荣誉类别', 'Kind of honour', 'enum', {
      options: ['政府表彰', '行业协会表彰', '守合同重信用企业', '诚信示范单位', '劳动保障守法诚信示范企业', '诚信旅游示范单位', '其他'],
    }),
    field('honourLevel', '荣誉级别', 'Level', 'enum', { options: ['国家级', '省级', '市级', '区级', '行业'] }),
  ]),
  roles: standardRoles({ validUntil: 'validUntil', publicityEnd: 'validUntil' }),
  rules: [endAfterDecision('validUntil')],
  disclosure: 'public',
  severity: { kind: 'none' },
  publicity: { fixedMonths: 36, publishMinor: true },
  legalBasis: [
    '《国务院关于建立完善守信联合激励和失信联合惩戒制度加快推进社会诚信建设的指导意见》（国发〔2016〕33号）',
    '国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见（国办发〔2020〕49号）',
  ],
  source: '各级政府部门、行业协会',
  subjectTypes: ALL_SUBJECTS,
};

/** 信用承诺及履行: the commitment text and its fulfilment; commitments are public (SPEC §8). */
export const creditCommitment: TypeInput = {
  code: 'credit_commitment',
  name: '信用承诺及履行',
  nameEn: 'Credit commitment and its fulfilment',
  domain: 'commerce',
  sector: '信用承诺',
  category: 'commitment',
  polarity: 'neutral',
  fields: [
    ...party({ codeType: 'subject_code' }),
    field('commitmentNo', '承诺书编号', 'Commitment number', 'text', { ...REQUIRED, maxLength: DOC_NO, aliases: ['编号'] }),
    field('commitmentKind', '承诺类型', 'Kind of commitment', 'enum', {
      ...REQUIRED, options: ['告知承诺', '信用修复承诺', '主动承诺', '行业自律承诺', '其他'], optionAliases: { 审批替代型: '告知承诺', 信用修复型: '信用修复承诺', 主动型: '主动承诺', 行业自律型: '行业自律承诺' },
    }),
    field('matter', '承诺事项', 'Matter', 'text', { ...REQUIRED, maxLength: NAME }),
    field('text', '承诺内容', 'Commitment text', 'text', { ...REQUIRED, maxLength: LONG_TEXT }),
    field('signedOn', '承诺日期', 'Signed on', 'date', { ...REQUIRED }),
    field('dueBy', '履行期限至', 'To be fulfilled by', 'date', { allowFuture: true }),
    field('fulfilment', '履行状态', 'Fulfilment', 'enum', { options: ['履行中', '已履行', '未履行'] }),
    field('breach', '未履行情况', 'Breach', 'text', { maxLength: LONG_TEXT }),
    field('receiver', '承诺受理单位', 'Receiving body', 'text', { maxLength: NAME }),
    ...sourceAndRemarks(),
  ],
  roles: standardRoles({ docNo: 'commitmentNo', decisionDate: 'signedOn', validUntil: 'dueBy' }),
  rules: [
    endAfterDecision('dueBy', 'signedOn'),
    { kind: 'requiredWhen', field: 'breach', when: 'fulfilment', equals: ['未履行'], code: 'FIELD_REQUIRED' },
  ],
  disclosure: 'public',
  severity: { kind: 'none' },
  publicity: { publishMinor: true },
  legalBasis: ['《国务院办公厅关于加快推进社会信用体系建设构建以信用为基础的新型监管机制的指导意见》（国办发〔2019〕35号）（建立健全信用承诺制度）'],
  source: '各行政机关、行业协会',
  subjectTypes: ALL_SUBJECTS,
};

/** 合同履约 (plan 第四章第二节: 合同违约 信用信息归集); shared with government users. */
export const contractPerformance: TypeInput = {
  code: 'contract_performance',
  name: '合同履约',
  nameEn: 'Contract performance',
  domain: 'commerce',
  sector: '流通',
  category: 'other',
  polarity: 'neutral',
  fields: [
    ...party({ codeType: 'subject_code' }),
    field('contractNo', '合同编号', 'Contract number', 'text', { ...REQUIRED, maxLength: DOC_NO }),
    field('contractName', '合同名称', 'Contract', 'text', { ...REQUIRED, maxLength: NAME }),
    field('counterparty', '合同相对方', 'Counterparty', 'text', { maxLength: NAME }),
    field('amount', '合同金额（万元）', 'Contract value (10,000 yuan)', 'amount_wan', { aliases: ['合同金额'] }),
    field('signedOn', '签订日期', 'Signed on', 'date'),
    field('performance', '履约情况', 'Performance', 'enum', { ...REQUIRED, options: ['正常履约', '部分履约', '违约', '解除'] }),
    field('recordedOn', '记录日期', 'Recorded on', 'date', { ...REQUIRED }),
    field('description', '情况说明', 'Details', 'text', { maxLength: LONG_TEXT }),
    ...sourceAndRemarks(),
  ],
  roles: standardRoles({ docNo: 'contractNo', decisionDate: 'recordedOn' }),
  rules: [endAfterDecision('recordedOn', 'signedOn')],
  disclosure: 'shared',
  severity: { kind: 'none' },
  publicity: { fixedMonths: 36, publishMinor: true },
  legalBasis: ['《中华人民共和国民法典》第五百零九条（当事人应当按照约定全面履行自己的义务）'],
  source: '合同管理部门、采购人',
  subjectTypes: ALL_SUBJECTS,
};
