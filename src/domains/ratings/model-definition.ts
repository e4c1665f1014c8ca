import { z } from 'zod';
import { categorySchema, domainSchema } from '../catalog/index.js';
import { subjectTypeSchema } from '../subjects/index.js';

/**
 * A rating model (信用评价模型, SPEC §7) as data: the single source of truth
 * for the model editor, the API, the presets and the engine. Points, scores,
 * weights and caps are decimals with at most two places; the engine turns
 * them into integer hundredths (points.ts) and never computes in floating point.
 */
const TWO_PLACES = (v: number) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-7;
const points = z.number().min(-100_000).max(100_000).refine(TWO_PLACES, { message: '至多两位小数 / at most two decimal places' });
const positivePoints = points.refine((v) => v >= 0, { message: '不能为负 / must not be negative' });
const code = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, '小写字母、数字和下划线 / lower case letters, digits and _');
const text = (max: number) => z.string().trim().min(1).max(max);

export const RATING_MODEL_KINDS = ['computed', 'ingested'] as const;
export const ratingDisclosureSchema = z.enum(['public', 'shared', 'internal']);
export type RatingDisclosure = z.infer<typeof ratingDisclosureSchema>;

/** Which records a factor looks at: every list given must match (AND); within a list any value (OR). */
export const recordFilterSchema = z.strictObject({
  typeCodes: z.array(code).min(1).optional(),
  /** record types left out even when the other lists match (e.g. black lists, which a direct grade handles) */
  excludeTypeCodes: z.array(code).min(1).optional(),
  categories: z.array(categorySchema).min(1).optional(),
  /** `none`: records without a tier */
  severities: z.array(z.enum(['minor', 'general', 'serious', 'none'])).min(1).optional(),
  polarities: z.array(z.enum(['positive', 'negative', 'neutral'])).min(1).optional(),
  domains: z.array(domainSchema).min(1).optional(),
});
export type RecordFilter = z.infer<typeof recordFilterSchema>;

/** Counting records (see counts-on.ts) that match, decided within the window, at least `atLeast` of them. */
export const conditionSchema = z.strictObject({
  filter: recordFilterSchema,
  /** months before the rating date (decision date + months ≥ rating date); none = every counting record */
  windowMonths: z.number().int().min(1).max(240).optional(),
  atLeast: z.number().int().min(1).max(1000).default(1),
});
export type Condition = z.infer<typeof conditionSchema>;

export const MEASURES = ['count', 'presence', 'sum', 'mean', 'latest'] as const;

/**
 * One indicator: units × points × weight, in hundredths, rounded half away from zero.
 * count: matching records; presence: 1 if any; sum / mean: of a numeric field ÷ `per`;
 * latest: the field of the latest matching record ÷ `per`, or `valuePoints[value]` for text values.
 */
export const indicatorSchema = z.strictObject({
  key: code,
  label: text(100),
  labelEn: text(200).optional(),
  filter: recordFilterSchema,
  windowMonths: z.number().int().min(1).max(240).optional(),
  measure: z.enum(MEASURES),
  /** field key of the records (sum, mean, latest) */
  field: z.string().regex(/^[a-z][a-zA-Z0-9]*$/).optional(),
  /** the stored unit per counted unit: 1,000,000 for 万元 of an amount field (stored in fen) */
  per: z.number().int().min(1).max(1_000_000_000).default(1),
  /** points per unit (negative: a deduction) */
  points: points.default(0),
  /** for `latest` of a text field: points by value (values not listed score 0) */
  valuePoints: z.record(z.string().min(1), points).optional(),
  weight: positivePoints.default(1),
  /** at most this many points either way from this indicator */
  maxPoints: positivePoints.optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

/** 一票否决 (at most `grade`) or 直接判级 (exactly `grade`) when the condition holds. */
export const gradeRuleSchema = z.strictObject({
  key: code,
  label: text(100),
  labelEn: text(200).optional(),
  when: conditionSchema,
  grade: z.string().min(1).max(10),
});
export type GradeRule = z.infer<typeof gradeRuleSchema>;

/** Inclusive lower bound; the last band has `min: null` and takes every lower score. */
export const bandSchema = z.strictObject({ grade: z.string().min(1).max(10), min: points.nullable() });
export type Band = z.infer<typeof bandSchema>;

/** What a grade means for supervision (双随机一公开 抽查比例 and frequency) and which incentives or measures it triggers. */
export const treatmentSchema = z.strictObject({
  /** share of the grade's subjects drawn for random inspection, in percent */
  inspectionRatioPercent: z.number().min(0).max(100).refine(TWO_PLACES, { message: '至多两位小数 / at most two decimal places' }),
  inspectionFrequency: text(200),
  inspectionFrequencyEn: text(300).optional(),
  /** codes of rewards (守信激励) the checks domain may apply */
  incentives: z.array(code).default([]),
  /** codes of measures (失信惩戒, 重点监管) the checks domain may apply */
  measures: z.array(code).default([]),
});
export type Treatment = z.infer<typeof treatmentSchema>;

export const gradeDefinitionSchema = z.strictObject({
  grade: z.string().min(1).max(10),
  label: text(50),
  labelEn: text(100).optional(),
  meaning: text(500),
  meaningEn: text(1000).optional(),
  treatment: treatmentSchema,
});
export type GradeDefinition = z.infer<typeof gradeDefinitionSchema>;

const common = {
  code,
  name: text(100),
  nameEn: text(200).optional(),
  description: text(2000).optional(),
  /** the legal or administrative basis; say plainly where a figure is the platform's own choice */
  basis: z.array(text(500)).min(1),
  /** who may see the grades: public (the portal), shared (government and the subject), internal (government only) */
  disclosure: ratingDisclosureSchema,
  subjectTypes: z.array(subjectTypeSchema).min(1),
  /** best first: the order decides "worse" for vetoes and direct grades */
  grades: z.array(gradeDefinitionSchema).min(2).max(20),
};

/** A model that computes a score from the subject's records. */
export const computedModelSchema = z.strictObject({
  ...common,
  kind: z.literal('computed'),
  baseScore: points.default(0),
  /** the score is clamped into this range after caps */
  scoreRange: z.strictObject({ min: points, max: points }).optional(),
  /** rate only subjects meeting this (a direct grade rates them regardless); none = every subject of the types */
  requires: conditionSchema.optional(),
  indicators: z.array(indicatorSchema).max(100).default([]),
  caps: z.strictObject({ bonus: positivePoints.optional(), deduction: positivePoints.optional() }).default({}),
  vetoes: z.array(gradeRuleSchema).max(50).default([]),
  directGrades: z.array(gradeRuleSchema).max(50).default([]),
  bands: z.array(bandSchema).min(1).max(20),
});

/** A grade another department gives (纳税信用, 环境信用), taken from the latest counting record, not recomputed. */
export const ingestedModelSchema = z.strictObject({
  ...common,
  kind: z.literal('ingested'),
  source: z.strictObject({
    typeCode: code,
    gradeField: z.string().regex(/^[a-z][a-zA-Z0-9]*$/).default('grade'),
    /** a numeric field taken as the score (points), when the source gives one */
    scoreField: z.string().regex(/^[a-z][a-zA-Z0-9]*$/).optional(),
  }),
});

export const ratingModelDefinitionSchema = z.discriminatedUnion('kind', [computedModelSchema, ingestedModelSchema]).meta({ id: 'RatingModelDefinition' });
export type RatingModelDefinition = z.infer<typeof ratingModelDefinitionSchema>;
export type RatingModelInput = z.input<typeof ratingModelDefinitionSchema>;
export type ComputedModel = z.infer<typeof computedModelSchema>;
export type IngestedModel = z.infer<typeof ingestedModelSchema>;
