// Calendar dates as YYYY-MM-DD strings: compared as text, never through time zones.

/** 'YYYYMMDD' → 'YYYY-MM-DD' when it is a real Gregorian calendar date, else undefined. */
export function compactToIsoDate(compact: string): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(compact);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** True for a well-formed, real 'YYYY-MM-DD' date. */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && compactToIsoDate(value.replaceAll('-', '')) !== undefined;
}

/** Today's date in China (UTC+8, no daylight saving): the default when a caller injects none. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
