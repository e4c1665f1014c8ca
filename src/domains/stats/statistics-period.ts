import { addMonths } from '../../kernel/calendar/index.js';
import type { FieldError } from '../../kernel/errors.js';
import { chinaMidnight } from './provider-quality-period.js';
import { statsPeriodInvalid } from './statistics-errors.js';
import { MAX_MONTHS, MONTH } from './statistics-schema.js';

/** A dashboard period: months YYYY-MM (China time), inclusive, and the UTC instants [start, end) of stored times. */
export interface MonthPeriod {
  from: string;
  to: string;
  /** every month of the period, oldest first */
  months: string[];
  startsAt: string;
  endsBefore: string;
}

export const shiftMonth = (month: string, n: number): string => addMonths(`${month}-01`, n).slice(0, 7);

/** Default: the 12 months up to this one (`to` alone: the 12 up to it). */
export function resolveMonths(q: { from?: string | undefined; to?: string | undefined }, today: string): MonthPeriod {
  const bad = (['from', 'to'] as const).filter((k) => q[k] !== undefined && !MONTH.test(q[k]!));
  if (bad.length > 0) throw statsPeriodInvalid(bad.map((field) => ({ field, code: 'INVALID_FORMAT', message: '月份应为 YYYY-MM / a month is YYYY-MM' })));
  const to = q.to ?? today.slice(0, 7);
  const from = q.from ?? shiftMonth(to, -11);
  const errors: FieldError[] = [];
  const months: string[] = [];
  for (let m = from; m <= to && months.length <= MAX_MONTHS; m = shiftMonth(m, 1)) months.push(m);
  if (from > to) errors.push({ field: 'from', code: 'STATS_PERIOD_INVALID', message: 'from 不能晚于 to / from is after to' });
  else if (months.length > MAX_MONTHS) errors.push({ field: 'to', code: 'STATS_PERIOD_INVALID', message: `统计期间不超过 ${MAX_MONTHS} 个月 / at most ${MAX_MONTHS} months` });
  if (errors.length > 0) throw statsPeriodInvalid(errors);
  return { from, to, months, startsAt: chinaMidnight(`${from}-01`), endsBefore: chinaMidnight(`${shiftMonth(to, 1)}-01`) };
}
