import type { z } from 'zod';
import { ZOD_ISSUE_CODES, type FieldError } from '../../kernel/errors.js';
import { ratingModelDefinitionSchema, type ComputedModel, type Condition, type RatingModelDefinition } from './model-definition.js';

/** What the checks need to know of the catalogue: each type's fields and, for enums, their options. */
export type CatalogFacts = ReadonlyMap<string, { domain: string; fields: ReadonlyArray<{ key: string; type: string; options?: string[] | undefined }> }>;

export interface ModelCheck {
  definition: RatingModelDefinition | null;
  /** the model cannot be stored: each with the path of the offending value (`bands.2.min`) */
  errors: FieldError[];
  /** the model can be stored but probably does not do what was meant (an unknown record type, a field the type lacks) */
  warnings: FieldError[];
}

const issueToError = (issue: z.core.$ZodIssue): FieldError => ({
  field: issue.path.map(String).join('.') || '(root)',
  code: ZOD_ISSUE_CODES[issue.code] ?? 'INVALID_VALUE',
  message: issue.message,
});

/** Parses and checks a model definition: the schema first, then the rules between its parts, then against the catalogue. */
export function checkModel(input: unknown, catalog: CatalogFacts): ModelCheck {
  const parsed = ratingModelDefinitionSchema.safeParse(input);
  if (!parsed.success) return { definition: null, errors: parsed.error.issues.map(issueToError), warnings: [] };
  const definition = parsed.data;
  const errors: FieldError[] = [];
  const warnings: FieldError[] = [];
  const err = (field: string, code: string, message: string) => errors.push({ field, code, message });
  const warn = (field: string, code: string, message: string) => warnings.push({ field, code, message });

  const grades = new Set<string>();
  definition.grades.forEach((g, i) => {
    if (grades.has(g.grade)) err(`grades.${i}.grade`, 'RATING_GRADE_DUPLICATE', `等级 ${g.grade} 重复 / grade ${g.grade} given twice`);
    grades.add(g.grade);
  });
  const knownGrade = (grade: string, field: string) => {
    if (!grades.has(grade)) err(field, 'RATING_GRADE_UNKNOWN', `未定义的等级 ${grade} / grade ${grade} is not among the model's grades`);
  };

  const typeKnown = (typeCode: string, field: string) => {
    if (!catalog.has(typeCode)) warn(field, 'RATING_TYPE_UNKNOWN', `目录中没有类型 ${typeCode} / record type ${typeCode} is not in the catalogue`);
  };
  const checkCondition = (c: Condition, path: string) => {
    c.filter.typeCodes?.forEach((t, i) => typeKnown(t, `${path}.filter.typeCodes.${i}`));
  };

  if (definition.kind === 'ingested') {
    const type = catalog.get(definition.source.typeCode);
    if (!type) typeKnown(definition.source.typeCode, 'source.typeCode');
    const gradeField = type?.fields.find((f) => f.key === definition.source.gradeField);
    if (type && !gradeField) warn('source.gradeField', 'RATING_FIELD_UNKNOWN', `类型没有字段 ${definition.source.gradeField} / the type has no such field`);
    for (const option of gradeField?.options ?? []) {
      if (!grades.has(option)) warn('grades', 'RATING_GRADE_NOT_IN_MODEL', `来源等级 ${option} 未在模型中定义 / source grade ${option} has no grade in the model`);
    }
    if (type && definition.source.scoreField && !type.fields.some((f) => f.key === definition.source.scoreField)) {
      warn('source.scoreField', 'RATING_FIELD_UNKNOWN', `类型没有字段 ${definition.source.scoreField} / the type has no such field`);
    }
    return { definition, errors, warnings };
  }

  checkComputed(definition, { err, knownGrade, checkCondition, warn }, catalog);
  return { definition: errors.length === 0 ? definition : null, errors, warnings };
}

type Report = (field: string, code: string, message: string) => void;

function checkComputed(
  m: ComputedModel,
  on: { err: Report; warn: Report; knownGrade: (grade: string, field: string) => void; checkCondition: (c: Condition, path: string) => void },
  catalog: CatalogFacts,
): void {
  const { err, warn, knownGrade, checkCondition } = on;
  if (m.scoreRange && m.scoreRange.min > m.scoreRange.max) err('scoreRange.min', 'RATING_RANGE_ORDER', '下限高于上限 / min is above max');

  m.bands.forEach((b, i) => {
    knownGrade(b.grade, `bands.${i}.grade`);
    const last = i === m.bands.length - 1;
    if (last !== (b.min === null)) {
      err(`bands.${i}.min`, 'RATING_BAND_CATCH_ALL', '最后一档（且仅最后一档）的下限为 null / the last band, and only the last, has min null');
    }
    const previous = m.bands[i - 1]?.min;
    if (b.min !== null && previous !== undefined && previous !== null && b.min >= previous) {
      err(`bands.${i}.min`, 'RATING_BANDS_ORDER', '分数段须从高到低 / bands go from the highest score down');
    }
  });

  const keys = new Set<string>();
  const uniqueKey = (key: string, field: string) => {
    if (keys.has(key)) err(field, 'RATING_KEY_DUPLICATE', `标识 ${key} 重复 / key ${key} used twice`);
    keys.add(key);
  };
  if (m.requires) checkCondition(m.requires, 'requires');
  m.indicators.forEach((ind, i) => {
    const path = `indicators.${i}`;
    uniqueKey(ind.key, `${path}.key`);
    checkCondition({ filter: ind.filter, atLeast: 1 }, path);
    const needsField = ind.measure === 'sum' || ind.measure === 'mean' || ind.measure === 'latest';
    if (needsField && !ind.field) err(`${path}.field`, 'RATING_FIELD_REQUIRED', `${ind.measure} 须指定字段 / ${ind.measure} needs a field`);
    if (!needsField && ind.field) err(`${path}.field`, 'RATING_FIELD_NOT_USED', `${ind.measure} 不使用字段 / ${ind.measure} uses no field`);
    if (ind.valuePoints && ind.measure !== 'latest') err(`${path}.valuePoints`, 'RATING_VALUE_POINTS_NOT_LATEST', 'valuePoints 仅用于 latest / valuePoints only with latest');
    if (ind.field && ind.filter.typeCodes) {
      const missing = ind.filter.typeCodes.filter((t) => catalog.has(t) && !catalog.get(t)!.fields.some((f) => f.key === ind.field));
      if (missing.length > 0) warn(`${path}.field`, 'RATING_FIELD_UNKNOWN', `类型 ${missing.join('、')} 没有字段 ${ind.field} / no such field in ${missing.join(', ')}`);
    }
    if (ind.field && !ind.filter.typeCodes) warn(`${path}.filter.typeCodes`, 'RATING_FIELD_WITHOUT_TYPES', '按字段计算时应限定记录类型 / a field indicator should name its record types');
  });
  for (const [list, rules] of [['vetoes', m.vetoes], ['directGrades', m.directGrades]] as const) {
    rules.forEach((r, i) => {
      uniqueKey(r.key, `${list}.${i}.key`);
      knownGrade(r.grade, `${list}.${i}.grade`);
      checkCondition(r.when, `${list}.${i}.when`);
    });
  }
}
