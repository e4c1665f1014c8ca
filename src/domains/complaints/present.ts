import { z } from 'zod';
import type { AttachmentMeta, ComplaintRow, HistoryRow } from './repo.js';
import { COMPLAINT_ABOUT, COMPLAINT_OUTCOMES, COMPLAINT_STATUSES, COMPLAINT_STEPS, type ComplaintOutcome, type ComplaintStatus, type ComplaintStep, type ComplaintTransition } from './schema.js';
import { isOpen } from './rules.js';

// What each audience sees of a complaint: the complainant (by case number and
// query code) its progress and outcome, never who handled it or other people's
// data; the office and the assigned department the whole case.

const department = z.object({ id: z.string(), name: z.string(), nameEn: z.string().nullable() }).nullable();
type Department = z.infer<typeof department>;
export type DepartmentNames = Map<string, { name: string; nameEn: string | null }>;

export const complaintSummarySchema = z
  .object({
    id: z.string(), caseNo: z.string(), about: z.enum(COMPLAINT_ABOUT),
    subject: z.object({ id: z.string().nullable(), code: z.string().nullable(), name: z.string() }),
    agencyId: z.string().nullable(),
    complainantName: z.string(), status: z.enum(COMPLAINT_STATUSES), department,
    stepDeadline: z.string().nullable().describe('last working day for the current step'), overdue: z.boolean(),
    receivedOn: z.string(), closedOn: z.string().nullable(), outcome: z.enum(COMPLAINT_OUTCOMES).nullable(), updatedAt: z.string(),
  })
  .meta({ id: 'ComplaintSummary' });
export type ComplaintSummary = z.infer<typeof complaintSummarySchema>;

export const complaintDetailSchema = complaintSummarySchema
  .extend({
    complainantContact: z.string(), matter: z.string(), routedBy: z.string().nullable(),
    assignedOn: z.string().nullable(), startedOn: z.string().nullable(), outcomeText: z.string().nullable(), rejectionReason: z.string().nullable(),
    attachments: z.array(z.object({ id: z.string(), fileName: z.string(), contentType: z.string(), sizeBytes: z.number().int(), sha256: z.string() })),
    history: z.array(z.object({
      step: z.enum(COMPLAINT_STEPS), fromStatus: z.string().nullable(), toStatus: z.string(), department, deadline: z.string().nullable(),
      note: z.string().nullable(), at: z.string(), onDate: z.string(), actor: z.object({ type: z.string(), id: z.string().nullable(), role: z.string() }),
    })),
    allowedActions: z.array(z.enum(COMPLAINT_STEPS)).describe('the steps the asking user may take now'),
    version: z.number().int(),
  })
  .meta({ id: 'ComplaintDetail' });
export type ComplaintDetail = z.infer<typeof complaintDetailSchema>;

export const complaintPageSchema = z
  .object({ items: z.array(complaintSummarySchema), page: z.number().int(), pageSize: z.number().int(), hasMore: z.boolean() })
  .meta({ id: 'ComplaintPage' });

export const submittedSchema = z
  .object({
    caseNo: z.string(), queryCode: z.string().describe('shown this once: with the case number it shows the progress (only its hash is kept)'),
    status: z.enum(COMPLAINT_STATUSES), receivedOn: z.string(), stepDeadline: z.string().nullable(),
  })
  .meta({ id: 'ComplaintReceipt' });
export type Submitted = z.infer<typeof submittedSchema>;

export const trackViewSchema = z
  .object({
    caseNo: z.string(), about: z.enum(COMPLAINT_ABOUT), concerning: z.string().describe('the subject\'s or the agency\'s name'),
    status: z.enum(COMPLAINT_STATUSES), receivedOn: z.string(), department: z.string().nullable(), stepDeadline: z.string().nullable(),
    steps: z.array(z.object({ step: z.enum(COMPLAINT_STEPS), status: z.string(), onDate: z.string() })),
    outcome: z.enum(COMPLAINT_OUTCOMES).nullable(), outcomeText: z.string().nullable(), rejectionReason: z.string().nullable(), closedOn: z.string().nullable(),
  })
  .meta({ id: 'ComplaintTrack' });
export type TrackView = z.infer<typeof trackViewSchema>;

const departmentOf = (id: string | null, names: DepartmentNames): Department => {
  if (id === null) return null;
  const d = names.get(id);
  return { id, name: d?.name ?? id, nameEn: d?.nameEn ?? null };
};

export const isOverdue = (r: Pick<ComplaintRow, 'status' | 'stepDeadline'>, today: string) =>
  isOpen(r.status as ComplaintStatus) && r.stepDeadline !== null && r.stepDeadline < today;

export function presentSummary(r: ComplaintRow, names: DepartmentNames, today: string): ComplaintSummary {
  return {
    id: r.id, caseNo: r.caseNo, about: r.about as ComplaintSummary['about'],
    subject: { id: r.subjectId, code: r.subjectCode, name: r.subjectName }, agencyId: r.agencyId,
    complainantName: r.complainantName, status: r.status as ComplaintStatus, department: departmentOf(r.departmentId, names),
    stepDeadline: r.stepDeadline, overdue: isOverdue(r, today), receivedOn: r.receivedOn, closedOn: r.closedOn,
    outcome: r.outcome as ComplaintOutcome | null, updatedAt: r.updatedAt,
  };
}

export function presentDetail(r: ComplaintRow, x: { names: DepartmentNames; today: string; history: HistoryRow[]; attachments: AttachmentMeta[]; allowed: ComplaintTransition[] }): ComplaintDetail {
  return {
    ...presentSummary(r, x.names, x.today),
    complainantContact: r.complainantContact, matter: r.matter, routedBy: r.routedBy,
    assignedOn: r.assignedOn, startedOn: r.startedOn, outcomeText: r.outcomeText, rejectionReason: r.rejectionReason,
    attachments: x.attachments.map((a) => ({ id: a.id, fileName: a.fileName, contentType: a.contentType, sizeBytes: Number(a.sizeBytes), sha256: a.sha256 })),
    history: x.history.map((h) => ({
      step: h.step as ComplaintStep, fromStatus: h.fromStatus, toStatus: h.toStatus, department: departmentOf(h.departmentId, x.names),
      deadline: h.deadline, note: h.note, at: h.at, onDate: h.onDate, actor: { type: h.actorType, id: h.actorId, role: h.actorRole },
    })),
    allowedActions: x.allowed,
    version: Number(r.version),
  };
}

/** The complainant's view: progress by day, the handling department's name, the outcome; no people, no internal notes, no contact. */
export function presentTrack(r: ComplaintRow, history: HistoryRow[], names: DepartmentNames): TrackView {
  return {
    caseNo: r.caseNo, about: r.about as TrackView['about'], concerning: r.subjectName, status: r.status as ComplaintStatus,
    receivedOn: r.receivedOn, department: r.departmentId === null ? null : (names.get(r.departmentId)?.name ?? null), stepDeadline: r.stepDeadline,
    steps: history.map((h) => ({ step: h.step as ComplaintStep, status: h.toStatus, onDate: h.onDate })),
    outcome: r.outcome as ComplaintOutcome | null, outcomeText: r.outcomeText, rejectionReason: r.rejectionReason, closedOn: r.closedOn,
  };
}
