import { z } from 'zod';

/**
 * Measures (联合奖惩措施) and credit checks (信用核查), SPEC §6. The measure
 * definition schema is the single source of truth: the default catalogue, the
 * admin API and the matcher all go through it.
 */
export const SCENARIOS = [
  'government_procurement', 'bidding', 'public_funds', 'public_housing', 'civil_service_hiring',
  'honours', 'licensing', 'market_access', 'household_points', 'state_enterprise_appointment',
] as const;
export const scenarioSchema = z.enum(SCENARIOS).describe('核查场景 / check scenario (SPEC §6)');
export type Scenario = z.infer<typeof scenarioSchema>;

export const MEASURE_KINDS = ['reward', 'punishment', 'management'] as const;
export const measureKindSchema = z.enum(MEASURE_KINDS);
export type MeasureKind = z.infer<typeof measureKindSchema>;

export const MEASURE_LEVELS = ['national', 'provincial', 'municipal', 'district'] as const;
export const measureLevelSchema = z.enum(MEASURE_LEVELS);

export const VERDICTS = ['clear', 'caution', 'restricted'] as const;
export const verdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof verdictSchema>;

const code = z.string().regex(/^[a-z][a-z0-9_]{1,63}$/, 'lower_snake_case');
const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * Whom a measure targets:
 * - list: an entry in effect on one of these list types (SPEC §5);
 * - grade: a rating of this model with one of these grades (SPEC §7; filled by the ratings issue);
 * - records: an active record in its publicity window on the day of the check, decided within the
 *   last `withinYears` years, matching every condition given (e.g. a serious penalty in 3 years).
 */
export const measureTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('list'), listTypes: z.array(code).min(1).max(50) }),
  z.strictObject({ kind: z.literal('grade'), model: code, grades: z.array(text(20)).min(1).max(20) }),
  z.strictObject({
    kind: z.literal('records'),
    category: z.string().regex(/^[a-z]+$/).optional(),
    typeCodes: z.array(code).min(1).max(50).optional(),
    severities: z.array(z.enum(['minor', 'general', 'serious'])).min(1).optional(),
    polarity: z.enum(['positive', 'negative', 'neutral', 'mixed']).optional(),
    withinYears: z.number().int().min(1).max(10),
  }),
]);
export type MeasureTarget = z.infer<typeof measureTargetSchema>;

export const measureDefinitionSchema = z
  .strictObject({
    code,
    kind: measureKindSchema,
    /** what the implementing body does (措施内容) */
    content: text(500),
    contentEn: text(500),
    target: measureTargetSchema,
    scenarios: z.array(scenarioSchema).min(1).refine((s) => new Set(s).size === s.length, 'scenarios repeat'),
    /** cited directly: law and article, or the document number (文号) */
    legalBasis: text(500),
    implementingBody: text(200),
    implementingBodyEn: text(200),
    level: measureLevelSchema,
    /** a retired measure stays in the history but is never returned */
    active: z.boolean().default(true),
  })
  .meta({ id: 'MeasureDefinition' });
export type MeasureDefinitionInput = z.input<typeof measureDefinitionSchema>;
export type MeasureDefinition = z.output<typeof measureDefinitionSchema>;

/** One published version of a measure. */
export interface StoredMeasure {
  definition: MeasureDefinition;
  version: number;
  /** position in the change history of the whole catalogue: the measures' data version */
  seq: number;
  publishedAt: string;
  publishedBy: string | null;
}

/** What triggered a measure: a list entry, a rating grade or a record (SPEC §6). */
export const triggerSchema = z
  .object({
    kind: z.enum(['list', 'grade', 'record']),
    id: z.string().describe('list entry id, rating id or record id'),
    listType: z.string().optional(),
    listKind: z.enum(['red', 'watch', 'black']).optional(),
    grade: z.string().optional(),
    model: z.string().optional(),
    typeCode: z.string().optional(),
    severity: z.string().optional(),
    decisionNo: z.string().optional().describe('decision or document number (决定书文号)'),
    decidedBy: z.string().optional(),
    date: z.string().describe('YYYY-MM-DD: entry in effect from, decision date, or the day the grade held'),
    until: z.string().optional().describe('YYYY-MM-DD: the last day the entry or record counts, where known'),
  })
  .meta({ id: 'CheckTrigger' });
export type Trigger = z.infer<typeof triggerSchema>;

export const appliedMeasureSchema = z
  .object({
    code: z.string(),
    kind: measureKindSchema,
    content: z.string(),
    contentEn: z.string(),
    legalBasis: z.string(),
    implementingBody: z.string(),
    level: measureLevelSchema,
    version: z.number().int(),
    trigger: triggerSchema,
    /** further list entries, grades or records that trigger the same measure */
    alsoTriggeredBy: z.array(triggerSchema),
  })
  .meta({ id: 'CheckMeasure' });
export type AppliedMeasure = z.infer<typeof appliedMeasureSchema>;

export const checkSubjectSchema = z
  .object({
    code: z.string().nullable(),
    name: z.string(),
    type: z.string(),
    idNumberMasked: z.string().nullable().describe('persons only: 4403**********123X, never the full number'),
  })
  .meta({ id: 'CheckSubject' });
export type CheckSubject = z.infer<typeof checkSubjectSchema>;

/** What the answer rests on, at answer time. */
export const dataVersionSchema = z
  .object({
    recordsSeq: z.number().int().describe('latest records outbox seq (records and upstream list entries)'),
    listsSeq: z.number().int().describe('latest office list-entry change seq'),
    measuresSeq: z.number().int().describe('latest measures catalogue change seq'),
  })
  .meta({ id: 'CheckDataVersion' });
export type DataVersion = z.infer<typeof dataVersionSchema>;

/** The signed part of a receipt; `signature` is Ed25519 over its canonical JSON (docs/checks.md). */
export const receiptBodySchema = z.object({
  format: z.literal('xinyong-check-receipt/1'),
  id: z.string(),
  issuedAt: z.string(),
  issuer: z.object({ kind: z.string(), id: z.string().nullable(), departmentId: z.string().nullable() }),
  subject: checkSubjectSchema,
  scenario: scenarioSchema,
  at: z.string(),
  verdict: verdictSchema,
  measures: z.array(appliedMeasureSchema),
  rewards: z.array(appliedMeasureSchema),
  dataVersion: dataVersionSchema,
  keyId: z.string().describe('first 16 hex digits of SHA-256 over the raw 32-byte public key'),
});
export type ReceiptBody = z.infer<typeof receiptBodySchema>;

export const receiptSchema = receiptBodySchema
  .extend({
    algorithm: z.literal('Ed25519'),
    signature: z.string().describe('base64 Ed25519 signature over the canonical JSON of every other field (docs/checks.md)'),
  })
  .meta({ id: 'CheckReceipt' });
export type Receipt = z.infer<typeof receiptSchema>;

export interface CheckResult {
  verdict: Verdict;
  subject: CheckSubject;
  scenario: Scenario;
  at: string;
  measures: AppliedMeasure[];
  rewards: AppliedMeasure[];
  receipt: Receipt;
}

const isoDate = z.iso.date().describe('YYYY-MM-DD');

/** A subject as a caller names it: a code (USCC or legacy identifier), an exact name, or a person's ID number. */
export const subjectRefSchema = z.string().trim().min(2).max(200).describe('统一社会信用代码, legacy identifier, exact name, or a person\'s ID number');

export const checkRequestSchema = z
  .strictObject({ subject: subjectRefSchema, scenario: scenarioSchema, at: isoDate.optional().describe('the day to answer for (default today, China time)') })
  .meta({ id: 'CheckRequest' });
export type CheckRequest = z.infer<typeof checkRequestSchema>;

export const MAX_BATCH = 1000;
export const batchRequestSchema = z
  .strictObject({ subjects: z.array(subjectRefSchema).min(1).max(MAX_BATCH), scenario: scenarioSchema, at: isoDate.optional() })
  .meta({ id: 'CheckBatchRequest' });
export type BatchRequest = z.infer<typeof batchRequestSchema>;

export interface BatchItem {
  /** position in the request, from 0 */
  index: number;
  input: string;
  result?: CheckResult;
  error?: { code: string; message: string };
}

export const feedbackItemSchema = z.strictObject({
  measureCode: code,
  applied: z.boolean(),
  reason: z.string().trim().min(1).max(500).optional().describe('why not: required when applied is false'),
});
export const feedbackRequestSchema = z
  .strictObject({ items: z.array(feedbackItemSchema).min(1).max(200) })
  .meta({ id: 'CheckFeedbackRequest' });
export type FeedbackRequest = z.infer<typeof feedbackRequestSchema>;

export const statsQuerySchema = z.strictObject({
  scenario: scenarioSchema.optional(),
  from: isoDate.optional().describe('first day (China time), default 30 days before to'),
  to: isoDate.optional().describe('last day, default today'),
});
export type StatsQuery = z.infer<typeof statsQuerySchema>;
