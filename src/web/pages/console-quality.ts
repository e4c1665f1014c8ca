import type { DepartmentQuality, LatePage, QualityReport, Timeliness, TypeQuality } from '../../domains/stats/index.js';
import { html, type Html, type Interpolation } from '../html.js';
import { hrefWith, type View } from '../view.js';
import { formatPercent } from '../format.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { dataTable } from './table.js';
import { pager } from './result-list.js';
import { typeName, type TypeNames } from './import-text.js';

const errorCodes = (view: View, top: DepartmentQuality['topErrors']): Html | string =>
  top.length === 0 ? view.t('value.none') : html`${top.map((e, i) => html`${i > 0 ? '、' : ''}<span class="code">${e.code}</span> × ${String(e.count)}`)}`;

const share = (view: View, timeliness: Timeliness | null) => formatPercent(timeliness?.onTimeShare ?? null) ?? view.t('value.none');
const median = (view: View, timeliness: Timeliness | null) =>
  timeliness?.medianWorkingDays == null ? view.t('value.none') : view.t('quality.days', { days: timeliness.medianWorkingDays });

/** The period chosen on the page: a GET form, so the figures have an address. */
function periodForm(view: View, period: { from: string; to: string }, action: string): Html {
  const { t } = view;
  return html`<form class="period-form" method="get" action="${action}">
  <div class="field"><label for="from">${t('quality.from')}</label><input id="from" name="from" type="date" value="${period.from}" required></div>
  <div class="field"><label for="to">${t('quality.to')}</label><input id="to" name="to" type="date" value="${period.to}" required></div>
  <button type="submit" class="button">${t('quality.show')}</button>
</form>`;
}

function departmentRow(view: View, d: DepartmentQuality, period: { from: string; to: string }): Interpolation[] {
  const lateHref = hrefWith(`/console/quality/${d.department.id}/late`, period);
  return [
    html`${d.department.name}`,
    html`${String(d.received)}`,
    html`${String(d.accepted)}`,
    html`${String(d.rejected)}`,
    html`${formatPercent(d.rejectionRate) ?? view.t('value.none')}`,
    errorCodes(view, d.topErrors),
    html`${share(view, d.timeliness)}`,
    html`${median(view, d.timeliness)}`,
    d.timeliness.late > 0 ? html`<a href="${lateHref}">${String(d.timeliness.late)}</a>` : html`0`,
  ];
}

function typeRow(view: View, types: TypeNames, d: DepartmentQuality, q: TypeQuality): Interpolation[] {
  const none = view.t('value.none');
  return [
    html`${d.department.name}`, html`${typeName(view, types, q.type)}`, html`${String(q.received)}`, html`${String(q.rejected)}`,
    html`${formatPercent(q.rejectionRate) ?? none}`, errorCodes(view, q.topErrors), html`${q.timeliness ? share(view, q.timeliness) : none}`,
    html`${q.timeliness ? median(view, q.timeliness) : none}`,
  ];
}

/** `/console/quality`: per department received, accepted, rejected, rejection rate, top error codes and timeliness; then per type. */
export function qualityPage(view: View, user: ConsoleUser, input: { report: QualityReport | null; period: { from: string; to: string }; error: string | null; types: TypeNames }): Html {
  const { t } = view;
  const { report, period } = input;
  const headers = [t('quality.department'), t('quality.received'), t('quality.accepted'), t('quality.rejected'), t('quality.rejectionRate'),
    t('quality.topErrors'), t('quality.onTimeShare'), t('quality.median'), t('quality.late')];
  const typeHeaders = [t('quality.department'), t('quality.type'), t('quality.received'), t('quality.rejected'), t('quality.rejectionRate'),
    t('quality.topErrors'), t('quality.onTimeShare'), t('quality.median')];
  const figures = !report
    ? ''
    : report.departments.length === 0
      ? html`<p class="notice">${t('quality.empty')}</p>`
      : html`${dataTable(t('console.quality'), headers, report.departments.map((d) => departmentRow(view, d, period)))}
<h2>${t('quality.byType')}</h2>
${dataTable(t('quality.byType'), typeHeaders, report.departments.flatMap((d) => d.types.map((q) => typeRow(view, input.types, d, q))))}`;
  const body = html`<p class="lead">${t('quality.lead', { days: report?.targetWorkingDays ?? 7 })}</p>
${periodForm(view, period, '/console/quality')}
${input.error ? html`<div class="notice notice-error" role="alert"><p>${input.error}</p></div>` : ''}
${figures}
<p class="note">${t('quality.note')}</p>`;
  return consoleShell(view, user, 'quality', t('console.quality'), body);
}

/** `/console/quality/:departmentId/late`: the records received after the 7th working day, with the count of each. */
export function lateRecordsPage(view: View, user: ConsoleUser, late: LatePage, types: TypeNames): Html {
  const { t } = view;
  const period = { from: late.from, to: late.to };
  const rows = late.items.map((r) => [
    html`<a href="/console/records/${r.recordId}">${r.docNo}</a>`,
    html`${typeName(view, types, r.type)}`,
    html`${r.decisionDate}`,
    html`${r.receivedDate}`,
    html`<strong>${t('quality.days', { days: r.workingDays })}</strong>`,
  ]);
  const body = html`<p class="breadcrumb"><a href="${hrefWith('/console/quality', period)}">${t('console.quality')}</a></p>
<p class="lead">${t('quality.lateLead', { days: late.targetWorkingDays, from: late.from, to: late.to, total: late.total })}</p>
${periodForm(view, period, `/console/quality/${late.department.id}/late`)}
${rows.length === 0
    ? html`<p class="notice">${t('quality.lateNone')}</p>`
    : html`${dataTable(t('quality.lateTitle', { department: late.department.name }), [t('record.docNo'), t('record.type'), t('record.decisionDate'), t('quality.receivedDate'), t('quality.workingDays')], rows)}
${pager(view, `/console/quality/${late.department.id}/late`, period, late.page, late.hasMore)}`}`;
  return consoleShell(view, user, 'quality', t('quality.lateTitle', { department: late.department.name }), body);
}
