// Public API of the calendar domain: the admin-maintained working-day calendar (SPEC §8) every deadline uses.
export { createCalendarService, type CalendarService, type CalendarServiceDeps } from './service.js';
export { registerCalendarRoutes } from './routes.js';
export { CALENDAR_DAY_KINDS, MIN_YEAR, MAX_YEAR, type CalendarDayKind, type CalendarDayInput, type StoredCalendarDay } from './schema.js';
