import type { ListKind } from '../../domains/lists/index.js';
import type { PublicTally } from '../../domains/disclosure/index.js';

/**
 * The tabs of a subject's public page, in 信用中国 order, each a server-rendered
 * URL (`/subjects/CODE?tab=penalty&page=2`). The list tabs (守信红名单,
 * 重点关注名单, 黑名单) show the public list entries in effect today, by kind,
 * from the lists domain. The other tabs show records: every record type belongs
 * to exactly one of them, its category's, or `other` (list, commendation,
 * judicial and other records: an upstream list's entry is also shown there as
 * the record it is).
 */
export const SUBJECT_TABS = ['basic', 'licence', 'penalty', 'red', 'watch', 'black', 'commitment', 'rating', 'other'] as const;
export type SubjectTab = (typeof SUBJECT_TABS)[number];
export type ListTab = Extract<SubjectTab, ListKind>;
export type RecordTab = Exclude<SubjectTab, ListTab>;

const LIST_TABS: readonly SubjectTab[] = ['red', 'watch', 'black'] satisfies readonly ListKind[];

export const isSubjectTab = (value: unknown): value is SubjectTab => typeof value === 'string' && (SUBJECT_TABS as readonly string[]).includes(value);
export const isListTab = (tab: SubjectTab): tab is ListTab => LIST_TABS.includes(tab);

const CATEGORY_TABS: Readonly<Record<string, RecordTab>> = { basic: 'basic', licence: 'licence', penalty: 'penalty', commitment: 'commitment', rating: 'rating' };

/** What the tabs need of a record type (a catalogue definition has it). */
export interface TypeCategory {
  code: string;
  category: string;
}

export const tabOfCategory = (category: string): RecordTab => CATEGORY_TABS[category] ?? 'other';

/** What a record tab reads from the archive: a whole category, or (for `other`) the types of every other category. */
export type TabSelector = { category: string } | { typeCodes: string[] };

export function tabSelector(tab: RecordTab, types: readonly TypeCategory[]): TabSelector {
  const category = Object.entries(CATEGORY_TABS).find(([, t]) => t === tab)?.[0];
  if (category) return { category };
  return { typeCodes: types.filter((type) => tabOfCategory(type.category) === tab).map((type) => type.code) };
}

/** Per tab: records in public view (from a subject's counts per category, by the category each was recorded with) and list entries in effect (by kind). */
export function tabCounts(tally: ReadonlyArray<Pick<PublicTally, 'category' | 'polarity' | 'count'>>, entries: ReadonlyArray<{ kind: ListKind }>): Record<SubjectTab, number> {
  const counts = Object.fromEntries(SUBJECT_TABS.map((tab) => [tab, 0])) as Record<SubjectTab, number>;
  for (const row of tally) counts[tabOfCategory(row.category)] += row.count;
  for (const entry of entries) counts[entry.kind] += 1;
  return counts;
}
