import { z } from 'zod';
import { DISPLAY_STATUSES, ENTRY_STEPS, LIST_KINDS, LIST_ORIGINS, listFeedSchema, type EntryStep, type ListTypeDefinition } from './schema.js';
import { displayStatus, objectionWindowIsOpen, type EntryState } from './rules.js';
import type { EntryRow, HistoryRow, ObjectionRow, SubjectFacts } from './entries-repo.js';

// What each audience sees of lists: list types (anyone), an entry with its
// history (the office; the subject itself without who-did-what ids), public
// list pages (only what a decision publishes; persons masked, never linked).

export const listTypeSchema = z
  .object({
    code: z.string(), kind: z.enum(LIST_KINDS), origin: z.enum(LIST_ORIGINS), name: z.string(), nameEn: z.string(),
    legalBasis: z.array(z.string()), entryCriteria: z.string(), decidingAuthority: z.string(),
    noticeWorkingDays: z.number().int().describe('告知期 = objection window, in working days after the notice date'),
    defaultDurationMonths: z.number().int().nullable(), removalConditions: z.string(), remedies: z.string(),
    public: z.boolean(), subjectTypes: z.array(z.string()), feeds: z.array(listFeedSchema).describe('upstream lists: the record types that feed them'),
    sortOrder: z.number().int(),
  })
  .meta({ id: 'ListType' });

const actorSchema = z.object({ type: z.string(), id: z.string().nullable().describe('null in the subject\'s own view'), role: z.string() });

export const listEntrySummarySchema = z
  .object({
    id: z.string(), listType: z.string(), listName: z.string(), listNameEn: z.string(), kind: z.enum(LIST_KINDS),
    subject: z.object({ id: z.string(), code: z.string().nullable(), name: z.string() }),
    status: z.enum(DISPLAY_STATUSES), proposedAt: z.string(), noticeDate: z.string().nullable(), objectionDeadline: z.string().nullable(),
    decisionNo: z.string().nullable(), effectiveFrom: z.string().nullable(), effectiveTo: z.string().nullable(), updatedAt: z.string(),
  })
  .meta({ id: 'ListEntrySummary' });
export type ListEntrySummary = z.infer<typeof listEntrySummarySchema>;

export const listEntryDetailSchema = listEntrySummarySchema
  .extend({
    reasons: z.string(), legalBasis: z.string(), evidenceRecordIds: z.array(z.string()), proposedBy: z.string().nullable(),
    notice: z.object({
      noticeNo: z.string().nullable(), noticeDate: z.string(), objectionDeadline: z.string().describe('last day to object (inclusive)'),
      remedies: z.string(), windowOpen: z.boolean(),
    }).nullable(),
    decision: z.object({
      decisionNo: z.string(), decidingAuthority: z.string(), decisionDate: z.string(), effectiveFrom: z.string(),
      effectiveTo: z.string().nullable().describe('planned exit: last day in effect; null = until removed'), remedies: z.string(),
    }).nullable(),
    removal: z.object({ removedOn: z.string().describe('first day no longer in effect'), reason: z.string() }).nullable(),
    revocation: z.object({ revokedOn: z.string(), reason: z.string() }).nullable(),
    withdrawal: z.object({ withdrawnOn: z.string(), reason: z.string() }).nullable(),
    objections: z.array(z.object({
      id: z.string(), content: z.string(), filedOn: z.string(), filedAt: z.string(), filedBy: actorSchema,
      answer: z.string().nullable(), answeredAt: z.string().nullable(), answeredBy: z.string().nullable(),
    })),
    history: z.array(z.object({
      step: z.enum(ENTRY_STEPS), fromStatus: z.string().nullable(), toStatus: z.string(), at: z.string(), onDate: z.string(),
      actor: actorSchema, reason: z.string().nullable(), details: z.record(z.string(), z.unknown()).nullable(),
    })),
    allowedActions: z.array(z.enum(ENTRY_STEPS)).describe('the steps the asking user may take now'),
    version: z.number().int(),
  })
  .meta({ id: 'ListEntryDetail' });
export type ListEntryDetail = z.infer<typeof listEntryDetailSchema>;

export const listEntryPageSchema = z
  .object({ items: z.array(listEntrySummarySchema), page: z.number().int(), pageSize: z.number().int(), hasMore: z.boolean() })
  .meta({ id: 'ListEntryPage' });

export const publicListSubjectSchema = z
  .object({
    code: z.string().nullable().describe('统一社会信用代码; null for persons'),
    name: z.string(), type: z.string(),
    idNumberMasked: z.string().nullable().describe('persons only, masked'),
  })
  .meta({ id: 'PublicListSubject' });

export const publicListPageSchema = z
  .object({
    listType: z.string(), name: z.string(), nameEn: z.string(), kind: z.enum(LIST_KINDS), origin: z.enum(LIST_ORIGINS), at: z.string(),
    items: z.array(z.object({
      entryId: z.string(), subject: publicListSubjectSchema, decisionNo: z.string().nullable(), decidedBy: z.string().nullable(),
      legalBasis: z.string(), effectiveFrom: z.string(), effectiveTo: z.string().nullable(),
    })),
    page: z.number().int(), pageSize: z.number().int(), hasMore: z.boolean(),
  })
  .meta({ id: 'PublicListPage' });
export type PublicListPage = z.infer<typeof publicListPageSchema>;

export const presentListType = (t: ListTypeDefinition) => ({ ...t });

export const entryState = (r: EntryRow): EntryState => ({
  status: r.status as EntryState['status'], objectionDeadline: r.objectionDeadline, effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo, removedOn: r.removedOn,
});

export function presentSummary(r: EntryRow, type: ListTypeDefinition, today: string): ListEntrySummary {
  return {
    id: r.id, listType: r.listType, listName: type.name, listNameEn: type.nameEn, kind: type.kind,
    subject: { id: r.subjectId, code: r.subjectCode, name: r.subjectName },
    status: displayStatus(entryState(r), today), proposedAt: r.proposedAt, noticeDate: r.noticeDate, objectionDeadline: r.objectionDeadline,
    decisionNo: r.decisionNo, effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo, updatedAt: r.updatedAt,
  };
}

export interface DetailInput {
  row: EntryRow;
  type: ListTypeDefinition;
  history: HistoryRow[];
  objections: ObjectionRow[];
  today: string;
  allowedActions: EntryStep[];
  /** the subject's own view: who did what is shown by role only */
  forSubject: boolean;
}

export function presentDetail({ row: r, type, history, objections, today, allowedActions, forSubject }: DetailInput): ListEntryDetail {
  const who = (id: string | null) => (forSubject ? null : id);
  return {
    ...presentSummary(r, type, today),
    reasons: r.reasons, legalBasis: r.legalBasis, evidenceRecordIds: JSON.parse(r.evidenceRecordIds) as string[], proposedBy: who(r.proposedBy),
    notice: r.noticeDate === null ? null : {
      noticeNo: r.noticeNo, noticeDate: r.noticeDate, objectionDeadline: r.objectionDeadline!, remedies: r.noticeRemedies ?? '',
      windowOpen: objectionWindowIsOpen(entryState(r), today),
    },
    decision: r.decisionDate === null ? null : {
      decisionNo: r.decisionNo!, decidingAuthority: r.decidingAuthority!, decisionDate: r.decisionDate, effectiveFrom: r.effectiveFrom!,
      effectiveTo: r.effectiveTo, remedies: r.decisionRemedies ?? '',
    },
    removal: r.removedOn === null ? null : { removedOn: r.removedOn, reason: r.removalReason ?? '' },
    revocation: r.revokedOn === null ? null : { revokedOn: r.revokedOn, reason: r.revocationReason ?? '' },
    withdrawal: r.withdrawnOn === null ? null : { withdrawnOn: r.withdrawnOn, reason: r.withdrawalReason ?? '' },
    objections: objections.map((o) => ({
      id: o.id, content: o.content, filedOn: o.filedOn, filedAt: o.filedAt, filedBy: { type: o.filedByType, id: who(o.filedById), role: o.filedByRole },
      answer: o.answer, answeredAt: o.answeredAt, answeredBy: who(o.answeredBy),
    })),
    history: history.map((h) => ({
      step: h.step as EntryStep, fromStatus: h.fromStatus, toStatus: h.toStatus, at: h.at, onDate: h.onDate,
      actor: { type: h.actorType, id: who(h.actorId), role: h.actorRole }, reason: h.reason,
      details: h.details === null ? null : (JSON.parse(h.details) as Record<string, unknown>),
    })),
    allowedActions,
    version: Number(r.version),
  };
}

/** Persons appear by name and masked ID number only: no code, hence no link to a profile (SPEC §2, §4). */
export function presentPublicSubject(s: SubjectFacts) {
  const person = s.type === 'person';
  return { code: person ? null : s.code, name: s.name, type: s.type, idNumberMasked: person ? s.idNumberMasked : null };
}
