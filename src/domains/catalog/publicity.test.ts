import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../kernel/calendar/index.js';
import type { Severity } from './definition.js';
import { computePublicityEnd, INDEFINITE, isPublicOn, type PublicityInput, type PublicityRule } from './publicity.js';

const DEFAULT: PublicityRule = { publishMinor: true };
const end = (input: Partial<PublicityInput> & Pick<PublicityInput, 'polarity' | 'decisionDate'>): string | null =>
  computePublicityEnd({ severity: null, rule: DEFAULT, ...input });

describe('negative records: decision date + tier maximum, the end day inclusive', () => {
  it.each([
    ['minor', '2025-01-15', '2025-04-15', 'minor: 3 months'],
    ['general', '2025-01-15', '2026-01-15', 'general: 12 months'],
    ['serious', '2025-01-15', '2028-01-15', 'serious: 36 months'],
    ['minor', '2025-01-31', '2025-04-30', 'clamped to the end of April'],
    ['minor', '2024-11-30', '2025-02-28', 'clamped to the end of February'],
    ['minor', '2023-11-30', '2024-02-29', 'clamped to a leap-year February'],
    ['general', '2024-02-29', '2025-02-28', 'from 29 February into a common year'],
    ['serious', '2024-02-29', '2027-02-28', 'from 29 February, three years on'],
    ['serious', '2025-12-31', '2028-12-31', 'from the year end'],
    [null, '2025-01-15', '2026-01-15', 'no tier: treated as general'],
  ] as const)('%s decided %s → public through %s (%s)', (severity, decisionDate, expected, _why) => {
    expect(end({ polarity: 'negative', severity, decisionDate })).toBe(expected);
  });

  it('minor records of a type with publishMinor false are not published at all (null)', () => {
    const rule = { publishMinor: false };
    expect(end({ polarity: 'negative', severity: 'minor', decisionDate: '2025-01-15', rule })).toBeNull();
    expect(end({ polarity: 'negative', severity: 'minor', decisionDate: '2025-01-15', rule, statedEnd: '2025-02-01' })).toBeNull();
    expect(end({ polarity: 'negative', severity: 'minor', decisionDate: '2025-01-15', rule, repairedOn: '2025-02-01' })).toBeNull();
    expect(end({ polarity: 'negative', severity: 'general', decisionDate: '2025-01-15', rule })).toBe('2026-01-15');
  });

  it.each([
    [{ publishMinor: true, maxMonths: { general: 6 } }, 'general', '2026-07-15', 'maxMonths overrides the tier maximum'],
    [{ publishMinor: true, maxMonths: { general: 6 } }, 'serious', '2029-01-15', 'an override for one tier leaves the others'],
    [{ publishMinor: true, fixedMonths: 24 }, 'serious', '2028-01-15', 'fixedMonths replaces the tier period (court list: 2 years)'],
  ] as const)('%j, %s → %s (%s)', (rule, severity, expected, _why) => {
    expect(end({ polarity: 'negative', severity, decisionDate: '2026-01-15', rule })).toBe(expected);
  });
});

describe('negative records: a stated end wins but never runs past the allowed maximum', () => {
  const decisionDate = '2025-01-15';
  it.each([
    ['general', DEFAULT, '2025-06-30', '2025-06-30', 'shorter than the maximum: kept'],
    ['general', DEFAULT, '2025-02-01', '2025-02-01', 'shorter than the minimum: kept, the source may end early'],
    ['general', DEFAULT, '2026-01-15', '2026-01-15', 'exactly the maximum: kept'],
    ['general', DEFAULT, '2026-01-16', '2026-01-15', 'one day past: capped at 12 months'],
    ['serious', DEFAULT, INDEFINITE, '2028-01-15', 'indefinite: capped at 36 months'],
    ['general', { publishMinor: true, maxMonths: { general: 24 } }, '2026-12-31', '2026-12-31', 'a maxMonths override raises the cap'],
    ['general', { publishMinor: true, maxMonths: { general: 24 } }, '2027-06-30', '2027-01-15', 'but caps at the override'],
    ['serious', { publishMinor: true, fixedMonths: 24 }, '2027-12-31', '2027-12-31', 'court list: a 3-year court end within the serious maximum'],
    ['serious', { publishMinor: true, fixedMonths: 24 }, '2029-01-01', '2028-01-15', 'court list: capped at the serious maximum'],
    ['serious', { publishMinor: true, fixedMonths: 60 }, '2029-06-30', '2029-06-30', 'fixedMonths longer than the tier maximum raises the cap'],
  ] as const)('%s, %j, stated %s → %s (%s)', (severity, rule, statedEnd, expected, _why) => {
    expect(end({ polarity: 'negative', severity, decisionDate, rule, statedEnd })).toBe(expected);
  });
});

describe('positive, neutral and mixed records', () => {
  it.each([
    [{ polarity: 'positive', decisionDate: '2025-01-15' }, '2028-01-15', 'commendation: 3 years'],
    [{ polarity: 'positive', decisionDate: '2024-02-29' }, '2027-02-28', 'commendation from 29 February'],
    [{ polarity: 'positive', decisionDate: '2025-01-15', rule: { publishMinor: true, fixedMonths: 12 } }, '2026-01-15', 'fixedMonths overrides'],
    [{ polarity: 'positive', decisionDate: '2025-01-15', statedEnd: '2030-12-31' }, '2030-12-31', 'a stated end wins, uncapped'],
    [{ polarity: 'positive', decisionDate: '2025-01-15', validUntil: '2025-06-30' }, '2028-01-15', 'validUntil plays no part'],
    [{ polarity: 'neutral', decisionDate: '2025-01-15', validUntil: '2030-06-30' }, '2030-06-30', 'licence: while valid'],
    [{ polarity: 'neutral', decisionDate: '2025-01-15', validUntil: INDEFINITE }, INDEFINITE, 'licence valid indefinitely'],
    [{ polarity: 'neutral', decisionDate: '2025-01-15' }, INDEFINITE, 'rating: until the next period replaces it'],
    [{ polarity: 'neutral', decisionDate: '2025-01-31', rule: { publishMinor: true, fixedMonths: 13 } }, '2026-02-28', 'fixedMonths, clamped'],
    [{ polarity: 'neutral', decisionDate: '2025-01-15', validUntil: '2030-06-30', rule: { publishMinor: true, fixedMonths: 12 } }, '2026-01-15', 'fixedMonths wins over validUntil'],
    [{ polarity: 'neutral', decisionDate: '2025-01-15', validUntil: '2030-06-30', statedEnd: '2027-01-01' }, '2027-01-01', 'a stated end wins over both'],
    [{ polarity: 'mixed', decisionDate: '2025-01-15' }, '2028-01-15', 'mixed without a tier: good conduct, 3 years'],
    [{ polarity: 'mixed', decisionDate: '2025-01-15', severity: 'general' }, '2026-01-15', 'mixed with a tier: bad conduct'],
    [{ polarity: 'mixed', decisionDate: '2025-01-15', severity: 'minor', rule: { publishMinor: false } }, null, 'mixed, minor, unpublished'],
  ] as const)('%j → %s (%s)', (input, expected, _why) => {
    expect(end(input)).toBe(expected);
  });
});

describe('repair: not public from the repair date on, so the end is the day before', () => {
  const general = { polarity: 'negative', severity: 'general', decisionDate: '2025-01-15' } as const; // end 2026-01-15
  it.each([
    ['2025-05-20', '2025-05-19', 'repaired well before the end: public through the day before'],
    ['2026-01-15', '2026-01-14', 'repaired on the last public day: that day is lost'],
    ['2026-01-16', '2026-01-15', 'repaired the day after the end: no change'],
    ['2026-03-01', '2026-01-15', 'repaired after the end: no change'],
    ['2025-01-15', '2025-01-14', 'repaired on the decision date: never public'],
  ])('repaired on %s → end %s (%s)', (repairedOn, expected) => {
    expect(end({ ...general, repairedOn })).toBe(expected);
    expect(isPublicOn(end({ ...general, repairedOn }), repairedOn)).toBe(false);
  });

  it('repair also ends a stated end and an indefinite publicity', () => {
    expect(end({ ...general, statedEnd: '2025-06-30', repairedOn: '2025-03-01' })).toBe('2025-02-28');
    expect(end({ polarity: 'neutral', decisionDate: '2025-01-15', repairedOn: '2025-03-01' })).toBe('2025-02-28');
  });
});

describe('isPublicOn: the one reading of a publicity end', () => {
  it.each([
    ['2025-04-15', '2025-04-15', true, 'on the end day: still public'],
    ['2025-04-15', '2025-04-16', false, 'the day after: gone'],
    ['2025-04-15', '2025-01-01', true, 'before: public (the start is the decision date, not checked here)'],
    [INDEFINITE, '2099-12-31', true, 'indefinite'],
    [INDEFINITE, '2100-01-01', true, 'indefinite never ends'],
    [null, '2025-01-01', false, 'not published'],
  ] as const)('end %s on %s → %s (%s)', (publicityEnd, date, expected, _why) => {
    expect(isPublicOn(publicityEnd, date)).toBe(expected);
  });

  it('rejects malformed dates instead of comparing them as text', () => {
    expect(() => isPublicOn('2025-04-15', '2025/04/16')).toThrow(RangeError);
    expect(() => end({ polarity: 'negative', decisionDate: '20250115' })).toThrow(RangeError);
    expect(() => end({ polarity: 'positive', decisionDate: '2025-01-15', statedEnd: '2025-02-30' })).toThrow(RangeError);
  });
});

describe('properties', () => {
  const date = fc.integer({ min: 0, max: 365 * 60 }).map((offset) => addDays('1990-01-01', offset));
  const tier = fc.constantFrom<Severity>('minor', 'general', 'serious');
  const max: Record<Severity, number> = { minor: 3, general: 12, serious: 36 };

  it('a negative record is public from its decision date through at most the tier maximum', () => {
    fc.assert(
      fc.property(date, tier, fc.option(date, { nil: null }), (decisionDate, severity, statedEnd) => {
        const result = end({ polarity: 'negative', severity, decisionDate, statedEnd });
        expect(isPublicOn(result, addMonths(decisionDate, max[severity]))).toBe(statedEnd === null || statedEnd >= addMonths(decisionDate, max[severity]));
        expect(isPublicOn(result, addDays(addMonths(decisionDate, max[severity]), 1))).toBe(false);
      }),
    );
  });

  it('a repaired record is never public on or after its repair date', () => {
    fc.assert(
      fc.property(date, tier, fc.integer({ min: 0, max: 2000 }), (decisionDate, severity, days) => {
        const repairedOn = addDays(decisionDate, days);
        const result = end({ polarity: 'negative', severity, decisionDate, repairedOn });
        expect(isPublicOn(result, repairedOn)).toBe(false);
        const dayBefore = addDays(repairedOn, -1); // on or after the decision date when days ≥ 1
        if (days >= 1) expect(isPublicOn(result, dayBefore)).toBe(dayBefore <= addMonths(decisionDate, max[severity]));
      }),
    );
  });
});
