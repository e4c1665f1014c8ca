import { addDays, addMonths, assertIsoDate, toDayNumber } from '../../kernel/calendar/index.js';
import { ValidationError, type FieldError } from '../../kernel/errors.js';
import { MAX_PERIOD_DAYS, type QualityQuery } from './provider-quality-schema.js';

const CHINA_OFFSET_MS = 8 * 3600_000;

/** A report's period: China dates, inclusive, and the UTC instants [start, end) that bound stored times. */
export interface Period {
  from: string;
  to: string;
  startsAt: string;
  endsBefore: string;
}

/** The instant a China calendar day begins (00:00 UTC+8 = 16:00 UTC the day before), as stored times are written. */
export const chinaMidnight = (date: string): string => `${addDays(date, -1)}T16:00:00.000Z`;

/** The China calendar date of a stored ISO-8601 instant. */
export const chinaDateOf = (iso: string): string => new Date(new Date(iso).getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);

const isDate = (text: string) => {
  try {
    return assertIsoDate(text) === text;
  } catch {
    return false;
  }
};

/** Default: the 12 months up to today (`to` given alone: the 12 months up to it). Dates are checked here too: the console passes its query as is. */
export function resolvePeriod(q: QualityQuery, today: string): Period {
  const malformed = (['from', 'to'] as const).filter((k) => q[k] !== undefined && !isDate(q[k]!));
  if (malformed.length > 0) {
    throw new ValidationError('统计期间有误 / invalid period', malformed.map((field) => ({ field, code: 'INVALID_FORMAT', message: '日期应为 YYYY-MM-DD / a date is YYYY-MM-DD' })), 'PERIOD_INVALID');
  }
  const to = q.to ?? today;
  const from = q.from ?? addDays(addMonths(to, -12), 1);
  const errors: FieldError[] = [];
  if (from > to) errors.push({ field: 'from', code: 'PERIOD_INVALID', message: 'from 不能晚于 to / from is after to' });
  else if (toDayNumber(to) - toDayNumber(from) >= MAX_PERIOD_DAYS) {
    errors.push({ field: 'to', code: 'PERIOD_INVALID', message: `统计期间不超过 ${MAX_PERIOD_DAYS} 天 / at most ${MAX_PERIOD_DAYS} days` });
  }
  if (errors.length > 0) throw new ValidationError('统计期间有误 / invalid period', errors, 'PERIOD_INVALID');
  return { from, to, startsAt: chinaMidnight(from), endsBefore: chinaMidnight(addDays(to, 1)) };
}
