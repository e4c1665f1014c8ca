import { z } from 'zod';

/**
 * Credit repair (信用修复, SPEC §8):
 * submitted --accept--> accepted --approve--> approved (the record is repaired)
 *     \--refuse--> refused          \--reject--> rejected
 * The decision is due 3 working days after acceptance; past it the application is overdue.
 */
export const REPAIR_STATUSES = ['submitted', 'accepted', 'refused', 'approved', 'rejected'] as const;
export type RepairStatus = (typeof REPAIR_STATUSES)[number];
export const REPAIR_STEPS = ['apply', 'accept', 'refuse', 'approve', 'reject'] as const;
export type RepairStep = (typeof REPAIR_STEPS)[number];
export type RepairTransition = Exclude<RepairStep, 'apply'>;

/** Working days from acceptance to the decision (SPEC §8). */
export const DECISION_WORKING_DAYS = 3;

/** Proof files: PDF, JPEG or PNG, at most 2 MiB each, at most 5 (checked by their first bytes too). */
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;

export const attachmentInputSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(200),
  mediaType: z.enum(ATTACHMENT_TYPES),
  content: z.base64().max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 4).describe('the file, base64'),
});
export type AttachmentInput = z.infer<typeof attachmentInputSchema>;

export const applyBodySchema = z
  .strictObject({
    recordId: z.uuid().describe('the negative record to repair'),
    fulfilment: z.string().trim().min(4).max(4000).describe('how the obligation was fulfilled (fine paid, conduct corrected …)'),
    attachments: z.array(attachmentInputSchema).max(MAX_ATTACHMENTS).default([]).describe('proof of fulfilment: PDF, JPEG or PNG, at most 2 MiB each'),
    commitmentAccepted: z.literal(true).describe('the applicant signs the credit repair commitment (template `repair`)'),
  })
  .meta({ id: 'RepairApplication' });
export type ApplyInput = z.input<typeof applyBodySchema>;

export const reasonBodySchema = z
  .strictObject({ reason: z.string().trim().max(2000).optional().describe('why (required to refuse or reject)') })
  .meta({ id: 'RepairStepReason' });

export const repairsQuerySchema = z.strictObject({
  status: z.enum([...REPAIR_STATUSES, 'overdue']).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
