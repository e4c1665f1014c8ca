import { NotFoundError, ValidationError, type FieldError } from '../../kernel/errors.js';

export const calendarDayNotFound = (date: string) =>
  new NotFoundError('CALENDAR_DAY_NOT_FOUND', `日历中没有 ${date} / ${date} is not in the calendar`);

/** One request naming a date twice, or a `workday` that is a weekday anyway (a typo, most likely). */
export const calendarDaysInvalid = (errors: FieldError[]) =>
  new ValidationError('工作日历数据有误 / calendar days invalid', errors);
