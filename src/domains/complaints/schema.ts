import { z } from 'zod';

/**
 * Complaints and reports (投诉举报, SPEC §8; docs/due-process.md, "Complaints"):
 * received → assigned (routed to the responsible department) → in_progress
 * (the department accepted it) → concluded (with an outcome), or rejected
 * before the department starts. The office may reroute until it concludes.
 */
export const COMPLAINT_STATUSES = ['received', 'assigned', 'in_progress', 'concluded', 'rejected'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const OPEN_STATUSES: readonly ComplaintStatus[] = ['received', 'assigned', 'in_progress'];

export const COMPLAINT_STEPS = ['submit', 'assign', 'start', 'conclude', 'reject'] as const;
export type ComplaintStep = (typeof COMPLAINT_STEPS)[number];
/** The steps that move a complaint after it is received. */
export type ComplaintTransition = Exclude<ComplaintStep, 'submit'>;

export const COMPLAINT_OUTCOMES = ['substantiated', 'not_substantiated', 'referred'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

export const COMPLAINT_ABOUT = ['subject', 'agency'] as const;
export type ComplaintAbout = (typeof COMPLAINT_ABOUT)[number];

/** How the department was chosen: the subject's records' source departments, the agency registry's keeper, or the office by hand. */
export const ROUTED_BY = ['records', 'agency', 'office'] as const;

/**
 * Working days each open status has before it is overdue (the defaults; a
 * deployment may pass others to the service): assign in 2 after receipt,
 * accept (start) in 3 after assignment, conclude in 15 after acceptance.
 */
export interface ComplaintDeadlines {
  received: number;
  assigned: number;
  in_progress: number;
}
export const DEFAULT_COMPLAINT_DEADLINES: Readonly<ComplaintDeadlines> = Object.freeze({ received: 2, assigned: 3, in_progress: 15 });

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;
/** An email address or a mainland mobile number: where the case's notices go. */
export const isContact = (value: string) => {
  const v = value.normalize('NFKC').replace(/[\s-]/g, '');
  return EMAIL.test(v) || MOBILE.test(v);
};

/** Attachment types the public form takes; each at most 256 KiB, three at most (the JSON body limit is 1 MiB). */
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const MAX_ATTACHMENT_BYTES = 256 * 1024;
export const MAX_ATTACHMENTS = 3;

export const attachmentInputSchema = z.strictObject({
  fileName: text(1, 200),
  contentType: z.enum(ATTACHMENT_TYPES),
  data: z.string().max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/).describe('the file, base64'),
});

export const complaintSubmitSchema = z
  .strictObject({
    about: z.enum(COMPLAINT_ABOUT).describe('`subject`: a credit subject\'s conduct; `agency`: a registered credit service agency'),
    subjectCode: text(1, 40).optional().describe('统一社会信用代码 of the subject, when known'),
    subjectName: text(2, 200).optional().describe('the subject\'s name (needed when no code is given)'),
    agency: text(1, 40).optional().describe('the agency\'s id or USCC (about = agency)'),
    complainantName: text(1, 100).describe('投诉人姓名或名称'),
    complainantContact: text(3, 200).refine(isContact, { message: 'an email address or a mobile number' }).describe('where notices about the case go: an email address or a mobile number'),
    matter: text(10, 4000).describe('what happened: facts, time, place'),
    attachments: z.array(attachmentInputSchema).max(MAX_ATTACHMENTS).optional(),
  })
  .refine((b) => b.about !== 'agency' || b.agency !== undefined, { message: 'name the agency', path: ['agency'] })
  .refine((b) => b.about !== 'subject' || b.subjectCode !== undefined || b.subjectName !== undefined, { message: 'give the subject\'s code or name', path: ['subjectName'] })
  .meta({ id: 'ComplaintSubmission' });
export type ComplaintSubmitInput = z.input<typeof complaintSubmitSchema>;

export const trackSchema = z
  .strictObject({ caseNo: text(4, 40), queryCode: text(4, 40) })
  .meta({ id: 'ComplaintTrackRequest' });

export const assignSchema = z
  .strictObject({
    departmentId: z.uuid().optional().describe('the department; the suggested one (from the subject\'s records) by default'),
    note: text(2, 2000).optional(),
  })
  .meta({ id: 'ComplaintAssignment' });
export const startSchema = z.strictObject({ note: text(2, 2000).optional() }).meta({ id: 'ComplaintAcceptance' });
export const concludeSchema = z
  .strictObject({ outcome: z.enum(COMPLAINT_OUTCOMES), outcomeText: text(4, 4000).describe('what was found and done; the complainant reads it') })
  .meta({ id: 'ComplaintConclusion' });
export const rejectSchema = z.strictObject({ reason: text(4, 2000).describe('why it is not taken up; the complainant reads it') }).meta({ id: 'ComplaintRejection' });

export const complaintQuerySchema = z.strictObject({
  status: z.enum(COMPLAINT_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).optional().describe('true: open complaints past their step deadline'),
  departmentId: z.uuid().optional(),
  about: z.enum(COMPLAINT_ABOUT).optional(),
  agencyId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type ComplaintQuery = z.infer<typeof complaintQuerySchema>;

export const statsQuerySchema = z.strictObject({
  from: z.iso.date().optional().describe('received on or after'),
  to: z.iso.date().optional().describe('received on or before'),
});
