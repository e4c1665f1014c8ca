import { describe, it, expect } from 'vitest';
import { compactToIsoDate, isIsoDate, todayInChina } from './calendar-date.js';

describe('compactToIsoDate', () => {
  it.each([
    ['19491231', '1949-12-31'],
    ['20000229', '2000-02-29'],
    ['18800101', '1880-01-01'],
    ['19000229', undefined],
    ['20230229', undefined],
    ['19901301', undefined],
    ['19900431', undefined],
    ['19900100', undefined],
    ['00700101', undefined],
    ['1990011', undefined],
    ['1990O101', undefined],
  ])('%s → %s', (compact, expected) => {
    expect(compactToIsoDate(compact)).toBe(expected);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2025-06-30', true],
    ['2025-02-29', false],
    ['20250630', false],
    ['2025-6-30', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('todayInChina', () => {
  it('is the UTC+8 calendar date', () => {
    expect(todayInChina(new Date('2025-06-30T15:59:59Z'))).toBe('2025-06-30');
    expect(todayInChina(new Date('2025-06-30T16:00:00Z'))).toBe('2025-07-01');
  });
});
