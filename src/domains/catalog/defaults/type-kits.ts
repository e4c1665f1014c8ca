import {
  decision, DOC_NO, field, LONG_TEXT, NAME, party, REQUIRED, severityFromLevel, severityLevelField, sourceAndRemarks, standardRoles,
  type FieldInput, type TypeInput,
} from './field-kit.js';

type Common = Pick<TypeInput, 'code' | 'name' | 'nameEn' | 'domain' | 'sector' | 'legalBasis' | 'source' | 'subjectTypes'>;

/**
 * A negative record a department decides (违法失信行为): the subject, the
 * decision, the facts and the measure taken, the tier the department states
 * (轻微/一般/严重 → SPEC §3.2 periods), then the type's own fields.
 */
export function violationType(spec: Common & {
  codeType?: 'uscc' | 'subject_code';
  category?: TypeInput['category'];
  fields?: FieldInput[];
  rules?: TypeInput['rules'];
  roles?: Partial<TypeInput['roles']>;
  severity?: TypeInput['severity'];
  publicity?: TypeInput['publicity'];
  disclosure?: TypeInput['disclosure'];
  factsLabel?: string;
}): TypeInput {
  const { codeType, category, fields, rules, roles, severity, publicity, disclosure, factsLabel, ...common } = spec;
  return {
    ...common,
    category: category ?? 'penalty',
    polarity: 'negative',
    fields: [
      ...party({ codeType: codeType ?? 'uscc' }),
      ...decision(),
      field('violationFacts', factsLabel ?? '违法失信事实', 'Facts', 'text', { ...REQUIRED, maxLength: LONG_TEXT, aliases: ['违法事实', '失信行为'] }),
      field('legalGrounds', '处理依据', 'Legal grounds', 'text', { maxLength: LONG_TEXT, aliases: ['处罚依据', '认定依据'] }),
      field('measure', '处理结果', 'Measure taken', 'text', { maxLength: LONG_TEXT, aliases: ['处罚内容', '处理措施'] }),
      ...(fields ?? []),
      ...(severity ? [] : [severityLevelField()]),
      ...sourceAndRemarks(),
    ],
    roles: standardRoles(roles),
    rules: rules ?? [],
    disclosure: disclosure ?? 'public',
    severity: severity ?? severityFromLevel,
    publicity: publicity ?? { publishMinor: true },
  };
}

/**
 * A rating a department gives each year (评价结果): the natural key is the
 * subject's code + the period, so a second rating for the same year corrects
 * the first (SPEC §3.3). Ratings are neutral; their publicity is the year.
 */
export function ratingType(spec: Common & {
  grades: string[];
  gradeLabel: string;
  gradeAliases?: Record<string, string>;
  fields?: FieldInput[];
  disclosure: TypeInput['disclosure'];
  fixedMonths?: number;
  periodLabel?: string;
}): TypeInput {
  const { grades, gradeLabel, gradeAliases, fields, disclosure, fixedMonths, periodLabel, ...common } = spec;
  return {
    ...common,
    category: 'rating',
    polarity: 'neutral',
    fields: [
      ...party({ legalRep: false }),
      field('period', periodLabel ?? '评价年度', 'Period (year)', 'text', { ...REQUIRED, pattern: '^\\d{4}$', aliases: ['年度', '评价期间'] }),
      field('grade', gradeLabel, 'Grade', 'enum', { ...REQUIRED, options: grades, ...(gradeAliases && { optionAliases: gradeAliases }), aliases: ['等级', '评价等级', '信用等级'] }),
      ...(fields ?? []),
      field('ratedOn', '评价日期', 'Rated on', 'date', { ...REQUIRED, aliases: ['评定日期', '发布日期'] }),
      field('validUntil', '有效期至', 'Valid until', 'date', { allowFuture: true }),
      field('authority', '评价机关', 'Rating body', 'text', { maxLength: NAME, aliases: ['评价单位'] }),
      field('authorityCode', '评价机关统一社会信用代码', 'USCC of the rating body', 'uscc'),
      ...sourceAndRemarks(),
    ],
    roles: { subjectName: 'subjectName', subjectCode: 'subjectCode', docNo: 'subjectCode', period: 'period', decisionDate: 'ratedOn',
      validUntil: 'validUntil', sourceDeptName: 'sourceDept', sourceDeptCode: 'sourceDeptCode' },
    rules: [{ kind: 'notAfter', field: 'ratedOn', other: 'validUntil', code: 'DATE_ORDER' }],
    disclosure,
    severity: { kind: 'none' },
    publicity: { fixedMonths: fixedMonths ?? 12, publishMinor: true },
  };
}

/** A positive record (表彰奖励 and the like): public 3 years unless it states its own end. */
export function honourFields(nameLabel: string, extra: FieldInput[] = []): FieldInput[] {
  return [
    ...party({ codeType: 'subject_code' }),
    field('decisionNo', '表彰决定文号', 'Decision number', 'text', { ...REQUIRED, maxLength: DOC_NO, aliases: ['文号', '决定文书号'] }),
    field('honourName', nameLabel, 'Honour', 'text', { ...REQUIRED, maxLength: NAME }),
    ...extra,
    field('decisionDate', '认定日期', 'Awarded on', 'date', { ...REQUIRED, aliases: ['表彰日期', '授予日期'] }),
    field('validUntil', '有效期至', 'Valid until', 'date', { allowFuture: true }),
    field('authority', '认定单位', 'Awarding body', 'text', { ...REQUIRED, maxLength: NAME, aliases: ['表彰单位', '授予单位'] }),
    field('authorityCode', '认定单位统一社会信用代码', 'USCC of the awarding body', 'uscc'),
    ...sourceAndRemarks(),
  ];
}
