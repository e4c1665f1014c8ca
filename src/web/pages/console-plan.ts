import { PLAN_STATUSES, type PlanIndicator, type PlanTask, type PlanTaskDetail } from '../../domains/stats/index.js';
import { formatTime } from '../format.js';
import { html, type Html } from '../html.js';
import type { MessageKey } from '../i18n/index.js';
import type { View } from '../view.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { dataTable } from './table.js';

const statusLabel = (view: View, s: string) => view.t(`plan.status.${s}` as MessageKey);

function indicatorValue(i: PlanIndicator, v: number | null): string {
  if (v === null) return '—';
  return i.unit === 'permille' ? `${(v / 10).toFixed(1)}%` : String(v);
}

function indicatorsTable(view: View, items: readonly PlanIndicator[]): Html {
  const { t } = view;
  return dataTable(t('plan.indicators'), [t('plan.indicator.name'), t('plan.indicator.target'), t('plan.indicator.actual'), t('plan.targetYear'), t('plan.indicator.source'), t('plan.indicator.met')],
    items.map((i) => [view.lang === 'en' ? i.nameEn : i.name, indicatorValue(i, i.target), indicatorValue(i, i.actual), String(i.targetYear),
      t(`plan.indicator.source.${i.source}` as MessageKey), i.met === null ? '—' : i.met ? t('plan.yes') : html`<strong class="overdue">${t('plan.no')}</strong>`]));
}

/** `/console/plan`: the plan's tasks, overdue ones marked, filter by status, department or overdue; the indicators above. */
export function planPage(view: View, user: ConsoleUser, input: { tasks: PlanTask[]; indicators: PlanIndicator[]; status: string; overdueOnly: boolean; departments: string[]; department: string; summary: { total: number; done: number; overdue: number } }): Html {
  const { t } = view;
  const option = (v: string, l: string, cur: string) => html`<option value="${v}"${v === cur ? html` selected` : ''}>${l}</option>`;
  const rows = input.tasks.map((k) => [
    html`<a href="/console/plan/${k.code}">${k.code}</a>`, html`${k.chapter}<br><small>${k.section}</small>`, k.task, k.department, String(k.targetYear),
    k.overdue ? html`<strong class="overdue">${statusLabel(view, k.status)} · ${t('plan.overdue')}</strong>` : statusLabel(view, k.status), `${k.progress}%`, String(k.notes),
  ]);
  const body = html`<p class="lead">${t('plan.lead')}</p>
<h2>${t('plan.indicators')}</h2>
${indicatorsTable(view, input.indicators)}
<h2>${t('console.plan')}</h2>
<p>${t('plan.summary', input.summary)}</p>
<form class="period-form" method="get" action="/console/plan">
  <div class="field"><label for="status">${t('plan.status')}</label><select id="status" name="status">${option('', t('stats.all'), input.status)}${PLAN_STATUSES.map((s) => option(s, statusLabel(view, s), input.status))}</select></div>
  <div class="field"><label for="department">${t('plan.department')}</label><select id="department" name="department">${option('', t('stats.all'), input.department)}${input.departments.map((d) => option(d, d, input.department))}</select></div>
  <div class="field"><label><input type="checkbox" name="overdue" value="true"${input.overdueOnly ? html` checked` : ''}> ${t('plan.overdueOnly')}</label></div>
  <button type="submit" class="button">${t('stats.show')}</button>
</form>
${rows.length === 0 ? html`<p class="notice">${t('stats.empty')}</p>` : dataTable(t('console.plan'), ['#', t('plan.chapter'), t('plan.task'), t('plan.department'), t('plan.targetYear'), t('plan.status'), t('plan.progress'), t('plan.notes')], rows)}`;
  return consoleShell(view, user, 'plan', t('console.plan'), body);
}

/** `/console/plan/{code}`: a task, its progress form (staff), its notes and indicators. */
export function planTaskPage(view: View, user: ConsoleUser, input: { detail: PlanTaskDetail; canEdit: boolean; error: string | null; saved: boolean }): Html {
  const { t } = view;
  const { task, notes, indicators } = input.detail;
  const csrf = html`<input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}">`;
  const form = input.canEdit ? html`<form method="post" action="/console/plan/${task.code}" class="stack">${csrf}
  <input type="hidden" name="version" value="${String(task.version)}">
  <div class="field"><label for="status">${t('plan.status')}</label><select id="status" name="status">${PLAN_STATUSES.map((s) => html`<option value="${s}"${s === task.status ? html` selected` : ''}>${statusLabel(view, s)}</option>`)}</select></div>
  <div class="field"><label for="progress">${t('plan.progress')}</label><input id="progress" name="progress" type="number" min="0" max="100" value="${String(task.progress)}"></div>
  <button type="submit" class="button">${t('plan.save')}</button>
</form>
<form method="post" action="/console/plan/${task.code}/notes" class="stack">${csrf}
  <div class="field"><label for="note">${t('plan.note')}</label><textarea id="note" name="note" rows="3" maxlength="2000" required></textarea></div>
  <button type="submit" class="button button-secondary">${t('plan.addNote')}</button>
</form>` : '';
  const body = html`<p><a href="/console/plan">${t('plan.back')}</a></p>
${input.saved ? html`<div class="notice" role="status"><p>${t('plan.saved')}</p></div>` : ''}
${input.error ? html`<div class="notice notice-error" role="alert"><p>${input.error}</p></div>` : ''}
<dl class="facts">
  <dt>${t('plan.chapter')}</dt><dd>${task.chapter} · ${task.section}</dd>
  <dt>${t('plan.department')}</dt><dd>${task.department}</dd>
  <dt>${t('plan.targetYear')}</dt><dd>${String(task.targetYear)}</dd>
  <dt>${t('plan.status')}</dt><dd>${task.overdue ? html`<strong class="overdue">${statusLabel(view, task.status)} · ${t('plan.overdue')}</strong>` : statusLabel(view, task.status)} · ${task.progress}%</dd>
</dl>
${form}
${indicators.length > 0 ? html`<h2>${t('plan.indicators')}</h2>${indicatorsTable(view, indicators)}` : ''}
<h2>${t('plan.notes')}</h2>
${notes.length === 0 ? html`<p class="notice">${t('stats.empty')}</p>` : html`<ol class="timeline">${notes.map((n) => html`<li><time>${formatTime(n.createdAt)}</time> ${n.note}</li>`)}</ol>`}`;
  return consoleShell(view, user, 'plan', `${task.code} ${task.task}`, body);
}
