import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber } from './iso-date.js';
import { defaultCalendar } from './default-calendar.js';
import { createWorkingDayCalendar } from './working-day-calendar.js';

// Expectations worked out by hand from the State Council's 2025 schedule (国办发明电〔2024〕12号):
// 元旦 01-01 (Wed); 春节 01-28 (Tue) … 02-04 (Tue), work on Sun 01-26 and Sat 02-08;
// 清明 04-04 (Fri) … 04-06; 劳动节 05-01 (Thu) … 05-05 (Mon), work on Sun 04-27;
// 端午 05-31 (Sat) … 06-02 (Mon); 国庆/中秋 10-01 (Wed) … 10-08 (Wed), work on Sun 09-28 and Sat 10-11.
const calendar = defaultCalendar();

describe('isWorkingDay', () => {
  it.each([
    ['2025-01-02', true, 'an ordinary Thursday'],
    ['2025-01-01', false, '元旦, a Wednesday'],
    ['2025-01-25', false, 'an ordinary Saturday'],
    ['2025-01-26', true, 'Sunday, adjusted working day before 春节'],
    ['2025-01-28', false, '除夕, a Tuesday holiday'],
    ['2025-02-04', false, 'last day of 春节, a Tuesday'],
    ['2025-02-05', true, 'first day back, Wednesday'],
    ['2025-02-08', true, 'Saturday, adjusted working day after 春节'],
    ['2025-02-09', false, 'the Sunday after it is an ordinary weekend'],
    ['2025-04-27', true, 'Sunday, adjusted working day before 劳动节'],
    ['2025-05-05', false, 'Monday, last day of 劳动节'],
    ['2025-09-28', true, 'Sunday, adjusted working day before 国庆'],
    ['2025-10-08', false, 'Wednesday, last day of 国庆'],
    ['2025-10-11', true, 'Saturday, adjusted working day after 国庆'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });
});

describe('addWorkingDays: the n-th working day after the date; the date itself never counts', () => {
  it.each([
    ['2025-01-24', 0, '2025-01-24', 'n = 0 is the date itself'],
    ['2025-01-24', 1, '2025-01-26', 'Fri → skip Sat 01-25 → Sun 01-26 is adjusted (1)'],
    ['2025-01-24', 2, '2025-01-27', '01-26 (1), Mon 01-27 (2)'],
    ['2025-01-24', 3, '2025-02-05', '01-26 (1), 01-27 (2), holidays 01-28…02-04, Wed 02-05 (3)'],
    ['2025-01-24', 7, '2025-02-10', '01-26, 01-27, 02-05, 02-06, 02-07, Sat 02-08 (6), skip Sun 02-09, Mon 02-10 (7)'],
    ['2025-01-27', 1, '2025-02-05', 'the whole 春节 break is skipped'],
    ['2025-01-29', 1, '2025-02-05', 'starting inside a holiday: the next working day'],
    ['2025-02-05', 3, '2025-02-08', 'Thu 02-06 (1), Fri 02-07 (2), Sat 02-08 adjusted (3)'],
    ['2024-12-31', 1, '2025-01-02', '元旦 Wed 01-01 skipped'],
    ['2025-04-03', 1, '2025-04-07', '清明 Fri 04-04 … Sun 04-06 skipped'],
    ['2025-04-25', 1, '2025-04-27', 'Fri → skip Sat 04-26 → Sun 04-27 adjusted'],
    ['2025-04-25', 4, '2025-04-30', '04-27 (1), 04-28 (2), 04-29 (3), 04-30 (4)'],
    ['2025-04-30', 1, '2025-05-06', '劳动节 05-01 … 05-05 skipped, Tue 05-06'],
    ['2025-05-30', 1, '2025-06-03', '端午 Sat 05-31 … Mon 06-02 skipped'],
    ['2025-09-26', 1, '2025-09-28', 'Fri → skip Sat 09-27 → Sun 09-28 adjusted'],
    ['2025-09-26', 3, '2025-09-30', '09-28 (1), Mon 09-29 (2), Tue 09-30 (3)'],
    ['2025-09-29', 2, '2025-10-09', 'objection accepted within 2: 09-30 (1), 国庆 skipped, Thu 10-09 (2)'],
    ['2025-09-30', 3, '2025-10-11', '10-09 (1), 10-10 (2), Sat 10-11 adjusted (3)'],
    ['2025-09-30', 4, '2025-10-13', '… 10-11 (3), skip Sun 10-12, Mon 10-13 (4)'],
    ['2025-09-26', 10, '2025-10-16', 'verification within 10: 09-28, 09-29, 09-30, 10-09, 10-10, 10-11, 10-13, 10-14, 10-15, 10-16'],
  ])('addWorkingDays(%s, %i) = %s: %s', (date, n, expected) => {
    expect(calendar.addWorkingDays(date, n)).toBe(expected);
  });

  it.each([-1, 1.5, Number.NaN])('rejects n = %d', (n) => {
    expect(() => calendar.addWorkingDays('2025-01-24', n)).toThrow(RangeError);
  });
});

describe('nextWorkingDay: the first working day strictly after the date', () => {
  it.each([
    ['2025-01-24', '2025-01-26', 'Fri → Sun 01-26 adjusted'],
    ['2025-01-27', '2025-02-05', 'over 春节'],
    ['2025-02-07', '2025-02-08', 'Fri → Sat 02-08 adjusted'],
    ['2025-10-10', '2025-10-11', 'Fri → Sat 10-11 adjusted'],
    ['2025-10-11', '2025-10-13', 'Sat → Mon, never the same day'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(calendar.nextWorkingDay(date)).toBe(expected);
  });
});

describe('workingDaysBetween: working days in (from, to]', () => {
  it.each([
    ['2025-01-24', '2025-02-10', 7, 'a penalty decided Fri 01-24 and received Mon 02-10 is just within 7'],
    ['2025-01-24', '2025-02-11', 8, 'one day later it is late'],
    ['2025-01-27', '2025-02-04', 0, 'only holidays after 01-27'],
    ['2025-01-25', '2025-01-26', 1, 'Sun 01-26 counts, Sat 01-25 is the excluded start'],
    ['2025-01-26', '2025-01-26', 0, 'same day'],
    ['2025-02-10', '2025-01-24', -7, 'reversed: negative'],
    ['2025-04-25', '2025-05-06', 5, '04-27, 04-28, 04-29, 04-30, 05-06'],
    ['2025-09-01', '2025-09-30', 22, '21 weekdays after Mon 09-01, plus Sun 09-28'],
    ['2025-09-30', '2025-10-08', 0, '国庆'],
    ['2025-09-26', '2025-10-16', 10, 'agrees with addWorkingDays above'],
    ['2024-12-31', '2025-12-31', 248, '2025: 365 days − 104 weekend days − 13 statutory holidays = 248'],
  ])('(%s, %s] → %i: %s', (from, to, expected) => {
    expect(calendar.workingDaysBetween(from, to)).toBe(expected);
  });
});

describe('outside the loaded years', () => {
  it('counts Monday-Friday', () => {
    expect(calendar.addWorkingDays('2026-01-02', 1)).toBe('2026-01-05'); // Fri → Mon
    expect(calendar.workingDaysBetween('2023-12-31', '2024-12-31')).toBe(262); // 2024: 366 days starting on a Monday
  });
});

describe('createWorkingDayCalendar', () => {
  it('keeps a holiday closed even on a weekday and opens an adjusted weekend day', () => {
    const custom = createWorkingDayCalendar({ holidays: ['2030-01-02'], adjustedWorkingDays: ['2030-01-05'] });
    expect(custom.isWorkingDay('2030-01-02')).toBe(false); // Wednesday
    expect(custom.isWorkingDay('2030-01-05')).toBe(true); // Saturday
    expect(custom.addWorkingDays('2030-01-01', 1)).toBe('2030-01-03');
  });

  it('ignores a holiday on a weekend and an adjusted working day on a weekday: neither changes anything', () => {
    const plain = createWorkingDayCalendar({ holidays: [], adjustedWorkingDays: [] });
    const redundant = createWorkingDayCalendar({ holidays: ['2030-01-05'], adjustedWorkingDays: ['2030-01-02'] }); // Sat, Wed
    expect(redundant.workingDaysBetween('2029-12-31', '2030-01-31')).toBe(plain.workingDaysBetween('2029-12-31', '2030-01-31'));
    expect(redundant.workingDaysBetween('2029-12-31', '2030-01-31')).toBe(23); // January 2030: 23 weekdays
  });

  it('rejects a date that is both a holiday and a working day', () => {
    expect(() => createWorkingDayCalendar({ holidays: ['2025-01-26'], adjustedWorkingDays: ['2025-01-26'] })).toThrow(RangeError);
  });

  it('rejects malformed dates', () => {
    expect(() => createWorkingDayCalendar({ holidays: ['2025-02-30'], adjustedWorkingDays: [] })).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('2025/01/26')).toThrow(RangeError);
    expect(() => calendar.workingDaysBetween('2025-01-26', '20250127')).toThrow(RangeError);
  });
});

describe('properties against a day-by-day count', () => {
  const day = fc.integer({ min: 19_700, max: 20_700 }).map(fromDayNumber); // 2023-12 … 2026-09
  const naiveBetween = (from: string, to: string): number => {
    let count = 0;
    for (let d = from; d < to; ) if (calendar.isWorkingDay((d = addDays(d, 1)))) count += 1;
    return count;
  };

  it('workingDaysBetween equals the day-by-day count, with the sign of the direction', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(calendar.workingDaysBetween(a, b)).toBe(a <= b ? naiveBetween(a, b) : -naiveBetween(b, a));
      }),
    );
  });

  it('addWorkingDays lands on a working day exactly n working days later', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 300 }), (date, n) => {
        const end = calendar.addWorkingDays(date, n);
        expect(calendar.isWorkingDay(end)).toBe(true);
        expect(calendar.workingDaysBetween(date, end)).toBe(n);
      }),
    );
  });
});
