import type { WorkingDayCalendar } from '../../kernel/calendar/index.js';
import { isOpen, type Deadlines, type ObjectionStatus } from './schema.js';

/**
 * The last day (inclusive) of the step a case enters on `startDay`: N working
 * days after it, the start day itself not counted (自受理之日起N个工作日内,
 * kernel/calendar). Closed states have no deadline.
 */
export function dueDate(calendar: WorkingDayCalendar, deadlines: Deadlines, status: ObjectionStatus, startDay: string): string | null {
  if (!isOpen(status)) return null;
  return calendar.addWorkingDays(startDay, deadlines[status as keyof Deadlines]);
}

/** A step is overdue from the day after its last day. */
export const isOverdue = (dueOn: string | null, today: string) => dueOn !== null && today > dueOn;
