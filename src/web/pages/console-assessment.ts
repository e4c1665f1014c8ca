import type { Scorecard } from '../../domains/stats/index.js';
import { chartSvg } from '../dashboard-chart.js';
import { formatPercent } from '../format.js';
import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { dataTable } from './table.js';

const trend = (n: number | null) => (n === null ? '—' : n > 0 ? `▲ ${n}` : n < 0 ? `▼ ${-n}` : '＝');

/** The scorecard rows as text and numbers: the page's table and the workbook share them. */
export function scorecardRows(view: View, card: Scorecard): Array<Array<string | number | null>> {
  const { t } = view;
  return card.departments.map((d) => [
    d.rank, view.lang === 'en' ? (d.department.nameEn ?? d.department.name) : d.department.name, d.score, d.trend,
    d.timeliness.points, formatPercent(d.timeliness.share),
    d.quality.points, t('assessment.rejected', { rejected: d.quality.rejected, received: d.quality.received }),
    d.duties.points, t('assessment.delivered', { delivered: d.duties.delivered.length, total: d.duties.types.length }),
    d.objections.points,
  ]);
}

export const scorecardHeaders = (view: View) => {
  const { t } = view;
  return [t('assessment.rank'), t('stats.department'), t('assessment.score'), t('assessment.trend'), t('assessment.timeliness'), t('stats.timeliness.share'),
    t('assessment.quality'), t('assessment.quality'), t('assessment.duties'), t('assessment.duties'), t('assessment.objections')];
};

/** `/console/assessment`: the month's scorecard, a bar chart of the scores, rank and trend; Excel export. */
export function assessmentPage(view: View, user: ConsoleUser, input: { card: Scorecard | null; month: string; error: string | null; query: string }): Html {
  const { t } = view;
  const { card } = input;
  const rows = card ? scorecardRows(view, card) : [];
  const body = html`<p class="lead">${t('assessment.lead')}</p>
<form class="period-form" method="get" action="/console/assessment">
  <div class="field"><label for="month">${t('assessment.month')}</label><input id="month" name="month" type="month" value="${input.month}" placeholder="YYYY-MM"></div>
  <button type="submit" class="button">${t('stats.show')}</button>
</form>
${input.error ? html`<div class="notice notice-error" role="alert"><p>${t('stats.error', { reason: input.error })}</p></div>` : ''}
${card ? html`<p><a class="button button-secondary" href="/console/assessment/export.xlsx${input.query}" download>${t('stats.export')}</a></p>
${card.departments.some((d) => d.score !== null) ? chartSvg({ title: t('assessment.chart'), categories: card.departments.filter((d) => d.score !== null).map((d) => d.department.name), series: [{ name: t('assessment.score'), values: card.departments.filter((d) => d.score !== null).map((d) => d.score) }], horizontal: true }) : ''}
${rows.length === 0 ? html`<p class="notice">${t('stats.empty')}</p>` : dataTable(t('console.assessment'), scorecardHeaders(view), rows.map((r) => r.map((c, i) => (i === 3 ? trend(c as number | null) : c === null ? '—' : String(c)))))}
<p class="hint">${t('assessment.dutiesNote')}</p>` : ''}`;
  return consoleShell(view, user, 'assessment', t('console.assessment'), body);
}
