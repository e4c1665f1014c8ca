import { z } from 'zod';
import { createWorkingDayCalendar, type WorkingDayCalendar } from './working-day-calendar.js';

/**
 * One row of the admin-maintained calendar table (SPEC §8): a day that differs
 * from the plain Monday-Friday week. `holiday` closes a day (even a weekday);
 * `workday` opens a weekend day (调休上班).
 */
export const calendarDaySchema = z.strictObject({
  date: z.iso.date(),
  kind: z.enum(['holiday', 'workday']),
});
export type CalendarDay = z.infer<typeof calendarDaySchema>;

/** The same date twice with different kinds is rejected, as in createWorkingDayCalendar. */
export function calendarFromDays(days: readonly CalendarDay[]): WorkingDayCalendar {
  return createWorkingDayCalendar({
    holidays: days.filter((day) => day.kind === 'holiday').map((day) => day.date),
    adjustedWorkingDays: days.filter((day) => day.kind === 'workday').map((day) => day.date),
  });
}
