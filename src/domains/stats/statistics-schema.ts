import { z } from 'zod';

/** The period of the dashboards: whole months, China time, both inclusive. */
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The longest period one dashboard covers, in months (five years). */
export const MAX_MONTHS = 60;

const month = z.string().regex(MONTH).describe('YYYY-MM (China time), inclusive');

export const statsFilterSchema = z.strictObject({
  from: month.optional().describe('first month; default: 11 months before `to`'),
  to: month.optional().describe('last month; default: this month'),
  street: z.string().min(1).max(50).optional().describe('coverage: subjects of this street (街道) only'),
  industry: z.string().min(1).max(10).optional().describe('coverage: subjects of this industry (GB/T 4754 section) only'),
  department: z.uuid().optional().describe('records and timeliness: this source department only'),
});
export type StatsFilter = z.infer<typeof statsFilterSchema>;

const share = z.number().min(0).max(1).nullable();
export const departmentRefSchema = z.object({ id: z.string(), code: z.string(), name: z.string(), nameEn: z.string().nullable() });

export const coverageLineSchema = z.object({
  key: z.string().describe('the subject type, street or industry; "" = not recorded in the registry'),
  subjects: z.number().int(),
  covered: z.number().int().describe('subjects with at least one active credit record'),
  share: share.describe('covered / subjects'),
});
export type CoverageLine = z.infer<typeof coverageLineSchema>;

export const coverageSchema = z.object({
  subjects: z.number().int(),
  covered: z.number().int(),
  share,
  by: z.enum(['type', 'street', 'industry']),
  lines: z.array(coverageLineSchema),
}).meta({ id: 'Coverage' });
export type Coverage = z.infer<typeof coverageSchema>;

export const recordsByMonthSchema = z.object({ month: z.string(), created: z.number().int(), withdrawn: z.number().int() });
export const recordsLineSchema = z.object({
  key: z.string().describe('department id, record type code, category or domain'),
  label: z.string(),
  labelEn: z.string(),
  created: z.number().int().describe('records first received in the period'),
  withdrawn: z.number().int().describe('records withdrawn in the period'),
});
export type RecordsLine = z.infer<typeof recordsLineSchema>;

export const recordStatsSchema = z.object({
  from: z.string(),
  to: z.string(),
  created: z.number().int(),
  withdrawn: z.number().int(),
  byMonth: z.array(recordsByMonthSchema),
  byDepartment: z.array(recordsLineSchema),
  byType: z.array(recordsLineSchema),
  byCategory: z.array(recordsLineSchema),
  byDomain: z.array(recordsLineSchema),
}).meta({ id: 'RecordStats' });
export type RecordStats = z.infer<typeof recordStatsSchema>;

export const timelinessLineSchema = z.object({
  department: departmentRefSchema,
  measured: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  onTimeShare: share,
  medianWorkingDays: z.number().int().nullable(),
});
export type TimelinessLine = z.infer<typeof timelinessLineSchema>;

export const timelinessStatsSchema = z.object({
  from: z.string(),
  to: z.string(),
  targetWorkingDays: z.number().int(),
  measured: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  onTimeShare: share,
  byDepartment: z.array(timelinessLineSchema),
}).meta({ id: 'TimelinessStats' });
export type TimelinessStats = z.infer<typeof timelinessStatsSchema>;

export const dueProcessLineSchema = z.object({ status: z.string(), count: z.number().int() });
export const dueProcessKindSchema = z.object({
  available: z.boolean().describe('false until the feature is installed: the figures are then empty'),
  byStatus: z.array(dueProcessLineSchema),
  decided: z.number().int(),
  deadlineKept: z.number().int().describe('decided within their deadline'),
  deadlineMissed: z.number().int().describe('decided after their deadline'),
  openOverdue: z.number().int().describe('still open past their deadline'),
});
export type DueProcessKind = z.infer<typeof dueProcessKindSchema>;
export const dueProcessStatsSchema = z.object({ from: z.string(), to: z.string(), objections: dueProcessKindSchema, repairs: dueProcessKindSchema }).meta({ id: 'DueProcessStats' });
export type DueProcessStats = z.infer<typeof dueProcessStatsSchema>;

export const overviewSchema = z.object({
  from: z.string(),
  to: z.string(),
  street: z.string().nullable(),
  industry: z.string().nullable(),
  department: z.string().nullable(),
  asOf: z.object({
    updatedAt: z.string().nullable().describe('when the summary tables last caught up'),
    pendingEvents: z.number().int().describe('record events not yet counted (normally 0; the consumer runs every few seconds)'),
  }),
  coverage: coverageSchema,
  records: recordStatsSchema,
  timeliness: timelinessStatsSchema,
}).meta({ id: 'StatsOverview' });
export type Overview = z.infer<typeof overviewSchema>;

export const coverageQuerySchema = z.strictObject({
  by: z.enum(['type', 'street', 'industry']).optional().describe('default: type'),
  street: statsFilterSchema.shape.street,
  industry: statsFilterSchema.shape.industry,
});
export type CoverageQuery = z.infer<typeof coverageQuerySchema>;
