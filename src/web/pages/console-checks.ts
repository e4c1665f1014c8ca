import { SCENARIOS, type AppliedMeasure, type CheckResult, type Trigger } from '../../domains/checks/index.js';
import { html, type Html } from '../html.js';
import type { MessageKey } from '../i18n/index.js';
import type { View } from '../view.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { dataTable } from './table.js';

export interface CheckFormValues {
  subject: string;
  scenario: string;
  at: string;
}

export interface CheckPageState {
  values?: CheckFormValues;
  result?: CheckResult;
  error?: string;
}

export const scenarioLabel = (view: View, scenario: string) => view.t(`checks.scenario.${scenario}` as MessageKey);

function checkForm(view: View, v: CheckFormValues): Html {
  const { t } = view;
  const option = (s: string) => html`<option value="${s}"${v.scenario === s ? html` selected` : ''}>${scenarioLabel(view, s)}</option>`;
  return html`<form class="form" method="post" action="/console/checks">
  <input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}">
  <div class="field"><label for="subject">${t('checks.subject')}</label>
    <input id="subject" name="subject" type="text" required maxlength="200" value="${v.subject}" placeholder="${t('checks.subjectHint')}" autocomplete="off"></div>
  <div class="field"><label for="scenario">${t('checks.scenario')}</label><select id="scenario" name="scenario">${SCENARIOS.map(option)}</select></div>
  <div class="field"><label for="at">${t('checks.at')}</label><input id="at" name="at" type="date" value="${v.at}" aria-describedby="at-hint">
    <p class="hint" id="at-hint">${t('checks.atHint')}</p></div>
  <button type="submit" class="button button-primary">${t('checks.run')}</button>
</form>`;
}

/** One trigger in words: the list entry, grade or record the measure rests on. */
export function describeTrigger(view: View, tr: Trigger): string {
  const { t } = view;
  const decision = tr.decisionNo ? t('checks.trigger.decision', { decisionNo: tr.decisionNo }) : '';
  if (tr.kind === 'list') {
    return t('checks.trigger.list', { listType: tr.listType ?? '', date: tr.date, until: tr.until ? t('checks.trigger.until', { until: tr.until }) : '', decision });
  }
  if (tr.kind === 'grade') return t('checks.trigger.grade', { model: tr.model ?? '', grade: tr.grade ?? '' });
  return t('checks.trigger.record', { typeCode: tr.typeCode ?? '', decision: tr.decisionNo ?? '', date: tr.date });
}

function measureTable(view: View, caption: string, measures: AppliedMeasure[]): Html {
  const { t } = view;
  if (measures.length === 0) return html`<p class="notice">${t('checks.none')}</p>`;
  const rows = measures.map((m) => [
    html`<span class="code">${m.code}</span>`,
    t(`checks.kind.${m.kind}` as MessageKey),
    view.lang === 'en' ? m.contentEn : m.content,
    html`${describeTrigger(view, m.trigger)}${m.alsoTriggeredBy.length > 0 ? html`<br><small>${t('checks.trigger.more', { count: m.alsoTriggeredBy.length })}</small>` : ''}`,
    m.legalBasis,
    m.implementingBody,
  ]);
  return dataTable(caption, [t('checks.code'), t('checks.kind'), t('checks.content'), t('checks.trigger'), t('checks.legalBasis'), t('checks.body')], rows);
}

function resultSection(view: View, r: CheckResult): Html {
  const { t } = view;
  const code = r.subject.code ?? r.subject.idNumberMasked ?? '';
  const dv = r.receipt.dataVersion;
  return html`<section class="check-result" aria-labelledby="result-heading">
  <h2 id="result-heading">${t('checks.result')}: <span class="verdict verdict-${r.verdict}">${t(`checks.verdict.${r.verdict}` as MessageKey)}</span></h2>
  <p>${t('checks.subjectLine', { name: r.subject.name, code })}</p>
  <p>${t('checks.answeredFor', { scenario: scenarioLabel(view, r.scenario), at: r.at })}</p>
  <h3>${t('checks.measures')}</h3>
  ${measureTable(view, t('checks.measures'), r.measures)}
  <h3>${t('checks.rewards')}</h3>
  ${measureTable(view, t('checks.rewards'), r.rewards)}
  <h3>${t('checks.receipt')}</h3>
  <p>${t('checks.receiptId')}: <span class="code">${r.receipt.id}</span> · <a href="/api/v1/checks/${r.receipt.id}">${t('checks.receiptLink')}</a></p>
  <p class="note">${t('checks.dataVersion', { records: dv.recordsSeq, lists: dv.listsSeq, measures: dv.measuresSeq })}</p>
</section>`;
}

/** `/console/checks`: the check form, and after a check its verdict, measures, triggers, legal bases and receipt. */
export function checkPage(view: View, user: ConsoleUser, state: CheckPageState = {}): Html {
  const { t } = view;
  const values = state.values ?? { subject: '', scenario: 'government_procurement', at: '' };
  const body = html`<p class="lead">${t('checks.lead')}</p>
${state.error ? html`<div class="notice notice-error" role="alert"><p>${t('checks.error', { reason: state.error })}</p></div>` : ''}
${checkForm(view, values)}
${state.result ? resultSection(view, state.result) : ''}`;
  return consoleShell(view, user, 'checks', t('console.checks'), body);
}
