/** Time comes in through this interface so that tests can fix it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(iso: string): Clock & { set(iso: string): void; advance(ms: number): void } {
  let current = new Date(iso);
  return {
    now: () => new Date(current.getTime()),
    set: (next: string) => {
      current = new Date(next);
    },
    advance: (ms: number) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

/** ISO-8601 UTC timestamp, the one text form times take in the database. */
export function isoNow(clock: Clock): string {
  return clock.now().toISOString();
}

/** The calendar date (YYYY-MM-DD) in China Standard Time (UTC+8), where the platform's dates live. */
export function chinaDate(clock: Clock): string {
  return new Date(clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
