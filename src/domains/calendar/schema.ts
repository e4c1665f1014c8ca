import { z } from 'zod';

export const CALENDAR_DAY_KINDS = ['holiday', 'workday'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/** Years the calendar may hold and answer for (the platform's dates start 1949-10-01). */
export const MIN_YEAR = 1949;
export const MAX_YEAR = 2100;
/** Days one request may set: a year's notice is about 40. */
export const MAX_DAYS_PER_REQUEST = 400;
/** `?add=`: at most about ten years of working days. */
export const MAX_WORKING_DAYS_TO_ADD = 2500;

const isoDate = z.iso.date().refine((d) => Number(d.slice(0, 4)) >= MIN_YEAR && Number(d.slice(0, 4)) <= MAX_YEAR, {
  message: `a date in ${MIN_YEAR}-${MAX_YEAR}`,
});

/** One day as an administrator sets it: `holiday` closes a day, `workday` opens a weekend day (调休上班). */
export const calendarDayInputSchema = z
  .strictObject({
    date: isoDate.describe('YYYY-MM-DD'),
    kind: z.enum(CALENDAR_DAY_KINDS),
    note: z.string().trim().max(200).nullish().describe('e.g. 国庆节 or the notice it comes from'),
  });
export type CalendarDayInput = z.input<typeof calendarDayInputSchema>;

export const calendarDaysBodySchema = z.array(calendarDayInputSchema).min(1).max(MAX_DAYS_PER_REQUEST);

/** A stored day, as the service hands it out. */
export interface StoredCalendarDay {
  date: string;
  kind: CalendarDayKind;
  note: string | null;
  updatedBy: string | null;
  updatedAt: string;
}

export const calendarDaySchema = z
  .object({ date: z.string(), kind: z.enum(CALENDAR_DAY_KINDS), note: z.string().nullable() })
  .meta({ id: 'CalendarDay' });

export const calendarYearSchema = z
  .object({ year: z.number().int(), days: z.array(calendarDaySchema) })
  .meta({ id: 'CalendarYear' });

/** The administrator's view also says who changed a day and when. */
export const adminCalendarDaySchema = calendarDaySchema
  .extend({ updatedBy: z.string().nullable(), updatedAt: z.string() })
  .meta({ id: 'AdminCalendarDay' });

export const yearQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR).optional().describe('the current year (China time) by default'),
});

export const workingDaysQuerySchema = z
  .strictObject({
    from: isoDate.describe('the start date; it never counts itself'),
    to: isoDate.optional().describe('count the working days in (from, to]'),
    add: z.coerce.number().int().min(0).max(MAX_WORKING_DAYS_TO_ADD).optional().describe('the date of the n-th working day after `from`'),
  })
  .refine((q) => (q.to === undefined) !== (q.add === undefined), { message: 'give exactly one of `to` and `add`', path: ['to'] });

export const workingDaysAnswerSchema = z
  .object({
    from: z.string(),
    to: z.string().describe('the end date: given, or the date `add` working days after `from`'),
    workingDays: z.number().int().describe('working days in (from, to]; negative when to is before from'),
  })
  .meta({ id: 'WorkingDays' });
