import { z } from 'zod';
import { isOverdue } from './deadlines.js';
import type { AttachmentMeta, ObjectionRow, StepRow } from './repo.js';
import { OBJECTION_ACTIONS, OBJECTION_STATUSES, OUTCOMES, type ObjectionAction, type ObjectionStatus, type Outcome } from './schema.js';

// What each audience sees of an objection: the objector (its case by query
// code or account: no staff ids, no contact details echoed), and the staff
// who handle it (the office, the source department, auditors).

/** What the case shows of the record objected to. */
export const objectionRecordSchema = z.object({
  id: z.string(), typeCode: z.string(), typeName: z.string(), typeNameEn: z.string(), docNo: z.string(), decisionDate: z.string(),
  source: z.object({ id: z.string(), name: z.string() }), status: z.string(), version: z.number().int(),
});
export type ObjectionRecord = z.infer<typeof objectionRecordSchema>;

const stepSchema = z.object({
  action: z.string(), fromStatus: z.string().nullable(), toStatus: z.string(), at: z.string(), onDate: z.string(),
  actor: z.object({ type: z.string(), id: z.string().nullable().describe('null in the objector\'s view'), role: z.string() }),
  note: z.string().nullable(), dueOn: z.string().nullable().describe('last day of the step this one began'),
});

const attachmentSchema = z.object({ id: z.string(), name: z.string(), contentType: z.string(), sizeBytes: z.number().int(), sha256: z.string() });

const caseFields = {
  id: z.string(), caseNo: z.string(), status: z.enum(OBJECTION_STATUSES),
  outcome: z.enum(OUTCOMES).nullable(), record: objectionRecordSchema,
  submittedAt: z.string(), submittedOn: z.string(),
  stepDueOn: z.string().nullable().describe('last working day of the current step (inclusive); null once closed'),
  overdue: z.boolean().describe('the current step is past its last day'),
};

/** The objector's view: the case, its outcome and reasons, the steps by role only. */
export const objectorViewSchema = z
  .object({
    ...caseFields,
    reasons: z.string(), outcomeReasons: z.string().nullable(), reply: z.string().nullable(), refusalReasons: z.string().nullable(),
    correctedVersion: z.number().int().nullable(),
    attachments: z.array(attachmentSchema), history: z.array(stepSchema),
    allowedActions: z.array(z.enum(OBJECTION_ACTIONS)),
  })
  .meta({ id: 'ObjectionForObjector' });
export type ObjectorView = z.infer<typeof objectorViewSchema>;

export const objectionSummarySchema = z
  .object({ ...caseFields, objector: z.object({ kind: z.string(), name: z.string() }), updatedAt: z.string() })
  .meta({ id: 'ObjectionSummary' });
export type ObjectionSummary = z.infer<typeof objectionSummarySchema>;

/** The staff view: everything, who did what, and the actions the asking user may take now. */
export const objectionDetailSchema = objectorViewSchema
  .extend({
    objector: z.object({ kind: z.string(), userId: z.string().nullable(), name: z.string(), contact: z.string() }),
    overdueSince: z.string().nullable(), updatedAt: z.string(), version: z.number().int(),
  })
  .meta({ id: 'ObjectionDetail' });
export type ObjectionDetail = z.infer<typeof objectionDetailSchema>;

export const submittedSchema = z
  .object({
    objection: objectorViewSchema,
    queryCode: z.string().nullable().describe('查询码: shown this once, never again (null when an Idempotency-Key retry found the case)'),
  })
  .meta({ id: 'ObjectionSubmitted' });

export const objectionPageSchema = z
  .object({ items: z.array(objectionSummarySchema), page: z.number().int(), pageSize: z.number().int(), hasMore: z.boolean() })
  .meta({ id: 'ObjectionPage' });

function caseOf(r: ObjectionRow, record: ObjectionRecord, today: string) {
  return {
    id: r.id, caseNo: r.caseNo, status: r.status as ObjectionStatus, outcome: r.outcome as Outcome | null, record,
    submittedAt: r.submittedAt, submittedOn: r.submittedOn, stepDueOn: r.stepDueOn, overdue: isOverdue(r.stepDueOn, today),
  };
}

export function presentSummary(r: ObjectionRow, record: ObjectionRecord, today: string): ObjectionSummary {
  return { ...caseOf(r, record, today), objector: { kind: r.objectorKind, name: r.objectorName }, updatedAt: r.updatedAt };
}

export interface ViewInput {
  row: ObjectionRow;
  record: ObjectionRecord;
  steps: StepRow[];
  attachments: AttachmentMeta[];
  today: string;
  allowedActions: ObjectionAction[];
}

export function presentForObjector({ row: r, record, steps, attachments, today, allowedActions }: ViewInput, staffIds = false): ObjectorView {
  return {
    ...caseOf(r, record, today),
    reasons: r.reasons, outcomeReasons: r.outcomeReasons, reply: r.reply, refusalReasons: r.refusalReasons,
    correctedVersion: r.correctedVersion === null ? null : Number(r.correctedVersion),
    attachments: attachments.map((a) => ({ id: a.id, name: a.name, contentType: a.contentType, sizeBytes: Number(a.sizeBytes), sha256: a.sha256 })),
    history: steps.map((s) => ({
      action: s.action, fromStatus: s.fromStatus, toStatus: s.toStatus, at: s.at, onDate: s.onDate,
      actor: { type: s.actorType, id: staffIds ? s.actorId : null, role: s.actorRole }, note: s.note, dueOn: s.dueOn,
    })),
    allowedActions,
  };
}

export function presentDetail(input: ViewInput): ObjectionDetail {
  const r = input.row;
  return {
    ...presentForObjector(input, true),
    objector: { kind: r.objectorKind, userId: r.objectorUserId, name: r.objectorName, contact: r.objectorContact },
    overdueSince: r.overdueSince, updatedAt: r.updatedAt, version: Number(r.version),
  };
}
