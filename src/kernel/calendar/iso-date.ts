// Calendar dates as 'YYYY-MM-DD' strings. All arithmetic runs on UTC day numbers,
// so no time zone or daylight-saving rule can shift a date. Such strings compare
// correctly as text, which callers may rely on.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** A malformed or impossible date is a programming error here: inputs are validated upstream. */
function parts(date: string): [year: number, month: number, day: number] {
  const match = ISO_DATE.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return [year, month, day];
  }
  throw new RangeError(`not a YYYY-MM-DD calendar date: ${JSON.stringify(date)}`);
}

/** Days in a month of the proleptic Gregorian calendar (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not. */
function utcDayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / MS_PER_DAY;
}

/** Throws a RangeError unless `date` is a real 'YYYY-MM-DD' date. */
export function assertIsoDate(date: string): string {
  parts(date);
  return date;
}

/** Days since 1970-01-01 (day 0, a Thursday); negative before it. */
export function toDayNumber(date: string): number {
  const [year, month, day] = parts(date);
  return utcDayNumber(year, month, day);
}

export function fromDayNumber(dayNumber: number): string {
  const date = new Date(dayNumber * MS_PER_DAY);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Calendar months, clamped to the end of the target month when it is shorter
 * (民法典 第二百零一条: "没有对应日的，月末日为期间的最后一日"):
 * 2025-01-31 + 1 → 2025-02-28, 2024-02-29 + 12 → 2025-02-28.
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return fromDayNumber(utcDayNumber(targetYear, targetMonth, targetDay));
}

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export function dayOfWeek(date: string): number {
  return mod(toDayNumber(date) + 4, 7);
}

export function isWeekend(date: string): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

export function mod(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}
