import { SCENARIOS, type CheckStats } from '../../domains/checks/index.js';
import { formatPercent } from '../format.js';
import { html, type Html } from '../html.js';
import type { MessageKey } from '../i18n/index.js';
import type { View } from '../view.js';
import { scenarioLabel } from './console-checks.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { dataTable } from './table.js';

export interface StatsPeriodForm {
  from: string;
  to: string;
  scenario: string;
}

function periodForm(view: View, p: StatsPeriodForm): Html {
  const { t } = view;
  const option = (value: string, label: string) => html`<option value="${value}"${p.scenario === value ? html` selected` : ''}>${label}</option>`;
  return html`<form class="period-form" method="get" action="/console/checks/stats">
  <div class="field"><label for="from">${t('checks.stats.from')}</label><input id="from" name="from" type="date" value="${p.from}"></div>
  <div class="field"><label for="to">${t('checks.stats.to')}</label><input id="to" name="to" type="date" value="${p.to}"></div>
  <div class="field"><label for="scenario">${t('checks.scenario')}</label><select id="scenario" name="scenario">
    ${option('', t('checks.stats.scenarioAll'))}${SCENARIOS.map((s) => option(s, scenarioLabel(view, s)))}</select></div>
  <button type="submit" class="button">${t('checks.stats.show')}</button>
</form>`;
}

/** `/console/checks/stats`: checks and verdicts per scenario, feedback and implementation rates per measure, for a period. */
export function checkStatsPage(view: View, user: ConsoleUser, input: { stats: CheckStats | null; period: StatsPeriodForm; error: string | null }): Html {
  const { t } = view;
  const pct = (v: number | null) => formatPercent(v) ?? t('value.none');
  const { stats } = input;
  const scenarioRows = (stats?.scenarios ?? []).map((s) => [
    scenarioLabel(view, s.scenario), String(s.checks), String(s.verdicts.clear), String(s.verdicts.caution), String(s.verdicts.restricted),
    String(s.measuresReturned), String(s.feedback), String(s.applied), pct(s.feedbackRate), pct(s.implementationRate),
  ]);
  const measureRows = (stats?.measures ?? []).map((m) => [
    html`<span class="code">${m.code}</span><br><small>${view.lang === 'en' ? m.contentEn : m.content}</small>`,
    t(`checks.kind.${m.kind}` as MessageKey), String(m.returned), String(m.feedback), String(m.applied), String(m.notApplied), pct(m.feedbackRate), pct(m.implementationRate),
  ]);
  const figures = !stats ? '' : html`<h2>${t('checks.stats.byScenario')}</h2>
${dataTable(t('checks.stats.byScenario'), [t('checks.scenario'), t('checks.stats.checks'), t('checks.stats.clear'), t('checks.stats.caution'), t('checks.stats.restricted'),
    t('checks.stats.returned'), t('checks.stats.feedback'), t('checks.stats.applied'), t('checks.stats.feedbackRate'), t('checks.stats.implementationRate')], scenarioRows)}
<h2>${t('checks.stats.byMeasure')}</h2>
${measureRows.length === 0 ? html`<p class="notice">${t('checks.stats.empty')}</p>`
    : dataTable(t('checks.stats.byMeasure'), [t('checks.stats.measure'), t('checks.kind'), t('checks.stats.returned'), t('checks.stats.feedback'), t('checks.stats.applied'),
      t('checks.stats.notApplied'), t('checks.stats.feedbackRate'), t('checks.stats.implementationRate')], measureRows)}`;
  const body = html`<p class="lead">${t('checks.stats.lead')}</p>
${periodForm(view, input.period)}
${input.error ? html`<div class="notice notice-error" role="alert"><p>${input.error}</p></div>` : ''}
${figures}`;
  return consoleShell(view, user, 'checkStats', t('console.checkStats'), body);
}
