import { describe, expect, it } from 'vitest';
import { computePublicityEnd, repairEligibleFrom, type PublicityRule } from './publicity.js';

const DEFAULT: PublicityRule = { publishMinor: true };

describe('repairEligibleFrom: decision date + the tier minimum (SPEC §8)', () => {
  it.each([
    ['minor', DEFAULT, '2025-01-15', '2025-01-15', 'minor: as soon as the obligation is met'],
    ['general', DEFAULT, '2025-01-15', '2025-04-15', 'general: 3 months'],
    ['serious', DEFAULT, '2025-01-15', '2026-01-15', 'serious: 12 months'],
    [null, DEFAULT, '2025-01-15', '2025-04-15', 'no tier: general'],
    ['general', DEFAULT, '2024-11-30', '2025-02-28', 'clamped to the end of February'],
    ['general', DEFAULT, '2023-11-30', '2024-02-29', 'clamped to a leap-year February'],
    ['serious', DEFAULT, '2024-02-29', '2025-02-28', 'from 29 February'],
    ['serious', { publishMinor: true, minMonths: { serious: 24 } }, '2025-01-15', '2027-01-15', 'minMonths override'],
    ['minor', { publishMinor: true, minMonths: { minor: 1 } }, '2025-01-31', '2025-02-28', 'override for minor, clamped'],
    ['general', { publishMinor: true, minMonths: { general: 0 } }, '2025-01-15', '2025-01-15', 'override to none'],
    ['general', { publishMinor: true, minMonths: { serious: 24 } }, '2025-01-15', '2025-04-15', 'an override for another tier changes nothing'],
  ] as const)('%s, %j, decided %s → may apply from %s (%s)', (severity, rule, decisionDate, expected, _why) => {
    expect(repairEligibleFrom({ severity, decisionDate, rule })).toBe(expected);
  });

  it('opens no later than the publicity end under the default rule', () => {
    for (const severity of ['minor', 'general', 'serious'] as const) {
      const input = { severity, decisionDate: '2025-01-31', rule: DEFAULT };
      expect(repairEligibleFrom(input) <= computePublicityEnd({ ...input, polarity: 'negative' })!).toBe(true);
    }
  });
});
