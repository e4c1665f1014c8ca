import { z } from 'zod';
import { paginationQuery } from '../../kernel/http.js';

/** SPEC §3.1: penalties (and licences, the other half of 双公示) reach the platform within 7 working days of the decision. */
export const TIMELINESS_TARGET_WORKING_DAYS = 7;
/** The record types whose timeliness is measured. */
export const TIMELY_TYPES = ['admin_penalty', 'admin_license'] as const;
/** How many error codes each row names, most frequent first. */
export const TOP_ERROR_CODES = 5;
/** The longest period one report covers, in days (five years). */
export const MAX_PERIOD_DAYS = 1830;

const date = z.iso.date().describe('YYYY-MM-DD (China time), inclusive');

export const qualityQuerySchema = z.strictObject({
  from: date.optional().describe('first day of the period; default: 12 months before `to`'),
  to: date.optional().describe('last day of the period; default: today'),
});
export type QualityQuery = z.infer<typeof qualityQuerySchema>;

export const lateQuerySchema = z.strictObject({ ...paginationQuery.shape, ...qualityQuerySchema.shape });
export type LateQuery = z.infer<typeof lateQuerySchema>;

export const departmentParamsSchema = z.strictObject({ departmentId: z.uuid() });

const rate = z.number().min(0).max(1).nullable();

export const timelinessSchema = z
  .object({
    measured: z.number().int().describe('records first received in the period (each record once, when it was created)'),
    onTime: z.number().int().describe(`received within ${TIMELINESS_TARGET_WORKING_DAYS} working days of the decision`),
    late: z.number().int(),
    onTimeShare: rate.describe('onTime / measured; null when nothing was measured'),
    medianWorkingDays: z.number().int().nullable().describe('nearest-rank median of the working days from decision to receipt'),
    p90WorkingDays: z.number().int().nullable().describe('nearest-rank 90th percentile'),
  })
  .meta({ id: 'ProviderTimeliness' });
export type Timeliness = z.infer<typeof timelinessSchema>;

const countsShape = {
  received: z.number().int().describe('rows submitted through any channel (files, API, CLI): accepted + rejected'),
  accepted: z.number().int().describe('created + updated + unchanged'),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int().describe('rows refused by validation'),
  rejectionRate: rate.describe('rejected / received; null when nothing was received'),
  topErrors: z.array(z.object({ code: z.string(), count: z.number().int() })).describe(`the ${TOP_ERROR_CODES} most frequent error codes of rejected rows (a row may have several)`),
};

export const typeQualitySchema = z
  .object({ type: z.string(), ...countsShape, timeliness: timelinessSchema.nullable().describe('行政处罚 and 行政许可 only') })
  .meta({ id: 'ProviderTypeQuality' });
export type TypeQuality = z.infer<typeof typeQualitySchema>;

const departmentRefSchema = z.object({ id: z.string(), code: z.string(), name: z.string(), nameEn: z.string().nullable() });
export type DepartmentRef = z.infer<typeof departmentRefSchema>;

export const departmentQualitySchema = z
  .object({ department: departmentRefSchema, ...countsShape, timeliness: timelinessSchema, types: z.array(typeQualitySchema) })
  .meta({ id: 'ProviderQuality' });
export type DepartmentQuality = z.infer<typeof departmentQualitySchema>;

export const qualityReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    targetWorkingDays: z.number().int(),
    departments: z.array(departmentQualitySchema),
  })
  .meta({ id: 'ProviderQualityReport' });
export type QualityReport = z.infer<typeof qualityReportSchema>;

export const lateRecordSchema = z
  .object({
    recordId: z.string(),
    type: z.string(),
    docNo: z.string(),
    decisionDate: z.string(),
    receivedAt: z.string().describe('first received (ISO-8601 UTC)'),
    receivedDate: z.string().describe('the date of receipt in China time'),
    workingDays: z.number().int().describe('working days in (decision date, received date]'),
  })
  .meta({ id: 'LateRecord' });
export type LateRecord = z.infer<typeof lateRecordSchema>;

export const latePageSchema = z
  .object({
    department: departmentRefSchema,
    from: z.string(),
    to: z.string(),
    targetWorkingDays: z.number().int(),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    hasMore: z.boolean(),
    items: z.array(lateRecordSchema),
  })
  .meta({ id: 'LateRecordPage' });
export type LatePage = z.infer<typeof latePageSchema>;
