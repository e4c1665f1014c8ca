import { assertIsoDate, fromDayNumber, mod, toDayNumber } from './iso-date.js';

/** The data a calendar is built from (SPEC §8: admins maintain it each year). */
export interface WorkingDaySchedule {
  /** Public holidays and bridge days (YYYY-MM-DD): closed even on a weekday. */
  holidays: readonly string[];
  /** Weekend days (YYYY-MM-DD) that are official working days (调休上班). */
  adjustedWorkingDays: readonly string[];
}

/**
 * Working-day arithmetic for every deadline (SPEC §8). Counting rule, as in
 * "自受理之日起N个工作日内": the start day itself never counts, counting begins
 * the next day, so a deadline is the N-th working day AFTER the start.
 * Dates outside the schedule's years fall back to plain Monday-Friday.
 */
export interface WorkingDayCalendar {
  isWorkingDay(date: string): boolean;
  /** The date of the n-th working day after `date` (n ≥ 0 integer; n = 0 → `date` itself). */
  addWorkingDays(date: string, n: number): string;
  /** Working days in (from, to]; 0 when equal; negative (−count of (to, from]) when to < from. */
  workingDaysBetween(from: string, to: string): number;
  /** The first working day strictly after `date` (= addWorkingDays(date, 1)). */
  nextWorkingDay(date: string): string;
}

const SATURDAY = 6;
const SUNDAY = 0;

function weekday(dayNumber: number): number {
  return mod(dayNumber + 4, 7); // 1970-01-01, day 0, was a Thursday
}

function isWeekendDay(dayNumber: number): boolean {
  const day = weekday(dayNumber);
  return day === SATURDAY || day === SUNDAY;
}

/** Monday-Friday day numbers in [0, n) counted on weeks that start on a Monday; additive for any n. */
function weekdaysBefore(n: number): number {
  const shifted = n + 3; // day 0 is a Thursday: index 3 of a Monday-based week
  return 5 * Math.floor(shifted / 7) + Math.min(mod(shifted, 7), 5);
}

/** How many entries of an ascending array lie in (low, high]. */
function countIn(sorted: readonly number[], low: number, high: number): number {
  return upperBound(sorted, high) - upperBound(sorted, low);
}

function upperBound(sorted: readonly number[], value: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A date in both lists is a data error, not something to guess about. */
export function createWorkingDayCalendar(schedule: WorkingDaySchedule): WorkingDayCalendar {
  const holidays = new Set(schedule.holidays.map((date) => toDayNumber(date)));
  const adjusted = new Set(schedule.adjustedWorkingDays.map((date) => toDayNumber(date)));
  for (const day of adjusted) {
    if (holidays.has(day)) throw new RangeError(`${fromDayNumber(day)} is both a holiday and an adjusted working day`);
  }
  // Only holidays on weekdays and adjusted days on weekends change a Monday-Friday count.
  const weekdayHolidays = [...holidays].filter((day) => !isWeekendDay(day)).sort((a, b) => a - b);
  const weekendWorkdays = [...adjusted].filter(isWeekendDay).sort((a, b) => a - b);

  const working = (day: number): boolean => adjusted.has(day) || (!holidays.has(day) && !isWeekendDay(day));

  const countWorking = (low: number, high: number): number =>
    weekdaysBefore(high + 1) - weekdaysBefore(low + 1) - countIn(weekdayHolidays, low, high) + countIn(weekendWorkdays, low, high);

  const addWorkingDays = (date: string, n: number): string => {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`working days to add must be a non-negative integer, got ${n}`);
    let day = toDayNumber(date);
    for (let left = n; left > 0; ) if (working(++day)) left -= 1;
    return fromDayNumber(day);
  };

  return {
    isWorkingDay: (date) => working(toDayNumber(date)),
    addWorkingDays,
    workingDaysBetween: (from, to) => {
      const [low, high] = [toDayNumber(from), toDayNumber(to)];
      return high >= low ? countWorking(low, high) : -countWorking(high, low);
    },
    nextWorkingDay: (date) => addWorkingDays(assertIsoDate(date), 1),
  };
}
