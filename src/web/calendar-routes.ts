import type { HttpApp } from '../kernel/http.js';
import { DomainError } from '../kernel/errors.js';
import { chinaDate } from '../kernel/clock.js';
import { requireRole } from '../domains/accounts/index.js';
import { MAX_YEAR, MIN_YEAR } from '../domains/calendar/index.js';
import type { WebContext } from './web-context.js';
import { createConsolePage, HIDDEN, queryText } from './console-page.js';
import { formField } from './form.js';
import { inLang } from './format.js';
import { redirect, sendPage } from './respond.js';
import { calendarPage } from './pages/console-calendar.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The working-day calendar in the console (administrators): a year's days, add or change one, remove one. */
export function registerCalendarPages(app: HttpApp, web: WebContext, clock: { now(): Date }): void {
  const { calendar } = web.services;
  const consolePage = createConsolePage(web);
  const yearOf = (query: unknown) => {
    const n = Number(queryText(query, 'year', 4));
    return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR ? n : Number(chinaDate(clock).slice(0, 4));
  };
  const back = (date: string, done: string) => `/console/calendar?year=${date.slice(0, 4)}&done=${done}`;

  app.get('/console/calendar', HIDDEN, consolePage('calendar', async ({ request, view, user, actor }) => {
    requireRole(actor, 'admin');
    const { year, days } = await calendar.list({ year: yearOf(request.query) });
    return calendarPage(view, user, year, days, { done: queryText(request.query, 'done', 10) ?? null });
  }));

  app.post('/console/calendar', HIDDEN, consolePage('calendar', async ({ request, reply, view, user, actor }) => {
    requireRole(actor, 'admin');
    const values = { date: formField(request, 'date', 10), kind: formField(request, 'kind', 10), note: formField(request, 'note', 200).trim() };
    try {
      await calendar.setDays(actor, [{ date: values.date, kind: values.kind, note: values.note || null }]);
      return redirect(reply, back(values.date, 'added'));
    } catch (err) {
      if (!(err instanceof DomainError) || err.status !== 400) throw err;
      const year = DATE.test(values.date) ? Number(values.date.slice(0, 4)) : yearOf({});
      const { days } = await calendar.list({ year: year >= MIN_YEAR && year <= MAX_YEAR ? year : yearOf({}) });
      const error = view.t('calendar.error', { reason: inLang(err.errors?.[0]?.message ?? err.message, view.lang) });
      return sendPage(reply, view, 400, calendarPage(view, user, year, days, { error, values }));
    }
  }));

  app.post('/console/calendar/:date/delete', HIDDEN, consolePage('calendar', async ({ request, reply, actor }) => {
    const { date } = request.params as { date: string };
    await calendar.removeDay(actor, date);
    return redirect(reply, back(date, 'removed'));
  }));
}
