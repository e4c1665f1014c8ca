import { referenceData } from '../reference/index.js';
import { createWorkingDayCalendar, type WorkingDayCalendar } from './working-day-calendar.js';

let cached: WorkingDayCalendar | undefined;

/**
 * The calendar shipped with the app: the State Council's 2025 schedule from the
 * reference data. Other years count Monday-Friday until admins load their notices.
 */
export function defaultCalendar(): WorkingDayCalendar {
  cached ??= createWorkingDayCalendar(referenceData.workingDayCalendar2025);
  return cached;
}
