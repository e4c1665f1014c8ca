import { describe, expect, it } from 'vitest';
import { DomainError } from '../../kernel/errors.js';
import { isOverdue, nextRepairStatus, repairEligibility, REPAIR_TRANSITIONS, type RepairableRecord } from './rules.js';
import { REPAIR_STATUSES, type RepairStatus, type RepairTransition } from './schema.js';

const STEPS: RepairTransition[] = ['accept', 'refuse', 'approve', 'reject'];
const LEGAL: Array<[RepairStatus, RepairTransition, RepairStatus]> = [
  ['submitted', 'accept', 'accepted'],
  ['submitted', 'refuse', 'refused'],
  ['accepted', 'approve', 'approved'],
  ['accepted', 'reject', 'rejected'],
];

describe('the repair state machine (SPEC §8)', () => {
  it.each(LEGAL)('%s --%s--> %s', (from, step, to) => {
    expect(nextRepairStatus(from, step)).toBe(to);
  });

  const illegal = REPAIR_STATUSES.flatMap((s) => STEPS.filter((step) => !LEGAL.some(([f, st]) => f === s && st === step)).map((step) => [s, step] as const));
  it.each(illegal)('%s refuses %s with REPAIR_TRANSITION_INVALID', (from, step) => {
    let caught: unknown;
    try {
      nextRepairStatus(from, step);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe('REPAIR_TRANSITION_INVALID');
    expect((caught as DomainError).status).toBe(409);
  });

  it('covers every status, and the ends are final', () => {
    expect(Object.keys(REPAIR_TRANSITIONS).sort()).toEqual([...REPAIR_STATUSES].sort());
    for (const end of ['refused', 'approved', 'rejected'] as const) expect(REPAIR_TRANSITIONS[end]).toEqual({});
    expect(illegal).toHaveLength(REPAIR_STATUSES.length * STEPS.length - LEGAL.length);
  });

  it.each([
    [{ status: 'accepted', decisionDue: '2026-06-18' }, '2026-06-18', false, 'due day itself'],
    [{ status: 'accepted', decisionDue: '2026-06-18' }, '2026-06-19', true, 'the day after'],
    [{ status: 'submitted', decisionDue: null }, '2026-07-01', false, 'not accepted yet'],
    [{ status: 'approved', decisionDue: '2026-06-18' }, '2026-07-01', false, 'decided'],
  ] as const)('overdue %j on %s → %s (%s)', (a, today, expected, _why) => {
    expect(isOverdue(a, today)).toBe(expected);
  });
});

const RULE = { publishMinor: true };
const record = (over: Partial<RepairableRecord> = {}): RepairableRecord => ({
  polarity: 'negative', status: 'active', severity: 'general', decisionDate: '2026-01-10', publicityEnd: '2027-01-10', repairedOn: null, ...over,
});

describe('repair eligibility (SPEC §8, §3.2)', () => {
  it.each([
    ['general, 3 months passed', record(), '2026-06-15', false, 'eligible', '2026-04-10'],
    ['general, the day it opens', record(), '2026-04-10', false, 'eligible', '2026-04-10'],
    ['general, the day before', record(), '2026-04-09', false, 'not_yet', '2026-04-10'],
    ['serious: 12 months', record({ severity: 'serious', publicityEnd: '2029-01-10' }), '2026-06-15', false, 'not_yet', '2027-01-10'],
    ['minor: at once (the obligation first)', record({ severity: 'minor', publicityEnd: '2026-04-10' }), '2026-01-10', false, 'eligible', '2026-01-10'],
    ['no tier: general', record({ severity: null }), '2026-04-10', false, 'eligible', '2026-04-10'],
    ['an open application', record(), '2026-06-15', true, 'pending', '2026-04-10'],
    ['repaired already', record({ repairedOn: '2026-05-01', publicityEnd: '2026-04-30' }), '2026-06-15', false, 'repaired', '2026-04-10'],
    ['publicity over', record({ publicityEnd: '2026-06-14' }), '2026-06-15', false, 'not_public', '2026-04-10'],
    ['never published', record({ severity: 'minor', publicityEnd: null }), '2026-06-15', false, 'not_public', '2026-01-10'],
    ['withdrawn', record({ status: 'withdrawn' }), '2026-06-15', false, 'not_negative', null],
    ['positive', record({ polarity: 'positive', severity: null }), '2026-06-15', false, 'not_negative', null],
  ] as const)('%s', (_why, r, today, open, state, opensOn) => {
    expect(repairEligibility(r, RULE, today, open)).toMatchObject({ state, opensOn });
  });

  it('takes the catalogue\'s minimum period over the default', () => {
    expect(repairEligibility(record(), { publishMinor: true, minMonths: { general: 6 } }, '2026-06-15', false)).toMatchObject({ state: 'not_yet', opensOn: '2026-07-10' });
  });

  it('marks minor records as open once the obligation is met', () => {
    expect(repairEligibility(record({ severity: 'minor' }), RULE, '2026-06-15', false).obligationFirst).toBe(true);
    expect(repairEligibility(record(), RULE, '2026-06-15', false).obligationFirst).toBe(false);
  });
});
