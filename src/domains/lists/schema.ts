import { z } from 'zod';

/**
 * Lists (名单, SPEC §5): red (守信激励), watch (重点关注: a warning before
 * punishment) and black (严重失信主体). A list type is data; its entries are
 * either decided by the office through the procedure here (`office`), or read
 * from the records an upstream authority submits (`upstream`: courts, tax …).
 */
export const LIST_KINDS = ['red', 'watch', 'black'] as const;
export type ListKind = (typeof LIST_KINDS)[number];
export const LIST_ORIGINS = ['office', 'upstream'] as const;
export type ListOrigin = (typeof LIST_ORIGINS)[number];

/** Stored states of an office entry. `expired` is not stored: it is `in_effect` past its last day (read time, no job). */
export const ENTRY_STATUSES = ['proposed', 'notified', 'in_effect', 'removed', 'revoked', 'withdrawn'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
export const DISPLAY_STATUSES = [...ENTRY_STATUSES, 'expired'] as const;
export type DisplayStatus = (typeof DISPLAY_STATUSES)[number];

/** The steps of the procedure, as the history names them. */
export const ENTRY_STEPS = ['propose', 'notify', 'object', 'answer', 'decide', 'remove', 'revoke', 'withdraw'] as const;
export type EntryStep = (typeof ENTRY_STEPS)[number];
/** The steps that move an entry (an objection and its answer leave the status as it is). */
export type Transition = Exclude<EntryStep, 'propose' | 'object' | 'answer'>;

/**
 * Which records stand as entries of an upstream list: a catalogue record type,
 * optionally only records of some severity tiers (e.g. 严重 = listed), or with
 * one field equal to a value (e.g. 纳税信用级别 = A).
 */
export const listFeedSchema = z.strictObject({
  typeCode: z.string().min(1).max(60),
  severities: z.array(z.enum(['minor', 'general', 'serious'])).min(1).optional(),
  fieldEquals: z.strictObject({ key: z.string().min(1).max(60), value: z.string().min(1).max(200) }).optional(),
});
export type ListFeed = z.infer<typeof listFeedSchema>;

/** A list type as the defaults declare it and the table holds it. */
export const listTypeDefinitionSchema = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_]{2,59}$/),
  kind: z.enum(LIST_KINDS),
  origin: z.enum(LIST_ORIGINS),
  name: z.string().min(2).max(100),
  nameEn: z.string().min(2).max(200),
  /** cited directly: law + article, or the document number */
  legalBasis: z.array(z.string().min(4).max(500)).min(1),
  entryCriteria: z.string().min(4).max(2000),
  decidingAuthority: z.string().min(2).max(200),
  /** 告知期 in working days: the subject may object until the notice date + this many working days (inclusive) */
  noticeWorkingDays: z.number().int().min(0).max(60),
  /** default duration of an office entry; null: the entry lasts until removed, or the source states its end */
  defaultDurationMonths: z.number().int().min(1).max(120).nullable(),
  removalConditions: z.string().min(4).max(2000),
  /** remedy channels and deadlines (救济途径) a notice and a decision state */
  remedies: z.string().min(4).max(2000),
  public: z.boolean(),
  subjectTypes: z.array(z.enum(['enterprise', 'individual_business', 'institution', 'social_org', 'government', 'person'])).min(1),
  feeds: z.array(listFeedSchema),
  sortOrder: z.number().int(),
}).refine((t) => (t.origin === 'upstream') === (t.feeds.length > 0), { message: 'upstream lists, and only they, name the record types that feed them', path: ['feeds'] });
export type ListTypeDefinition = z.infer<typeof listTypeDefinitionSchema>;

/** A list type as the service hands it out (E2's measures and checks rely on it). */
export type ListTypeView = ListTypeDefinition;

/** One entry in effect on a day, from either origin: the shape credit checks rely on. */
export interface ListEntryView {
  /** office entries: the entry id; upstream lists: the record id */
  entryId: string;
  listType: string;
  listName: string;
  listNameEn: string;
  kind: ListKind;
  subjectId: string;
  origin: ListOrigin;
  /** the decision or document number */
  decisionNo: string | null;
  /** the deciding authority (name) */
  decidedBy: string | null;
  legalBasis: string;
  /** YYYY-MM-DD, first day in effect */
  effectiveFrom: string;
  /** YYYY-MM-DD, last day in effect; null = until removed */
  effectiveTo: string | null;
}

// ---- request bodies (the API and the console parse the same schemas) ----

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const isoDate = z.iso.date();

export const proposeBodySchema = z
  .strictObject({
    listType: z.string().min(1).max(60),
    subjectCode: z.string().min(1).max(40).optional().describe('统一社会信用代码 (or a legacy identifier) of the subject'),
    subjectId: z.uuid().optional().describe('the subject id (persons have no code)'),
    reasons: text(2, 4000).describe('理由和事实 / the reasons and facts'),
    legalBasis: text(4, 2000).optional().describe('the legal basis; the list type\'s by default'),
    evidenceRecordIds: z.array(z.uuid()).max(50).optional().describe('credit records of the subject the proposal rests on'),
  })
  .refine((b) => (b.subjectCode === undefined) !== (b.subjectId === undefined), { message: 'give exactly one of `subjectCode` and `subjectId`', path: ['subjectCode'] })
  .meta({ id: 'ListEntryProposal' });
export type ProposeInput = z.input<typeof proposeBodySchema>;

export const notifyBodySchema = z
  .strictObject({
    noticeNo: text(1, 128).optional().describe('告知书文号'),
    remedies: text(4, 2000).optional().describe('remedies the notice states after the objection right (which is always stated, with its deadline); the list type\'s remedies by default'),
  })
  .meta({ id: 'ListEntryNotice' });
export type NotifyInput = z.input<typeof notifyBodySchema>;

export const objectionBodySchema = z
  .strictObject({ content: text(2, 4000).describe('异议（陈述、申辩）的内容 / what the subject objects, and why') })
  .meta({ id: 'ListEntryObjection' });
export type ObjectionInput = z.input<typeof objectionBodySchema>;

export const answerBodySchema = z
  .strictObject({ answer: text(2, 4000).describe('the decider\'s answer to the objection') })
  .meta({ id: 'ListObjectionAnswer' });
export type AnswerInput = z.input<typeof answerBodySchema>;

export const decideBodySchema = z
  .strictObject({
    decisionNo: text(1, 128).describe('决定书文号'),
    decidingAuthority: text(2, 200).optional().describe('the list type\'s deciding authority by default'),
    effectiveFrom: isoDate.optional().describe('entry date (first day in effect), today or later; today by default'),
    effectiveTo: isoDate.optional().describe('planned exit date (last day in effect); entry date + the type\'s default duration by default'),
    reasons: text(2, 4000).optional().describe('reason and facts; the proposal\'s by default'),
    legalBasis: text(4, 2000).optional().describe('the proposal\'s by default'),
    remedies: text(4, 2000).optional().describe('remedy channels and deadlines; the list type\'s by default'),
  })
  .meta({ id: 'ListEntryDecision' });
export type DecideInput = z.input<typeof decideBodySchema>;

export const reasonBodySchema = z
  .strictObject({ reason: text(2, 2000).describe('why (e.g. the repair decision, or why the listing was unlawful)') })
  .meta({ id: 'ListEntryReason' });
export type ReasonInput = z.input<typeof reasonBodySchema>;

export const entriesQuerySchema = z.strictObject({
  status: z.enum(DISPLAY_STATUSES).optional(),
  listType: z.string().min(1).max(60).optional(),
  subject: z.string().min(1).max(40).optional().describe('the subject\'s code or id'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type EntriesQuery = z.infer<typeof entriesQuerySchema>;
