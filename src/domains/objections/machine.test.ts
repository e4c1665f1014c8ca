import { describe, expect, it } from 'vitest';
import { allowedActions, transition } from './machine.js';
import { OBJECTION_ACTIONS, OBJECTION_ROLES, OBJECTION_STATUSES, type ObjectionAction, type ObjectionRole, type ObjectionStatus } from './schema.js';

/**
 * SPEC §8: every legal transition of the objection procedure, written out by
 * hand (not derived from the table under test), and every other combination of
 * (state, action, role) refused with its stable code.
 */
const LEGAL: ReadonlyArray<[ObjectionStatus, ObjectionAction, ObjectionRole, ObjectionStatus, string | null]> = [
  ['submitted', 'accept', 'office', 'self_check', null],
  ['submitted', 'refuse', 'office', 'refused', null],
  ['self_check', 'forward', 'office', 'verifying', null],
  ['verifying', 'correct', 'source', 'verified', 'corrected'],
  ['verifying', 'remove', 'source', 'verified', 'removed'],
  ['verifying', 'uphold', 'source', 'verified', 'upheld'],
  ['verified', 'reply', 'office', 'replied', null],
  ['submitted', 'withdraw', 'objector', 'withdrawn', null],
  ['self_check', 'withdraw', 'objector', 'withdrawn', null],
  ['verifying', 'withdraw', 'objector', 'withdrawn', null],
];

/** The states each action may start from (a role that may not take it is refused by role, not by state). */
const FROM: Record<ObjectionAction, readonly ObjectionStatus[]> = {
  accept: ['submitted'], refuse: ['submitted'], forward: ['self_check'], correct: ['verifying'], remove: ['verifying'], uphold: ['verifying'],
  reply: ['verified'], withdraw: ['submitted', 'self_check', 'verifying'],
};

const key = (s: string, a: string, r: string) => `${s}|${a}|${r}`;
const legal = new Map(LEGAL.map(([s, a, r, to, outcome]) => [key(s, a, r), { to, outcome }]));

const cases = OBJECTION_STATUSES.flatMap((s) => OBJECTION_ACTIONS.flatMap((a) => OBJECTION_ROLES.map((r) => [s, a, r] as const)));

describe('objection state machine', () => {
  it('covers all 7 × 8 × 3 combinations', () => {
    expect(cases).toHaveLength(168);
  });

  it.each(LEGAL)('%s --%s (%s)--> %s', (from, action, role, to, outcome) => {
    expect(transition(from, action, [role])).toEqual({ ok: true, to, outcome });
  });

  it.each(cases.filter(([s, a, r]) => !legal.has(key(s, a, r))))('refuses %s --%s (%s)', (from, action, role) => {
    const move = transition(from, action, [role]);
    expect(move.ok).toBe(false);
    const expected = FROM[action].includes(from) ? 'OBJECTION_ROLE_FORBIDDEN' : 'OBJECTION_TRANSITION_INVALID';
    expect(!move.ok && move.error.code).toBe(expected);
    expect(!move.ok && move.error.status).toBe(expected === 'OBJECTION_ROLE_FORBIDDEN' ? 403 : 409);
  });

  it('refuses every action once a case is closed, whoever asks', () => {
    for (const closed of ['replied', 'refused', 'withdrawn'] as const) {
      expect(allowedActions(closed, OBJECTION_ROLES)).toEqual([]);
    }
  });

  it('lets an actor holding several roles take what any of them may, and nobody without a role anything', () => {
    expect(allowedActions('verifying', ['office', 'source'])).toEqual(['correct', 'remove', 'uphold']);
    expect(allowedActions('submitted', ['office', 'objector'])).toEqual(['accept', 'refuse', 'withdraw']);
    for (const s of OBJECTION_STATUSES) expect(allowedActions(s, [])).toEqual([]);
  });
});
