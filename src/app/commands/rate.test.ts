import { describe, expect, it } from 'vitest';
import { rateProgressText } from './rate.js';

describe('xinyong rate progress', () => {
  it('draws a bar on a terminal and a plain line otherwise, with the rate and the ratings changed', () => {
    const p = { done: 500_000, total: 1_000_000, changed: 123_456 };
    expect(rateProgressText(p, 10_000, true)).toBe('[████████████░░░░░░░░░░░░]  50%  500,000/1,000,000 subjects  50,000 subjects/s  (changed 123,456)');
    expect(rateProgressText(p, 10_000, false)).toBe('评价 / rate:  50%  500,000/1,000,000 subjects  50,000 subjects/s  (changed 123,456)');
    expect(rateProgressText({ done: 0, total: 0, changed: 0 }, 0, false)).toContain('100%');
  });
});
