/** A session ends after 30 minutes unused, and 12 hours after sign-in whatever happens. */
export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 3600_000;
/** Extending on use writes at most once a minute per session (the idle timeout may be up to a minute short). */
export const SESSION_TOUCH_MS = 60_000;

export function sessionExpiry(createdAt: string, now: Date): string {
  const absolute = new Date(createdAt).getTime() + SESSION_ABSOLUTE_MS;
  return new Date(Math.min(now.getTime() + SESSION_IDLE_MS, absolute)).toISOString();
}

export const isExpired = (expiresAt: string, now: Date): boolean => new Date(expiresAt).getTime() <= now.getTime();

export const needsTouch = (lastSeenAt: string, now: Date): boolean =>
  now.getTime() - new Date(lastSeenAt).getTime() >= SESSION_TOUCH_MS;
