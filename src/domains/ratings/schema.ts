import { z } from 'zod';
import { ratingDisclosureSchema, ratingModelDefinitionSchema, treatmentSchema } from './model-definition.js';

/** Request and response shapes of the ratings API (docs/ratings.md). Scores are points with at most two decimals. */
const fieldError = z.object({ field: z.string(), code: z.string(), message: z.string() });
const isoDate = z.string().describe('YYYY-MM-DD');
const modelCode = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/);

export const modelParams = z.strictObject({ code: modelCode });
export const versionParams = z.strictObject({ code: modelCode, version: z.coerce.number().int().min(1) });
export const subjectParams = z.strictObject({ code: z.string().min(1).max(40).describe('统一社会信用代码 or a legacy identifier') });
export const subjectModelParams = subjectParams.extend({ model: modelCode });

export const ratingModelSummarySchema = z.object({
  code: z.string(), name: z.string(), kind: z.enum(['computed', 'ingested']),
  publishedVersion: z.number().int().nullable(), latestVersion: z.number().int(),
}).meta({ id: 'RatingModelSummary' });

const versionMeta = {
  version: z.number().int(), status: z.enum(['draft', 'published']), createdAt: z.string(), createdBy: z.string().nullable(),
  publishedAt: z.string().nullable(), publishedBy: z.string().nullable(),
};

export const ratingModelVersionSchema = z.object({
  code: z.string(), ...versionMeta, definition: ratingModelDefinitionSchema,
  warnings: z.array(fieldError).optional().describe('what the checks against the catalogue found (on create)'),
}).meta({ id: 'RatingModelVersion' });

export const ratingModelDetailSchema = z.object({
  code: z.string(), name: z.string(), kind: z.enum(['computed', 'ingested']), publishedVersion: z.number().int().nullable(),
  versions: z.array(z.object(versionMeta)),
  published: ratingModelDefinitionSchema.nullable().describe('the definition of the published version'),
}).meta({ id: 'RatingModelDetail' });

export const modelCheckSchema = z.object({ valid: z.boolean(), errors: z.array(fieldError), warnings: z.array(fieldError) }).meta({ id: 'RatingModelCheck' });

export const definitionBodySchema = z.strictObject({ definition: z.unknown().describe('a RatingModelDefinition; checked by the service, errors listed by path') }).meta({ id: 'RatingModelBody' });

const previewOptions = {
  sample: z.number().int().min(1).max(10_000_000).optional().describe('about this many subjects (every n-th in registry order); none = all'),
  seed: z.number().int().min(0).max(1_000_000).optional(),
};
export const previewBodySchema = z.strictObject(previewOptions).meta({ id: 'RatingPreviewOptions' });
export const previewDefinitionBodySchema = z.strictObject({ definition: z.unknown(), ...previewOptions }).meta({ id: 'RatingPreviewDefinition' });

const gradeCount = z.object({ grade: z.string(), count: z.number().int() });
export const previewResultSchema = z.object({
  model: z.string(), version: z.number().int().nullable(), ratedOn: isoDate, step: z.number().int(), subjects: z.number().int(),
  distribution: z.array(gradeCount), unrated: z.number().int(), current: z.array(gradeCount), currentUnrated: z.number().int(),
  changes: z.object({
    total: z.number().int(),
    transitions: z.array(z.object({ from: z.string().nullable(), to: z.string().nullable(), count: z.number().int() })),
    items: z.array(z.object({ subjectId: z.string(), code: z.string().nullable(), name: z.string(), from: z.string().nullable(), to: z.string().nullable(), score: z.number().nullable() })),
  }),
}).meta({ id: 'RatingPreview' });

const publicFactor = z.object({ label: z.string(), contribution: z.number() });
const fullFactor = z.object({
  key: z.string(), label: z.string(), measure: z.string(), units: z.number(), value: z.string().nullable(), points: z.number(), weight: z.number(),
  contribution: z.number(), uncapped: z.number().nullable(), records: z.array(z.string()).describe('ids of the records behind the factor'),
});
const ruleHit = z.object({ key: z.string(), label: z.string(), grade: z.string(), records: z.array(z.string()) });
const ratingCommon = {
  model: z.string(), modelName: z.string(), modelVersion: z.number().int(), disclosure: ratingDisclosureSchema,
  grade: z.string(), gradeLabel: z.string(), meaning: z.string(), score: z.number().nullable(), ratedOn: isoDate, treatment: treatmentSchema,
};
export const publicSubjectRatingSchema = z.object({ ...ratingCommon, factors: z.array(publicFactor) }).meta({ id: 'PublicSubjectRating' });
export const fullSubjectRatingSchema = z.object({
  ...ratingCommon, ratingId: z.string(), factors: z.array(fullFactor), base: z.number().nullable(), bonus: z.number().nullable(), deduction: z.number().nullable(),
  caps: z.array(z.object({ kind: z.string(), limit: z.number(), before: z.number() })), bandGrade: z.string().nullable(),
  vetoes: z.array(ruleHit), directGrade: ruleHit.nullable(), reviewOn: isoDate.nullable(),
}).meta({ id: 'SubjectRating' });

export const subjectRatingsSchema = z.discriminatedUnion('audience', [
  z.object({ audience: z.literal('public'), subject: z.object({ code: z.string().nullable(), name: z.string() }), ratings: z.array(publicSubjectRatingSchema) }),
  z.object({ audience: z.literal('full'), subject: z.object({ code: z.string().nullable(), name: z.string() }), ratings: z.array(fullSubjectRatingSchema) }),
]).meta({ id: 'SubjectRatings' });

export const ratingHistorySchema = z.object({
  items: z.array(z.object({
    ratingId: z.string(), model: z.string(), modelVersion: z.number().int(), grade: z.string().nullable(), score: z.number().nullable(),
    ratedOn: isoDate, ratedAt: z.string(), cause: z.string(),
  })),
  page: z.number().int(), pageSize: z.number().int(), hasMore: z.boolean(),
}).meta({ id: 'RatingHistory' });

export const subjectFilterQuery = z.object({
  street: z.string().min(1).max(20).optional().describe('所属街道, e.g. 粤海街道'),
  industry: z.string().regex(/^[A-T]$/).optional().describe('GB/T 4754 section A-T'),
});
export const distributionQuery = subjectFilterQuery.extend({ by: z.enum(['street', 'industry']).optional() });

export const distributionSchema = z.object({
  model: z.string(), version: z.number().int(), by: z.enum(['street', 'industry']).nullable(),
  grades: z.array(z.string()).describe('best first'),
  rows: z.array(z.object({ key: z.string().nullable(), total: z.number().int(), grades: z.array(gradeCount) })),
  total: z.object({ total: z.number().int(), grades: z.array(gradeCount) }),
}).meta({ id: 'RatingDistribution' });

export const inspectionPlanQuery = subjectFilterQuery.extend({
  seed: z.string().min(1).max(64).optional().describe('the draw seed (default: today, YYYY-MM-DD); the same seed draws the same subjects'),
  maxListed: z.coerce.number().int().min(0).max(10_000).default(1000).describe('most subjects listed per grade'),
});

export const inspectionPlanSchema = z.object({
  model: z.string(), version: z.number().int(), seed: z.string(), street: z.string().nullable(), industry: z.string().nullable(),
  grades: z.array(z.object({
    grade: z.string(), label: z.string(), count: z.number().int(), ratioPercent: z.number(), frequency: z.string(), sampleSize: z.number().int(),
    sample: z.array(z.object({ subjectId: z.string(), code: z.string().nullable(), name: z.string() })),
  })),
}).meta({ id: 'InspectionPlan' });

export type SubjectRatings = z.infer<typeof subjectRatingsSchema>;
export type FullSubjectRating = z.infer<typeof fullSubjectRatingSchema>;
export type PublicSubjectRating = z.infer<typeof publicSubjectRatingSchema>;
export type RatingHistory = z.infer<typeof ratingHistorySchema>;
export type RatingDistribution = z.infer<typeof distributionSchema>;
