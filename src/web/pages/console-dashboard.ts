import { referenceData } from '../../kernel/reference/index.js';
import { chartSvg } from '../dashboard-chart.js';
import { THEMES, themePath, type Cell, type DashboardQuery, type Theme, type ThemeResult } from '../dashboard-themes.js';
import { formatTime } from '../format.js';
import { html, type Html } from '../html.js';
import type { MessageKey } from '../i18n/index.js';
import type { View } from '../view.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { dataTable } from './table.js';

const THEME_LABEL: Record<Theme, MessageKey> = {
  overview: 'stats.theme.overview', coverage: 'stats.theme.coverage', records: 'stats.theme.records', timeliness: 'stats.theme.timeliness',
  checks: 'stats.theme.checks', ratings: 'stats.theme.ratings', dueProcess: 'stats.theme.dueProcess',
};

const cell = (c: Cell): Html | string => (c !== null && typeof c === 'object' ? html`<a href="${c.href}">${c.text}</a>` : c === null ? '—' : String(c));

function filterForm(view: View, theme: Theme, q: DashboardQuery, departments: ReadonlyArray<{ id: string; name: string }>): Html {
  const { t } = view;
  const select = (name: string, label: string, options: ReadonlyArray<[string, string]>, value: string | undefined) => html`<div class="field"><label for="f-${name}">${label}</label>
  <select id="f-${name}" name="${name}"><option value="">${t('stats.all')}</option>${options.map(([v, l]) => html`<option value="${v}"${value === v ? html` selected` : ''}>${l}</option>`)}</select></div>`;
  const hidden = (name: string, value: string | undefined) => (value ? html`<input type="hidden" name="${name}" value="${value}">` : '');
  return html`<form class="period-form" method="get" action="${themePath(theme)}">
  <div class="field"><label for="f-from">${t('stats.from')}</label><input id="f-from" name="from" type="month" value="${q.from ?? ''}" placeholder="YYYY-MM"></div>
  <div class="field"><label for="f-to">${t('stats.to')}</label><input id="f-to" name="to" type="month" value="${q.to ?? ''}" placeholder="YYYY-MM"></div>
  ${select('street', t('stats.street'), referenceData.nanshanStreets.map((s) => [s, s]), q.street)}
  ${select('industry', t('stats.industry'), Object.entries(referenceData.industrySections).map(([k, v]) => [k, `${k} ${view.lang === 'en' ? '' : v}`]), q.industry)}
  ${select('department', t('stats.department'), departments.map((d) => [d.id, d.name]), q.department)}
  ${hidden('by', q.by)}${hidden('model', q.model)}
  <button type="submit" class="button">${t('stats.show')}</button>
</form>
<p class="hint">${t('stats.filtersNote')}</p>`;
}

/** `/console/dashboard` and its themes: filters, key figures, then per section a chart (server-rendered SVG), its table and the Excel link. */
export function dashboardPage(view: View, user: ConsoleUser, input: { theme: Theme; query: DashboardQuery; result: ThemeResult | null; error: string | null; departments: ReadonlyArray<{ id: string; name: string }>; exportHref: string }): Html {
  const { t } = view;
  const { result } = input;
  const tabs = html`<nav class="tabs" aria-label="${t('stats.themes')}"><ul>${THEMES.map((th) => html`<li><a href="${themePath(th)}"${th === input.theme ? html` aria-current="page"` : ''}>${t(THEME_LABEL[th])}</a></li>`)}</ul></nav>`;
  const kpis = result && result.kpis.length > 0
    ? html`<div class="cards kpis">${result.kpis.map((k) => html`<section class="card"><h2>${k.label}</h2><p class="kpi">${k.value}</p></section>`)}</div>` : '';
  const asOf = result?.asOf
    ? html`<p class="hint">${result.asOf.updatedAt ? t('stats.asOf', { time: formatTime(result.asOf.updatedAt) ?? '', pending: result.asOf.pendingEvents }) : t('stats.asOfNever')}</p>` : '';
  const sections = (result?.sections ?? []).map((s) => html`<section class="dashboard-section" id="${s.id}">
  <h2>${s.title}</h2>
  ${s.note ? html`<p class="notice">${s.note}</p>` : ''}
  ${s.chart && s.rows.length > 0 ? chartSvg(s.chart) : ''}
  ${s.headers.length > 0 ? (s.rows.length === 0 ? html`<p class="notice">${t('stats.empty')}</p>` : html`<details open><summary>${t('stats.table')}</summary>${dataTable(s.title, s.headers, s.rows.map((r) => r.map(cell)))}</details>`) : ''}
</section>`);
  const body = html`${tabs}
${filterForm(view, input.theme, input.query, input.departments)}
${input.error ? html`<div class="notice notice-error" role="alert"><p>${t('stats.error', { reason: input.error })}</p></div>` : ''}
${result ? html`<p><a class="button button-secondary" href="${input.exportHref}" download>${t('stats.export')}</a></p>` : ''}
${asOf}${kpis}${sections}`;
  return consoleShell(view, user, 'dashboard', `${t('console.dashboard')} · ${t(THEME_LABEL[input.theme])}`, body);
}
