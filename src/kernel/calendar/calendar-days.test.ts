import { describe, expect, it } from 'vitest';
import { referenceData } from '../reference/index.js';
import { calendarDaySchema, calendarFromDays, type CalendarDay } from './calendar-days.js';
import { defaultCalendar } from './default-calendar.js';

describe('calendarFromDays', () => {
  const { holidays, adjustedWorkingDays } = referenceData.workingDayCalendar2025;
  const days: CalendarDay[] = [
    ...holidays.map((date) => ({ date, kind: 'holiday' as const })),
    ...adjustedWorkingDays.map((date) => ({ date, kind: 'workday' as const })),
  ];

  it('builds the same calendar as the two lists', () => {
    const fromTable = calendarFromDays(days);
    expect(fromTable.addWorkingDays('2025-01-24', 3)).toBe(defaultCalendar().addWorkingDays('2025-01-24', 3));
    expect(fromTable.workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248);
    expect(fromTable.isWorkingDay('2025-10-11')).toBe(true); // Saturday 调休
  });

  it('rejects one date listed as both kinds', () => {
    expect(() => calendarFromDays([{ date: '2025-10-11', kind: 'holiday' }, { date: '2025-10-11', kind: 'workday' }])).toThrow(RangeError);
  });

  it('parses a table row and refuses unknown kinds and bad dates', () => {
    expect(calendarDaySchema.parse({ date: '2025-01-26', kind: 'workday' })).toEqual({ date: '2025-01-26', kind: 'workday' });
    expect(calendarDaySchema.safeParse({ date: '2025-01-26', kind: 'weekend' }).success).toBe(false);
    expect(calendarDaySchema.safeParse({ date: '2025-02-30', kind: 'holiday' }).success).toBe(false);
  });
});
