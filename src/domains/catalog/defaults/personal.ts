import { decision, DOC_NO, field, LONG_TEXT, NAME, party, REQUIRED, sourceAndRemarks, standardRoles, type TypeInput } from './field-kit.js';
import { violationType } from './type-kits.js';

// 个人诚信 (plan 第六章第一节: 重点涉信人群) and 政务诚信 (第三章).

/** 从业人员执业处分: key professionals (SPEC §2). Shared by default: only some professions' sanctions are public by law. */
export const professionalDiscipline: TypeInput = violationType({
  code: 'professional_discipline',
  name: '从业人员执业处分',
  nameEn: 'Professional disciplinary sanction',
  domain: 'personal',
  sector: '重点职业人群',
  codeType: 'subject_code',
  fields: [
    field('profession', '执业类别', 'Profession', 'enum', {
      required: true,
      options: ['律师', '公证员', '注册会计师', '资产评估师', '医师', '护士', '药师', '教师', '科研人员', '导游', '食品药品从业人员', '金融从业人员', '注册建造师', '其他'],
    }),
    field('employer', '执业机构', 'Practice or employer', 'text', { maxLength: NAME }),
    field('licenceNo', '执业证号', 'Practising certificate number', 'text', { maxLength: 64 }),
  ],
  disclosure: 'shared',
  legalBasis: [
    '《中华人民共和国律师法》第四十七条至第四十九条',
    '《中华人民共和国医师法》',
    '《中华人民共和国教师法》第三十七条',
    '《导游管理办法》',
  ],
  source: '行业主管部门、行业协会',
  subjectTypes: ['person'],
});

/**
 * 公职人员诚信档案 (plan 第三章第三节: 奖惩记录、年度考核结果、违法违纪行为).
 * Internal only: the credit office and the source see it, nobody else.
 */
export const publicServantIntegrity: TypeInput = {
  code: 'public_servant_integrity',
  name: '公职人员诚信档案',
  nameEn: 'Public servant integrity file',
  domain: 'government',
  sector: '公职人员',
  category: 'other',
  polarity: 'neutral',
  fields: [
    ...party({ codeType: 'subject_code', nameLabel: '姓名', codeLabel: '身份证号码', legalRep: false }),
    field('employer', '工作单位', 'Employer', 'text', { ...REQUIRED, maxLength: NAME }),
    field('position', '职务', 'Position', 'text', { maxLength: 100 }),
    field('recordKind', '记录类别', 'Kind of record', 'enum', { ...REQUIRED, options: ['奖励', '处分', '年度考核', '违法违纪', '服务承诺履行'] }),
    field('assessment', '考核等次', 'Assessment grade', 'enum', { options: ['优秀', '称职', '基本称职', '不称职'] }),
    field('content', '记录内容', 'Content', 'text', { ...REQUIRED, maxLength: LONG_TEXT }),
    ...decision({ noLabel: '文件文号', dateLabel: '记录日期' }),
    ...sourceAndRemarks(),
  ],
  roles: standardRoles({}, { legalRep: false }),
  rules: [{ kind: 'requiredWhen', field: 'assessment', when: 'recordKind', equals: ['年度考核'], code: 'FIELD_REQUIRED' }],
  disclosure: 'internal',
  severity: { kind: 'none' },
  publicity: { publishMinor: false },
  legalBasis: ['《中华人民共和国公务员法》', '《中华人民共和国公职人员政务处分法》', '《南山区社会信用体系建设规划（2013-2020年）》第三章第三节'],
  source: '组织人事部门、纪检监察机关',
  subjectTypes: ['person'],
};

/** 政府机构失信 (违约毁约、拖欠账款、被列为失信被执行人): 政务诚信 (国发〔2016〕76号). */
export const governmentDefault: TypeInput = violationType({
  code: 'government_default',
  name: '政务失信（政府机构违约毁约）',
  nameEn: 'Government body default',
  domain: 'government',
  sector: '政务诚信',
  category: 'other',
  fields: [
    field('defaultKind', '失信类别', 'Kind of default', 'enum', { options: ['违约毁约', '拖欠账款', '不履行承诺', '被列为失信被执行人', '其他'] }),
    field('amountOwed', '涉及金额（万元）', 'Amount involved (10,000 yuan)', 'amount_wan'),
    field('contractNo', '合同或文件编号', 'Contract or document number', 'text', { maxLength: DOC_NO }),
  ],
  legalBasis: ['《国务院关于加强政务诚信建设的指导意见》（国发〔2016〕76号）', '《南山区社会信用体系建设规划（2013-2020年）》第三章'],
  source: '区政务服务数据管理局、区发展和改革局',
  subjectTypes: ['government', 'institution'],
});
