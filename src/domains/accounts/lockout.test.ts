import { describe, expect, it } from 'vitest';
import { isLocked, lockAfter, LOCKOUT_MS, MAX_FAILED_LOGINS } from './lockout.js';
import { isExpired, needsTouch, sessionExpiry, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './session-policy.js';

const now = new Date('2026-06-15T02:00:00.000Z');
const at = (ms: number) => new Date(now.getTime() + ms).toISOString();

describe('lockout', () => {
  it.each([
    [1, null],
    [MAX_FAILED_LOGINS - 1, null],
    [MAX_FAILED_LOGINS, at(LOCKOUT_MS)],
    [MAX_FAILED_LOGINS + 3, at(LOCKOUT_MS)],
  ])('after %i failures the lock is %s', (failures, expected) => {
    expect(lockAfter(failures, now)).toBe(expected);
  });

  it.each([
    [null, false],
    [at(1), true],
    [at(0), false],
    [at(-1), false],
  ])('locked until %s → %s', (lockedUntil, expected) => {
    expect(isLocked(lockedUntil, now)).toBe(expected);
  });
});

describe('session expiry', () => {
  it('is 30 minutes idle, capped at 12 hours after sign-in', () => {
    expect(sessionExpiry(now.toISOString(), now)).toBe(at(SESSION_IDLE_MS));
    const late = new Date(now.getTime() + SESSION_ABSOLUTE_MS - 10 * 60_000);
    expect(sessionExpiry(now.toISOString(), late)).toBe(at(SESSION_ABSOLUTE_MS));
  });

  it('is expired at its instant, and touched at most once a minute', () => {
    expect(isExpired(now.toISOString(), now)).toBe(true);
    expect(isExpired(at(1), now)).toBe(false);
    expect(needsTouch(at(-59_999), now)).toBe(false);
    expect(needsTouch(at(-60_000), now)).toBe(true);
  });
});
