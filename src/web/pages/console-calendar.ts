import { MAX_YEAR, MIN_YEAR, type StoredCalendarDay } from '../../domains/calendar/index.js';
import { dayOfWeek } from '../../kernel/calendar/index.js';
import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import { formatTime } from '../format.js';
import type { MessageKey } from '../i18n/index.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { dataTable } from './table.js';

export interface CalendarFormState {
  /** shown above the form after a refused change */
  error?: string | null;
  /** `added` or `removed`, after a change went through */
  done?: string | null;
  /** what the refused form held, to fill it in again */
  values?: { date: string; kind: string; note: string };
}

function yearNav(view: View, year: number): Html {
  const { t } = view;
  return html`<nav class="pager" aria-label="${t('calendar.years')}">
  ${year > MIN_YEAR ? html`<a class="button" rel="prev" href="/console/calendar?year=${year - 1}">${String(year - 1)}</a>` : html`<span></span>`}
  <span class="pager-current" aria-current="page">${t('calendar.year', { year })}</span>
  ${year < MAX_YEAR ? html`<a class="button" rel="next" href="/console/calendar?year=${year + 1}">${String(year + 1)}</a>` : html`<span></span>`}
</nav>`;
}

function addForm(view: View, state: CalendarFormState): Html {
  const { t } = view;
  const v = state.values ?? { date: '', kind: 'holiday', note: '' };
  const kind = (k: string) => html`<option value="${k}"${v.kind === k ? html` selected` : ''}>${t(`calendar.kind.${k}` as MessageKey)}</option>`;
  return html`<form class="form" method="post" action="/console/calendar">
  <input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}">
  <div class="field"><label for="date">${t('calendar.date')}</label><input id="date" name="date" type="date" required value="${v.date}"></div>
  <div class="field"><label for="kind">${t('calendar.kind')}</label><select id="kind" name="kind">${kind('holiday')}${kind('workday')}</select></div>
  <div class="field"><label for="note">${t('calendar.note')}</label><input id="note" name="note" type="text" maxlength="200" value="${v.note}"></div>
  <button type="submit" class="button button-primary">${t('calendar.add')}</button>
</form>`;
}

/** `/console/calendar` (administrators): a year's holidays and adjusted working days, a form to add one, a button to remove each. */
export function calendarPage(view: View, user: ConsoleUser, year: number, days: StoredCalendarDay[], state: CalendarFormState = {}): Html {
  const { t } = view;
  const rows = days.map((d) => [
    html`<span class="code">${d.date}</span>`,
    t(`calendar.weekday.${dayOfWeek(d.date)}` as MessageKey),
    t(`calendar.kind.${d.kind}` as MessageKey),
    d.note ?? t('value.none'),
    formatTime(d.updatedAt),
    html`<form method="post" action="/console/calendar/${d.date}/delete" class="inline-form">
      <input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}">
      <button type="submit" class="button">${t('calendar.remove')}</button></form>`,
  ]);
  const headers = [t('calendar.date'), t('calendar.weekday'), t('calendar.kind'), t('calendar.note'), t('calendar.updatedAt'), t('calendar.actions')];
  const body = html`<p class="lead">${t('calendar.lead')}</p>
${state.done ? html`<p class="notice" role="status">${t(state.done === 'removed' ? 'calendar.removed' : 'calendar.added')}</p>` : ''}
${state.error ? html`<div class="notice notice-error" role="alert"><p>${state.error}</p></div>` : ''}
<h2>${t('calendar.addHeading')}</h2>
${addForm(view, state)}
<h2>${t('calendar.year', { year })}</h2>
${yearNav(view, year)}
${days.length === 0 ? html`<p class="notice">${t('calendar.empty')}</p>` : dataTable(t('calendar.year', { year }), headers, rows)}`;
  return consoleShell(view, user, 'calendar', t('console.calendar'), body);
}
