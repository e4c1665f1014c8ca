import { z } from 'zod';

export const PLAN_STATUSES = ['not_started', 'in_progress', 'done', 'suspended'] as const;
export const planStatusSchema = z.enum(PLAN_STATUSES);
export type PlanStatus = z.infer<typeof planStatusSchema>;

export const planTaskSchema = z.object({
  code: z.string(),
  chapter: z.string(),
  section: z.string(),
  task: z.string(),
  department: z.string().describe('the responsible department, as the plan names it'),
  targetYear: z.number().int(),
  status: planStatusSchema,
  progress: z.number().int().min(0).max(100).describe('percent'),
  overdue: z.boolean().describe('not done and its target year has ended'),
  version: z.number().int(),
  updatedAt: z.string(),
  notes: z.number().int().describe('progress notes recorded'),
}).meta({ id: 'PlanTask' });
export type PlanTask = z.infer<typeof planTaskSchema>;

export const planNoteSchema = z.object({ id: z.string(), note: z.string(), createdAt: z.string(), createdBy: z.string().nullable() }).meta({ id: 'PlanNote' });
export type PlanNote = z.infer<typeof planNoteSchema>;

export const planIndicatorSchema = z.object({
  code: z.string(),
  taskCode: z.string().nullable(),
  name: z.string(),
  nameEn: z.string(),
  source: z.enum(['coverage', 'timeliness', 'manual']).describe('coverage and timeliness actuals are computed live from the statistics'),
  unit: z.enum(['permille', 'count']),
  target: z.number().int(),
  actual: z.number().int().nullable(),
  targetYear: z.number().int(),
  met: z.boolean().nullable().describe('actual ≥ target; null without an actual'),
}).meta({ id: 'PlanIndicator' });
export type PlanIndicator = z.infer<typeof planIndicatorSchema>;

export const planQuerySchema = z.strictObject({
  status: planStatusSchema.optional(),
  department: z.string().max(100).optional(),
  overdue: z.enum(['true', 'false']).optional().describe('only overdue tasks (true) or only the others'),
});
export type PlanQuery = z.infer<typeof planQuerySchema>;

export const planTaskUpdateSchema = z.strictObject({
  status: planStatusSchema,
  progress: z.number().int().min(0).max(100),
  version: z.number().int().describe('the version read: a stale one is 409 PLAN_TASK_STALE'),
});
export type PlanTaskUpdate = z.infer<typeof planTaskUpdateSchema>;

export const planNoteInputSchema = z.strictObject({ note: z.string().trim().min(1).max(2000) });

export const planIndicatorUpdateSchema = z.strictObject({
  target: z.number().int().min(0).optional(),
  actual: z.number().int().min(0).nullable().optional().describe('manual indicators only'),
});
export type PlanIndicatorUpdate = z.infer<typeof planIndicatorUpdateSchema>;

export const planTaskDetailSchema = z.object({ task: planTaskSchema, notes: z.array(planNoteSchema), indicators: z.array(planIndicatorSchema) }).meta({ id: 'PlanTaskDetail' });
export type PlanTaskDetail = z.infer<typeof planTaskDetailSchema>;
