/**
 * What the credit check needs from the domains below it, as small ports: the
 * real lists service in production, fakes in tests where a real list is not the
 * point. The shapes are the lists domain's own (src/domains/lists).
 */
export type ListKind = 'red' | 'watch' | 'black';

export interface ListEntryView {
  entryId: string;
  listType: string;
  listName: string;
  listNameEn: string;
  kind: ListKind;
  subjectId: string;
  origin: 'office' | 'upstream';
  decisionNo: string | null;
  decidedBy: string | null;
  legalBasis: string;
  /** YYYY-MM-DD, first day in effect */
  effectiveFrom: string;
  /** YYYY-MM-DD, last day in effect; null = until removed */
  effectiveTo: string | null;
}

/** List entries in effect on a day (YYYY-MM-DD), as the data stood then. */
export interface ListsPort {
  entriesInEffect(subjectId: string, at: string): Promise<ListEntryView[]>;
  entriesInEffectMany(subjectIds: string[], at: string): Promise<Map<string, ListEntryView[]>>;
}

export interface GradeView {
  model: string;
  grade: string;
  ratingId: string;
}

/**
 * The seam the ratings issue (SPEC §7) fills: the grades a subject held on a
 * day, one per rating model. Until ratings exist the platform wires
 * `noGrades`, so grade-targeted measures are in the catalogue but never trigger.
 */
export interface GradesPort {
  gradesAt(subjectId: string, at: string): Promise<GradeView[]>;
}

export const noGrades: GradesPort = { gradesAt: async () => [] };

/** The list types and record types a measure may name (checked when a measure is published). */
export interface MeasureVocabulary {
  listTypes(): Promise<Array<{ code: string; kind: ListKind }>>;
  recordTypes(): Promise<string[]>;
}
