import { describe, expect, it } from 'vitest';
import { checkDateRange, parseDateCell } from './parse-date.js';
import { Rejection } from './rejection.js';

describe('dates (SPEC §3.1: YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD)', () => {
  it.each<[unknown, string]>([
    ['2024-01-05', '2024-01-05'], ['2024/01/05', '2024-01-05'], ['20240105', '2024-01-05'], ['2024/1/5', '2024-01-05'],
    ['2024.01.05', '2024-01-05'], ['2024年1月5日', '2024-01-05'], ['2024-01-05 00:00:00', '2024-01-05'], [' 2024-02-29 ', '2024-02-29'],
    ['２０２４－０１－０５', '2024-01-05'], [20240105, '2024-01-05'], [45296, '2024-01-05'], [45296.75, '2024-01-05'],
    [new Date(Date.UTC(2024, 0, 5)), '2024-01-05'], ['2099-12-31', '2099-12-31'],
  ])('%j → %s', (input, iso) => {
    expect(parseDateCell(input)).toBe(iso);
  });

  it.each<unknown>(['2023-02-29', '2024-13-01', '2024-00-10', '2024-01-32', '05/01/2024', '2024-0105', '20241305', 'yesterday', 30, new Date(Number.NaN)])(
    '%j is DATE_INVALID', (input) => {
      expect((parseDateCell(input) as Rejection).code).toBe('DATE_INVALID');
    });

  it('checks the range: 1949-10-01 to today, the future only where allowed', () => {
    expect(checkDateRange('1949-10-01', '2026-06-15', false)).toBeUndefined();
    expect(checkDateRange('1949-09-30', '2026-06-15', false)?.code).toBe('DATE_TOO_EARLY');
    expect(checkDateRange('2026-06-15', '2026-06-15', false)).toBeUndefined();
    expect(checkDateRange('2026-06-16', '2026-06-15', false)?.code).toBe('DATE_IN_FUTURE');
    expect(checkDateRange('2099-12-31', '2026-06-15', true)).toBeUndefined();
  });
});
