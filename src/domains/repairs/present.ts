import { z } from 'zod';
import type { AttachmentMeta, RepairHistoryRow, RepairRow } from './repo.js';
import { isOverdue, possibleRepairSteps } from './rules.js';
import { REPAIR_STATUSES, REPAIR_STEPS, type RepairStatus } from './schema.js';

export const repairRecordSchema = z.object({
  id: z.string(), typeCode: z.string(), typeName: z.string(), typeNameEn: z.string(), docNo: z.string(), decisionDate: z.string(),
  severity: z.string().nullable(), publicityEnd: z.string().nullable(), repairedOn: z.string().nullable(), source: z.string(),
});
export type RepairRecordFacts = z.infer<typeof repairRecordSchema>;

export const repairSummarySchema = z
  .object({
    id: z.string(),
    status: z.enum(REPAIR_STATUSES),
    overdue: z.boolean().describe('accepted, and the decision is past its due day'),
    subject: z.object({ id: z.string(), name: z.string(), code: z.string().nullable() }),
    record: repairRecordSchema,
    submittedOn: z.string(),
    acceptedOn: z.string().nullable(),
    decisionDue: z.string().nullable().describe('3 working days after acceptance'),
    decidedOn: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'RepairSummary' });
export type RepairSummary = z.infer<typeof repairSummarySchema>;

export const repairDetailSchema = repairSummarySchema
  .extend({
    fulfilment: z.string(),
    reason: z.string().nullable().describe('why it was refused or rejected'),
    commitment: z.object({ id: z.string(), commitmentNo: z.string() }),
    attachments: z.array(z.object({ id: z.string(), fileName: z.string(), mediaType: z.string(), size: z.number().int(), sha256: z.string() })),
    history: z.array(z.object({ step: z.enum(REPAIR_STEPS), from: z.string().nullable(), to: z.string(), at: z.string(), actorRole: z.string(), reason: z.string().nullable() })),
    allowedActions: z.array(z.enum(REPAIR_STEPS)).describe('the steps the asking actor may take now'),
  })
  .meta({ id: 'RepairDetail' });
export type RepairDetail = z.infer<typeof repairDetailSchema>;

export const repairPageSchema = z
  .object({ items: z.array(repairSummarySchema), page: z.number().int(), pageSize: z.number().int(), hasMore: z.boolean() })
  .meta({ id: 'RepairPage' });
export type RepairPage = z.infer<typeof repairPageSchema>;

type Subject = { id: string; type: string; code: string | null; name: string };

export function presentSummary(r: RepairRow, subject: Subject | undefined, record: RepairRecordFacts, today: string): RepairSummary {
  return {
    id: r.id, status: r.status as RepairStatus, overdue: isOverdue(r, today),
    // persons: never an ID number, their name only
    subject: { id: r.subjectId, name: subject?.name ?? '', code: subject?.type === 'person' ? null : (subject?.code ?? null) },
    record, submittedOn: r.submittedOn, acceptedOn: r.acceptedOn, decisionDue: r.decisionDue, decidedOn: r.decidedOn, updatedAt: r.updatedAt,
  };
}

export function presentDetail(
  r: RepairRow, subject: Subject | undefined, record: RepairRecordFacts, today: string,
  extra: { commitmentNo: string; attachments: AttachmentMeta[]; history: RepairHistoryRow[]; may: { handle: boolean; decide: boolean } },
): RepairDetail {
  const allowed = possibleRepairSteps(r.status as RepairStatus).filter((s) => (s === 'approve' || s === 'reject' ? extra.may.decide : extra.may.handle));
  return {
    ...presentSummary(r, subject, record, today),
    fulfilment: r.fulfilment, reason: r.reason,
    commitment: { id: r.commitmentId, commitmentNo: extra.commitmentNo },
    attachments: extra.attachments.map((a) => ({ id: a.id, fileName: a.fileName, mediaType: a.mediaType, size: Number(a.size), sha256: a.sha256 })),
    history: extra.history.map((h) => ({ step: h.step as RepairDetail['history'][number]['step'], from: h.fromStatus, to: h.toStatus, at: h.at, actorRole: h.actorRole, reason: h.reason })),
    allowedActions: allowed,
  };
}
