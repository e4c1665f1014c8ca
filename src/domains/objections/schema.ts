import { z } from 'zod';

/**
 * Objections (异议, SPEC §8). A case moves through these states; every move is
 * a function of (state, action, actor role) in machine.ts.
 *
 * submitted --accept--> self_check --forward--> verifying --correct|remove|uphold--> verified --reply--> replied
 *     \--refuse--> refused
 * submitted | self_check | verifying --withdraw (the objector)--> withdrawn
 */
export const OBJECTION_STATUSES = ['submitted', 'self_check', 'verifying', 'verified', 'replied', 'refused', 'withdrawn'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

/** While open, the record shows 异议处理中 and the current step has a working-day deadline. */
export const OPEN_STATUSES: readonly ObjectionStatus[] = ['submitted', 'self_check', 'verifying', 'verified'];
export const isOpen = (s: ObjectionStatus) => OPEN_STATUSES.includes(s);

export const OBJECTION_ACTIONS = ['accept', 'refuse', 'forward', 'correct', 'remove', 'uphold', 'reply', 'withdraw'] as const;
export type ObjectionAction = (typeof OBJECTION_ACTIONS)[number];

/** What the history also records that is not a move: the case was filed, a step went past its deadline. */
export type StepName = ObjectionAction | 'submit' | 'overdue';

/**
 * Who acts: the credit office (staff of a credit_office department, reviewers,
 * admins), the record's source department (its providers and staff), the
 * objector (the account that filed it, or whoever holds the query code).
 */
export const OBJECTION_ROLES = ['office', 'source', 'objector'] as const;
export type ObjectionRole = (typeof OBJECTION_ROLES)[number];

export const OUTCOMES = ['corrected', 'removed', 'upheld'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Working days each open state allows (SPEC §8 defaults; data: admins change them, meta key `objections.deadlines`). */
export const deadlinesSchema = z
  .strictObject({
    submitted: z.number().int().min(1).max(60).describe('accept or refuse'),
    self_check: z.number().int().min(1).max(60).describe('platform self-check'),
    verifying: z.number().int().min(1).max(60).describe('source department verification'),
    verified: z.number().int().min(1).max(60).describe('reply to the objector'),
  })
  .meta({ id: 'ObjectionDeadlines' });
export type Deadlines = z.infer<typeof deadlinesSchema>;
export const DEFAULT_DEADLINES: Deadlines = { submitted: 2, self_check: 2, verifying: 10, verified: 2 };

// ---- request bodies (the API and the web pages parse the same schemas) ----

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

/** Attachments: PDF, PNG or JPEG (checked by their first bytes), at most 3, each at most 2 MB. */
export const MAX_ATTACHMENTS = 3;
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;
export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;

export const attachmentInputSchema = z.strictObject({
  name: text(1, 200).describe('file name as the objector gave it'),
  contentType: z.enum(ATTACHMENT_TYPES),
  dataBase64: z.string().max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4).describe('the file, base64'),
});
export type AttachmentInput = z.infer<typeof attachmentInputSchema>;

/** A phone number (mainland mobile or landline digits) or an email address. */
const CONTACT = /^(?:\+?86[- ]?)?(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$|^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/;

export const submitBodySchema = z
  .strictObject({
    recordId: z.uuid().describe('the record objected to'),
    name: text(2, 100).optional().describe('the objector\'s name: required without an account'),
    contact: z.string().trim().max(254).regex(CONTACT, 'a mobile or landline number, or an email address').optional()
      .describe('phone or email: required without an account'),
    reasons: text(10, 4000).describe('what is wrong in the record, and why'),
    attachments: z.array(attachmentInputSchema).max(MAX_ATTACHMENTS).optional(),
  })
  .meta({ id: 'ObjectionSubmission' });
export type SubmitInput = z.input<typeof submitBodySchema>;

export const trackBodySchema = z
  .strictObject({ caseNo: text(6, 40).describe('案件编号'), queryCode: text(6, 40).describe('查询码 (shown once at submission)') })
  .meta({ id: 'ObjectionTrackQuery' });

export const noteBodySchema = z
  .strictObject({ note: text(2, 4000).describe('reasons or note for this step') })
  .meta({ id: 'ObjectionStepNote' });

export const correctBodySchema = z
  .strictObject({
    note: text(2, 4000).describe('what was wrong and what the correction changes'),
    fields: z.record(z.string().min(1).max(60), z.union([z.string().max(4000), z.number(), z.boolean(), z.array(z.string().max(200)).max(50), z.null()]))
      .describe('the corrected fields by key (as submitted to POST /records); fields not given keep their stored value'),
  })
  .meta({ id: 'ObjectionCorrection' });

export const queueQuerySchema = z.strictObject({
  status: z.enum(OBJECTION_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
