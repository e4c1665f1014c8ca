// Kernel: calendar dates as YYYY-MM-DD text and the working-day calendar (SPEC §8).
export { addDays, addMonths, assertIsoDate, dayOfWeek, daysInMonth, isLeapYear, isWeekend, toDayNumber, fromDayNumber } from './iso-date.js';
export { createWorkingDayCalendar } from './working-day-calendar.js';
export type { WorkingDayCalendar, WorkingDaySchedule } from './working-day-calendar.js';
export { defaultCalendar } from './default-calendar.js';
export { calendarDaySchema, calendarFromDays } from './calendar-days.js';
export type { CalendarDay } from './calendar-days.js';
