import { z } from 'zod';
import { subjectTypeSchema } from '../subjects/schema.js';

/**
 * A record type of the catalogue (信用信息目录, SPEC §3) as versioned data.
 * This schema is the single source of truth: the default catalogue, the admin
 * API and the validator all go through it.
 */
export const DISCLOSURE_LEVELS = ['public', 'shared', 'authorised', 'internal'] as const;
export const disclosureSchema = z.enum(DISCLOSURE_LEVELS);
export type Disclosure = z.infer<typeof disclosureSchema>;

export const SEVERITY_TIERS = ['minor', 'general', 'serious'] as const;
export const severitySchema = z.enum(SEVERITY_TIERS);
export type Severity = z.infer<typeof severitySchema>;

/** 政务诚信, 商务诚信, 社会诚信, 个人诚信, 司法公信 */
export const domainSchema = z.enum(['government', 'commerce', 'society', 'personal', 'judicial']);
/** Archive categories (SPEC §4). */
export const categorySchema = z.enum(['basic', 'licence', 'penalty', 'list', 'rating', 'commitment', 'commendation', 'judicial', 'other']);
/**
 * `mixed` (建筑市场良好/不良行为): a record whose severity rule yields a tier is
 * negative, one without a tier is positive (good conduct).
 */
export const polaritySchema = z.enum(['positive', 'negative', 'neutral', 'mixed']);

/**
 * Field value types. Dates are stored YYYY-MM-DD; `amount_wan` is given in 万元
 * and stored as integer fen (1 万元 = 1,000,000 fen), never floating point;
 * `amount_yuan` is given in 元 (at most 2 decimals) and stored as fen too.
 * `score` is an integer 0-100 unless min/max say otherwise. `subject_code` is a
 * USCC or a resident ID number in one column (courts' 证件号码/统一社会信用代码).
 * `id_number` values are stored masked in `fields`; the subject's full number
 * travels only in ValidatedRecord.subject.idNumber.
 */
export const fieldTypeSchema = z.enum(['text', 'date', 'amount_wan', 'amount_yuan', 'integer', 'score', 'enum', 'multi_enum', 'uscc', 'id_number', 'org_code', 'subject_code', 'boolean']);
export type FieldType = z.infer<typeof fieldTypeSchema>;

export const fieldDefinitionSchema = z.strictObject({
  /** English key, camelCase: the API's field name and the stored name. */
  key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  /** 双公示 field code (CF_WSH …) where the national format has one. */
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/).optional(),
  label: z.string().min(1),
  labelEn: z.string().min(1),
  type: fieldTypeSchema,
  required: z.boolean().default(false),
  options: z.array(z.string().min(1)).optional(),
  maxLength: z.number().int().positive().optional(),
  /** The highest level at which this field may be shown; ID numbers are never public. */
  disclosure: disclosureSchema.optional(),
  /** Further header names accepted on import (legacy codes, common variants). */
  aliases: z.array(z.string().min(1)).default([]),
  /** For dates: may lie in the future (validity ends, planned exits). */
  allowFuture: z.boolean().default(false),
  /** For enums: other spellings accepted and stored as the option they name (legacy 处罚类别, 法人 → 法人及非法人组织). */
  optionAliases: z.record(z.string().min(1), z.string().min(1)).optional(),
  /** For integer and score: inclusive bounds. */
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  /** For text: a regular expression the whole value must match (e.g. a year: ^\\d{4}$). */
  pattern: z.string().min(1).max(200).optional(),
  /** For id_number: the field naming the document type; the number is checked as a resident ID only when that field is empty or 身份证. */
  idTypeField: z.string().optional(),
});
export type FieldDefinition = z.infer<typeof fieldDefinitionSchema>;

/**
 * Cross-field rules, evaluated after each field passed its own checks; `code` is
 * the error code reported on `field`. Values compare in their stored form (enum
 * text, 'true'/'false', the items of a multi-enum).
 * - requiredWhen: `field` is required when `when` equals one of `equals`, or its
 *   items include one of `includes`; with neither, whenever `when` is filled in.
 * - requiredUnless: `field` is required when `when` is filled in with anything but `equals`.
 * - notAfter: the date `field` must not lie after the date `other` (both filled in).
 */
export const ruleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('requiredWhen'), field: z.string(), when: z.string(), equals: z.array(z.string()).optional(), includes: z.array(z.string()).optional(), code: z.string() }),
  z.strictObject({ kind: z.literal('requiredUnless'), field: z.string(), when: z.string(), equals: z.array(z.string()), code: z.string() }),
  z.strictObject({ kind: z.literal('notAfter'), field: z.string(), other: z.string(), code: z.string() }),
]);
export type Rule = z.infer<typeof ruleSchema>;

/** Which field plays which part: the pipeline needs these whatever the type. */
export const rolesSchema = z.strictObject({
  subjectName: z.string(),
  /** 行政相对人类别 (法人及非法人组织 / 自然人 / 个体工商户); absent → the type's first subject type. */
  subjectCategory: z.string().optional(),
  subjectCode: z.string().optional(),
  subjectIdNumber: z.string().optional(),
  legalRep: z.string().optional(),
  /** The decision document number: with department and type, the natural key (SPEC §3.3). */
  docNo: z.string(),
  /** Ratings: the period (year) completes the natural key. */
  period: z.string().optional(),
  decisionDate: z.string(),
  validUntil: z.string().optional(),
  /** A publicity end the source states itself (CF_GSJZQ, a court's end date). */
  publicityEnd: z.string().optional(),
  penaltyKinds: z.string().optional(),
  fine: z.string().optional(),
  /** 适用简易程序: penalties decided on the spot are minor (SPEC §3.2). */
  simpleProcedure: z.string().optional(),
  sourceDeptName: z.string().optional(),
  sourceDeptCode: z.string().optional(),
});

/** SPEC §3.2: how severity is set. */
export const severityRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('fixed'), tier: severitySchema }),
  /** 行政处罚 default tiering from 处罚类别 and 罚款金额. */
  z.strictObject({ kind: z.literal('penalty') }),
  /** Taken from a field's value, e.g. 建筑市场 不良行为 等级. */
  z.strictObject({ kind: z.literal('field'), field: z.string(), map: z.record(z.string(), severitySchema) }),
]);

/** SPEC §3.2: publicity periods; overrides for sector rules. Days/months from the decision date. */
export const publicityRuleSchema = z.strictObject({
  /** Maximum period per tier, in months (defaults: minor 3, general 12, serious 36). */
  maxMonths: z.partialRecord(severitySchema, z.number().int().positive()).optional(),
  /** Minimum period per tier before repair may be applied for, in months (defaults: minor 0, general 3, serious 12). */
  minMonths: z.partialRecord(severitySchema, z.number().int().nonnegative()).optional(),
  /** For types without tiers (positive, neutral, court lists): a fixed period in months; absent → while valid. */
  fixedMonths: z.number().int().positive().optional(),
  /** Publish at all? Minor penalties may stay unpublished (SPEC §3.2). */
  publishMinor: z.boolean().default(true),
});

export const recordTypeDefinitionSchema = z
  .strictObject({
    code: z.string().regex(/^[a-z][a-z0-9_]*$/),
    name: z.string().min(1),
    nameEn: z.string().min(1),
    domain: domainSchema,
    /** e.g. 生产, 流通, 税务, 建设, 交通 … within the domain */
    sector: z.string().optional(),
    category: categorySchema,
    polarity: polaritySchema,
    fields: z.array(fieldDefinitionSchema).min(1),
    roles: rolesSchema,
    rules: z.array(ruleSchema).default([]),
    disclosure: disclosureSchema,
    severity: severityRuleSchema,
    publicity: publicityRuleSchema.default({ publishMinor: true }),
    legalBasis: z.array(z.string().min(1)).min(1),
    /** The usual source, e.g. 区市场监督管理局, 人民法院. */
    source: z.string().min(1),
    subjectTypes: z.array(subjectTypeSchema).min(1),
  })
  .meta({ id: 'RecordTypeDefinition' });
export type RecordTypeDefinition = z.infer<typeof recordTypeDefinitionSchema>;
export type RecordTypeDefinitionInput = z.input<typeof recordTypeDefinitionSchema>;
