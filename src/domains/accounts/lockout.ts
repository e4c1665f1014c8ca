/** 5 consecutive failed sign-ins lock a username for 15 minutes; a success resets the count. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60_000;

export const isLocked = (lockedUntil: string | null, now: Date): boolean =>
  lockedUntil !== null && new Date(lockedUntil).getTime() > now.getTime();

/** The lock to set after the `failures`-th consecutive failure, or null while under the limit. */
export const lockAfter = (failures: number, now: Date): string | null =>
  failures >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MS).toISOString() : null;
