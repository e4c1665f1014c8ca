import { describe, expect, it } from 'vitest';
import { countingOn, countsOn } from './counts-on.js';

describe('countingOn', () => {
  it('agrees with countsOn (isPublicOn) on every case, the date checked once', () => {
    const date = '2026-06-15';
    const cases = ['active', 'withdrawn'].flatMap((status) => ['2026-06-14', '2026-06-15', '2026-06-16'].flatMap((decisionDate) =>
      [null, '2026-06-14', '2026-06-15', '2026-06-16', '2099-12-31'].map((publicityEnd) => ({ status, decisionDate, publicityEnd }))));
    const counts = countingOn(date);
    for (const c of cases) expect(counts(c), JSON.stringify(c)).toBe(countsOn(c, date));
    expect(cases.filter(counts)).toHaveLength(6);
    expect(() => countingOn('2026-02-30')).toThrow(RangeError);
  });
});
