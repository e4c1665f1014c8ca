import { z } from 'zod';
import { COMMITMENT_TEMPLATES } from './templates.js';

/** A commitment's fulfilment (SPEC §8): in force until fulfilled or breached; a breach becomes a negative record. */
export const COMMITMENT_STATUSES = ['in_force', 'fulfilled', 'breached'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export type CommitmentStep = 'fulfil' | 'breach';

const isoDate = z.iso.date();

export const signBodySchema = z
  .strictObject({
    template: z.enum(COMMITMENT_TEMPLATES).describe('licensing (告知承诺), repair (信用修复承诺) or voluntary (主动承诺)'),
    matter: z.string().trim().min(2).max(200).describe('承诺事项 / what the commitment is about'),
    dueBy: isoDate.optional().describe('履行期限至 / fulfilment due by (YYYY-MM-DD)'),
    subjectId: z.uuid().optional().describe('credit office staff recording a commitment signed on paper: the subject; a subject account signs for its own subject'),
  })
  .meta({ id: 'CommitmentSignature' });
export type SignInput = z.input<typeof signBodySchema>;

export const breachBodySchema = z
  .strictObject({
    breach: z.string().trim().min(4).max(4000).describe('未履行承诺情形 / how the commitment was breached'),
    recordedOn: isoDate.optional().describe('认定日期; today by default'),
  })
  .meta({ id: 'CommitmentBreach' });

export const commitmentsQuerySchema = z.strictObject({
  status: z.enum(COMMITMENT_STATUSES).optional(),
  subject: z.uuid().optional().describe('a subject id'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
