import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../kernel/calendar/index.js';
import { chinaDateOf, chinaMidnight, resolvePeriod } from './provider-quality-period.js';
import { WorkingDayHistogram, isLate, workingDaysToReceipt } from './provider-quality-timeliness.js';

describe('working days from decision to receipt (7 allowed)', () => {
  it.each([
    ['2025-01-24', '2025-02-10', 7, false, 'Fri before 春节 → Mon 02-10: just in time'],
    ['2025-01-24', '2025-02-11', 8, true, 'a day later: late'],
    ['2025-09-26', '2025-10-11', 6, false, 'Sun 09-28 and Sat 10-11 are worked, 国庆 is not'],
    ['2025-09-30', '2025-10-08', 0, false, 'received during 国庆'],
    ['2025-10-09', '2025-10-09', 0, false, 'same day'],
    ['2025-10-10', '2025-10-09', -1, false, 'received before the decision date: never late'],
  ])('%s → %s: %i', (decision, received, days, late) => {
    expect(workingDaysToReceipt(defaultCalendar(), decision, received)).toBe(days);
    expect(isLate(days)).toBe(late);
  });
});

describe('WorkingDayHistogram', () => {
  const of = (days: number[]) => {
    const h = new WorkingDayHistogram();
    for (const d of days) h.add(d);
    return h;
  };

  it('summarises shares and nearest-rank percentiles', () => {
    expect(of([0, 6, 7, 8, 8, 9, 190]).summary()).toEqual({ measured: 7, onTime: 3, late: 4, onTimeShare: 3 / 7, medianWorkingDays: 8, p90WorkingDays: 190 });
    expect(of([1, 2, 3, 4]).summary()).toMatchObject({ medianWorkingDays: 2, p90WorkingDays: 4 });
    expect(of([5]).summary()).toMatchObject({ measured: 1, onTimeShare: 1, medianWorkingDays: 5, p90WorkingDays: 5 });
    expect(of([]).summary()).toEqual({ measured: 0, onTime: 0, late: 0, onTimeShare: null, medianWorkingDays: null, p90WorkingDays: null });
  });

  it('adds counts and merges like the records one by one', () => {
    const grouped = new WorkingDayHistogram();
    grouped.add(3, 9);
    grouped.merge(of([12]));
    expect(grouped.summary()).toEqual(of([3, 3, 3, 3, 3, 3, 3, 3, 3, 12]).summary());
    expect(grouped.percentile(0.9)).toBe(3);
    expect(grouped.percentile(0.91)).toBe(12);
  });
});

describe('periods in China time', () => {
  it('bounds stored UTC instants by China midnights', () => {
    expect(chinaMidnight('2025-10-01')).toBe('2025-09-30T16:00:00.000Z');
    expect(chinaDateOf('2025-10-15T15:59:59.999Z')).toBe('2025-10-15');
    expect(chinaDateOf('2025-10-15T16:00:00.000Z')).toBe('2025-10-16');
    expect(resolvePeriod({ from: '2025-10-01', to: '2025-10-31' }, '2025-11-20')).toEqual({
      from: '2025-10-01', to: '2025-10-31', startsAt: '2025-09-30T16:00:00.000Z', endsBefore: '2025-10-31T16:00:00.000Z',
    });
  });

  it.each([
    [{}, '2024-11-21', '2025-11-20'],
    [{ to: '2024-02-29' }, '2023-03-01', '2024-02-29'],
    [{ from: '2025-01-01' }, '2025-01-01', '2025-11-20'],
  ])('defaults %j to the 12 months up to today or `to`', (q, from, to) => {
    expect(resolvePeriod(q, '2025-11-20')).toMatchObject({ from, to });
  });

  it('refuses a reversed or overlong period', () => {
    expect(() => resolvePeriod({ from: '2025-11-21' }, '2025-11-20')).toThrow(expect.objectContaining({ code: 'PERIOD_INVALID' }));
    expect(() => resolvePeriod({ from: '2020-11-16', to: '2025-11-20' }, '2025-11-20')).toThrow(expect.objectContaining({ code: 'PERIOD_INVALID' }));
    expect(resolvePeriod({ from: '2020-11-17', to: '2025-11-20' }, '2025-11-20').from).toBe('2020-11-17'); // 1830 days, the most
  });
});

describe('malformed dates', () => {
  it.each([{ from: '2025-13-01' }, { to: '2025/10/01' }, { from: '' }])('%j is PERIOD_INVALID', (q) => {
    expect(() => resolvePeriod(q, '2025-11-20')).toThrow(expect.objectContaining({ code: 'PERIOD_INVALID', status: 400 }));
  });
});
