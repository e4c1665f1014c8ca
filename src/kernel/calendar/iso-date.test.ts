import { describe, expect, it } from 'vitest';
import { addDays, addMonths, assertIsoDate, dayOfWeek, fromDayNumber, isWeekend, toDayNumber } from './iso-date.js';

describe('addMonths: calendar months, clamped to the month end', () => {
  it.each([
    ['2025-01-15', 3, '2025-04-15'],
    ['2025-01-31', 1, '2025-02-28'], // February 2025 has 28 days
    ['2024-01-31', 1, '2024-02-29'], // leap year
    ['2024-02-29', 12, '2025-02-28'], // no 29 February in 2025
    ['2024-02-29', 48, '2028-02-29'],
    ['2000-01-31', 1, '2000-02-29'], // 2000 is divisible by 400: leap
    ['2100-01-31', 1, '2100-02-28'], // 2100 is divisible by 100 only: not leap
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-08-31', 3, '2025-11-30'],
    ['2025-10-31', 3, '2026-01-31'], // across the year end
    ['2025-12-31', 36, '2028-12-31'],
    ['2025-12-15', -12, '2024-12-15'],
    ['2099-12-31', 0, '2099-12-31'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('addDays', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2000-02-28', 1, '2000-02-29'], // divisible by 400: leap
    ['1900-02-28', 1, '1900-03-01'], // divisible by 100 only: not leap
    ['0050-01-01', 1, '0050-01-02'], // no Date.UTC two-digit-year mapping
    ['2000-02-29', 1, '2000-03-01'], // a valid date in a year divisible by 400
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('day numbers and weekdays', () => {
  it('counts from 1970-01-01, a Thursday', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1949-10-01')).toBe(6); // founding day of the PRC was a Saturday
  });

  it.each([
    ['2025-01-26', true], // Sunday
    ['2025-02-08', true], // Saturday
    ['2025-01-28', false], // Tuesday
    ['2099-12-31', false], // Thursday
  ])('%s is a weekend day: %s', (date, expected) => {
    expect(isWeekend(date)).toBe(expected);
  });

  it.each(['2025-02-29', '2025-13-01', '2025-00-10', '2025-1-5', '20250105', '', '2025-04-31'])(
    'rejects %j',
    (date) => {
      expect(() => assertIsoDate(date)).toThrow(RangeError);
      expect(() => addMonths(date, 1)).toThrow(RangeError);
    },
  );
});
