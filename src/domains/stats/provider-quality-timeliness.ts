import type { WorkingDayCalendar } from '../../kernel/calendar/index.js';
import { TIMELINESS_TARGET_WORKING_DAYS, type Timeliness } from './provider-quality-schema.js';

/**
 * Working days from decision to receipt, counted as every deadline is
 * (SPEC §8): the days in (decision date, received date], so a penalty decided
 * on Friday 2025-01-24 and received on Monday 2025-02-10 took 7 (春节 between).
 * Received before the decision date (a clock or data error) gives a negative count.
 */
export const workingDaysToReceipt = (calendar: WorkingDayCalendar, decisionDate: string, receivedDate: string): number =>
  calendar.workingDaysBetween(decisionDate, receivedDate);

export const isLate = (workingDays: number): boolean => workingDays > TIMELINESS_TARGET_WORKING_DAYS;

/** Counts of records by working days taken: enough for shares and percentiles without holding every record. */
export class WorkingDayHistogram {
  private readonly counts = new Map<number, number>();
  total = 0;

  add(workingDays: number, count = 1): void {
    this.counts.set(workingDays, (this.counts.get(workingDays) ?? 0) + count);
    this.total += count;
  }

  merge(other: WorkingDayHistogram): void {
    for (const [days, count] of other.counts) this.add(days, count);
  }

  /** Nearest rank (an observed value): the smallest d with at least ⌈p·n⌉ records at d or fewer days. */
  percentile(p: number): number | null {
    if (this.total === 0) return null;
    const rank = Math.max(1, Math.ceil(p * this.total));
    let seen = 0;
    for (const days of [...this.counts.keys()].sort((a, b) => a - b)) {
      seen += this.counts.get(days)!;
      if (seen >= rank) return days;
    }
    return null;
  }

  summary(): Timeliness {
    let onTime = 0;
    for (const [days, count] of this.counts) if (!isLate(days)) onTime += count;
    return {
      measured: this.total,
      onTime,
      late: this.total - onTime,
      onTimeShare: this.total === 0 ? null : onTime / this.total,
      medianWorkingDays: this.percentile(0.5),
      p90WorkingDays: this.percentile(0.9),
    };
  }
}
