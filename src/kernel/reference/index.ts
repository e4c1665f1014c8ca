// Reference data shipped with the app: a copy of the shared reference set, so the
// platform runs without the ../shared checkout. reference.test.ts guards the copy.
import data from './reference.json' with { type: 'json' };

export type WorkingDayCalendar = {
  /** Where the schedule comes from. */
  note: string;
  /** Public holidays and bridge days (YYYY-MM-DD) on which offices are closed. */
  holidays: readonly string[];
  /** Weekend days (YYYY-MM-DD) that are official working days. */
  adjustedWorkingDays: readonly string[];
};

export type ReferenceData = {
  /** GB/T 2260 division code → Chinese name (Shenzhen and its districts). */
  districts: Readonly<Record<string, string>>;
  /** The eight streets (街道) of Nanshan District. */
  nanshanStreets: readonly string[];
  /** GB/T 4754 industry section letter (A-T) → Chinese name. */
  industrySections: Readonly<Record<string, string>>;
  /** First two characters of a USCC (GB 32100-2015) → organisation category. */
  usccPrefixes: Readonly<Record<string, string>>;
  workingDayCalendar2025: WorkingDayCalendar;
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export const referenceData: ReferenceData = deepFreeze(data);
