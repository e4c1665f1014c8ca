import { z } from 'zod';
import type { HttpApp } from '../../kernel/http.js';
import { problemResponses } from '../../kernel/http.js';
import { presentAdminDay, presentDay } from './present.js';
import {
  adminCalendarDaySchema, calendarDaysBodySchema, calendarYearSchema, workingDaysAnswerSchema, workingDaysQuerySchema, yearQuerySchema,
} from './schema.js';
import type { CalendarService } from './service.js';

const tags = ['calendar'];
const dateParams = z.strictObject({ date: z.iso.date().describe('YYYY-MM-DD') });

/** The working-day calendar over HTTP: public reads and deadline arithmetic, admin writes (the service checks the role). */
export function registerCalendarRoutes(app: HttpApp, calendar: CalendarService): void {
  app.get('/api/v1/calendar', {
    schema: {
      tags,
      summary: '工作日历 / the working-day calendar of a year',
      description: 'The days that differ from a plain Monday-Friday week: `holiday` (closed, even on a weekday) and `workday` (a weekend day worked, 调休上班). Every other day is a working day from Monday to Friday.',
      querystring: yearQuerySchema,
      response: { 200: calendarYearSchema, ...problemResponses },
    },
  }, async (request) => {
    const { year, days } = await calendar.list(request.query);
    return { year, days: days.map(presentDay) };
  });

  app.get('/api/v1/calendar/working-days', {
    schema: {
      tags,
      summary: '工作日计算 / count working days, or add them to a date',
      description: '`from` and `to`: the working days in (from, to] (the start day never counts, as in "自受理之日起N个工作日内"). `from` and `add`: the date of the n-th working day after `from`, e.g. a deadline.',
      querystring: workingDaysQuerySchema,
      response: { 200: workingDaysAnswerSchema, ...problemResponses },
    },
  }, async (request) => {
    const { from, to, add } = request.query;
    const cal = await calendar.calendar();
    if (add !== undefined) return { from, to: cal.addWorkingDays(from, add), workingDays: add };
    return { from, to: to!, workingDays: cal.workingDaysBetween(from, to!) };
  });

  app.put('/api/v1/admin/calendar/days', {
    schema: {
      tags,
      summary: '设置工作日历日期 / add or change calendar days (admin)',
      description: 'Each day is inserted or replaced. A date given twice, or a `workday` that is a weekday anyway, is refused and nothing is stored.',
      body: calendarDaysBodySchema,
      response: { 200: z.object({ days: z.array(adminCalendarDaySchema) }), ...problemResponses },
    },
  }, async (request) => ({ days: (await calendar.setDays(request.actor, request.body)).map(presentAdminDay) }));

  app.delete('/api/v1/admin/calendar/days/:date', {
    schema: {
      tags,
      summary: '删除工作日历日期 / remove a calendar day (admin)',
      description: 'The date counts as a plain weekday or weekend day again.',
      params: dateParams,
      response: { 204: z.null().describe('removed'), ...problemResponses },
    },
  }, async (request, reply) => {
    await calendar.removeDay(request.actor, request.params.date);
    return reply.code(204).send(null);
  });
}
