import { describe, expect, it } from 'vitest';
import { displayStatus, inEffectOn, possibleSteps, refusalOf, type EntryState } from './rules.js';
import type { EntryStep } from './schema.js';

const base: EntryState = { status: 'proposed', objectionDeadline: null, effectiveFrom: null, effectiveTo: null, removedOn: null };
const notified: EntryState = { ...base, status: 'notified', objectionDeadline: '2026-06-29' };
const inEffect: EntryState = { ...base, status: 'in_effect', objectionDeadline: '2026-06-29', effectiveFrom: '2026-07-01', effectiveTo: '2029-07-01' };
const code = (step: EntryStep, e: EntryState, today: string, objections: Array<{ answered: boolean }> = []) =>
  refusalOf(step, e, today, objections)?.code ?? null;

describe('the listing procedure as rules', () => {
  it('refuses to decide before the notice, while the window is open, and with unanswered objections', () => {
    expect(code('decide', base, '2026-06-15')).toBe('LIST_NOTICE_REQUIRED');
    expect(code('decide', notified, '2026-06-29')).toBe('LIST_OBJECTION_WINDOW_OPEN'); // the deadline day is still open
    expect(code('decide', notified, '2026-06-30')).toBeNull();
    expect(code('decide', notified, '2026-06-30', [{ answered: true }, { answered: false }])).toBe('LIST_OBJECTION_UNANSWERED');
    expect(code('decide', notified, '2026-06-20', [{ answered: false }])).toBe('LIST_OBJECTION_WINDOW_OPEN');
    // the subject objected and heard the answer: the decision need not wait for the deadline
    expect(code('decide', notified, '2026-06-20', [{ answered: true }])).toBeNull();
    expect(code('decide', inEffect, '2026-07-02')).toBe('LIST_ENTRY_STATE_INVALID');
  });

  it('opens objections from the notice through the deadline only', () => {
    expect(code('object', base, '2026-06-15')).toBe('LIST_OBJECTION_WINDOW_CLOSED');
    expect(code('object', notified, '2026-06-29')).toBeNull();
    expect(code('object', notified, '2026-06-30')).toBe('LIST_OBJECTION_WINDOW_CLOSED');
    expect(code('object', inEffect, '2026-06-20')).toBe('LIST_OBJECTION_WINDOW_CLOSED');
  });

  it('notifies a proposal once, withdraws only undecided entries', () => {
    expect(code('notify', base, '2026-06-15')).toBeNull();
    expect(code('notify', notified, '2026-06-15')).toBe('LIST_ENTRY_STATE_INVALID');
    expect(code('withdraw', base, '2026-06-15')).toBeNull();
    expect(code('withdraw', notified, '2026-06-15')).toBeNull();
    expect(code('withdraw', inEffect, '2026-07-02')).toBe('LIST_ENTRY_STATE_INVALID');
    expect(code('propose', base, '2026-06-15')).toBe('LIST_ENTRY_STATE_INVALID');
  });

  it('removes only entries in effect (not expired), revokes decided ones, expired or removed included', () => {
    expect(code('remove', inEffect, '2026-07-02')).toBeNull();
    expect(code('remove', inEffect, '2029-07-02')).toBe('LIST_ENTRY_NOT_IN_EFFECT');
    expect(code('remove', notified, '2026-06-15')).toBe('LIST_ENTRY_NOT_IN_EFFECT');
    expect(code('remove', { ...inEffect, status: 'removed', removedOn: '2027-01-01' }, '2027-01-02')).toBe('LIST_ENTRY_NOT_IN_EFFECT');
    expect(code('revoke', inEffect, '2029-07-02')).toBeNull();
    expect(code('revoke', { ...inEffect, status: 'removed', removedOn: '2027-01-01' }, '2027-01-02')).toBeNull();
    expect(code('revoke', { ...inEffect, status: 'revoked' }, '2027-01-02')).toBe('LIST_ENTRY_NOT_IN_EFFECT');
    expect(code('revoke', base, '2026-06-15')).toBe('LIST_ENTRY_NOT_IN_EFFECT');
  });

  it('is in effect from the first through the last day, ends on the removal day, never when revoked', () => {
    expect([inEffectOn(inEffect, '2026-06-30'), inEffectOn(inEffect, '2026-07-01'), inEffectOn(inEffect, '2029-07-01'), inEffectOn(inEffect, '2029-07-02')])
      .toEqual([false, true, true, false]);
    const removed: EntryState = { ...inEffect, status: 'removed', removedOn: '2027-03-01' };
    expect([inEffectOn(removed, '2027-02-28'), inEffectOn(removed, '2027-03-01')]).toEqual([true, false]);
    const revoked: EntryState = { ...inEffect, status: 'revoked', removedOn: null };
    expect(['2026-07-01', '2027-01-01', '2029-07-01'].map((d) => inEffectOn(revoked, d))).toEqual([false, false, false]);
    expect(inEffectOn({ ...inEffect, effectiveTo: null }, '2090-01-01')).toBe(true);
    expect(inEffectOn(notified, '2026-06-20')).toBe(false);
  });

  it('shows `expired` after the last day', () => {
    expect(displayStatus(inEffect, '2029-07-01')).toBe('in_effect');
    expect(displayStatus(inEffect, '2029-07-02')).toBe('expired');
    expect(displayStatus({ ...inEffect, effectiveTo: null }, '2090-01-01')).toBe('in_effect');
    expect(displayStatus({ ...inEffect, status: 'removed' }, '2029-07-02')).toBe('removed');
  });

  it('lists the possible next steps', () => {
    expect(possibleSteps(base, '2026-06-15')).toEqual(['notify', 'withdraw']);
    expect(possibleSteps(notified, '2026-06-20')).toEqual(['object', 'withdraw']);
    expect(possibleSteps(notified, '2026-06-30')).toEqual(['decide', 'withdraw']);
    expect(possibleSteps(inEffect, '2026-07-02')).toEqual(['remove', 'revoke']);
  });
});
