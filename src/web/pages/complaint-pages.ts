import type { ComplaintDetail, ComplaintStats, ComplaintSummary, Submitted, TrackView } from '../../domains/complaints/index.js';
import { html, type Html } from '../html.js';
import { layout } from '../layout.js';
import type { MessageKey } from '../i18n/index.js';
import type { View } from '../view.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { dataTable } from './table.js';

const k = (key: string) => key as MessageKey;
const csrf = (view: View) => (view.csrfToken ? html`<input type="hidden" name="_csrf" value="${view.csrfToken}">` : '');
const errorBox = (view: View, error?: string | null) => (error ? html`<div class="notice notice-error" role="alert"><p>${view.t('complaints.error', { reason: error })}</p></div>` : '');
const field = (id: string, label: string, input: Html) => html`<div class="field"><label for="${id}">${label}</label>${input}</div>`;

/** `/complaints/new`: the public form (no script needed). */
export function complaintFormPage(view: View, v: Record<string, string> = {}, error?: string | null): Html {
  const { t } = view;
  const text = (id: string, max: number, required = false) => html`<input id="${id}" name="${id}" type="text" maxlength="${max}" value="${v[id] ?? ''}"${required ? html` required` : ''}>`;
  const body = html`<section aria-labelledby="c-h"><h1 id="c-h">${t('complaints.new.title')}</h1><p class="lead">${t('complaints.new.lead')}</p>
${errorBox(view, error)}
<form class="form" method="post" action="/complaints/new">${csrf(view)}
  ${field('about', t('complaints.about'), html`<select id="about" name="about"><option value="subject"${v.about !== 'agency' ? html` selected` : ''}>${t('complaints.about.subject')}</option><option value="agency"${v.about === 'agency' ? html` selected` : ''}>${t('complaints.about.agency')}</option></select>`)}
  ${field('subjectCode', t('complaints.subjectCode'), text('subjectCode', 40))}
  ${field('subjectName', t('complaints.subjectName'), text('subjectName', 200))}
  ${field('agency', t('complaints.agency'), text('agency', 40))}
  ${field('complainantName', t('complaints.complainantName'), text('complainantName', 100, true))}
  ${field('complainantContact', t('complaints.complainantContact'), text('complainantContact', 200, true))}
  ${field('matter', t('complaints.matter'), html`<textarea id="matter" name="matter" rows="6" required maxlength="4000">${v.matter ?? ''}</textarea>`)}
  <button type="submit" class="button button-primary">${t('complaints.submit')}</button>
</form><p><a href="/complaints/track">${t('complaints.track.title')}</a></p></section>`;
  return layout(view, { title: t('complaints.new.title'), body });
}

export function complaintReceiptPage(view: View, r: Submitted): Html {
  const { t } = view;
  const body = html`<h1>${t('complaints.received.title')}</h1><p class="lead">${t('complaints.received.lead')}</p>
<dl class="facts"><dt>${t('complaints.caseNo')}</dt><dd class="code" id="case-no">${r.caseNo}</dd><dt>${t('complaints.queryCode')}</dt><dd class="code" id="query-code">${r.queryCode}</dd>
<dt>${t('complaints.status')}</dt><dd>${t(k(`complaints.status.${r.status}`))}</dd><dt>${t('complaints.deadline')}</dt><dd>${r.stepDeadline ?? ''}</dd></dl>
<p><a href="/complaints/track">${t('complaints.track.title')}</a></p>`;
  return layout(view, { title: t('complaints.received.title'), body });
}

/** `/complaints/track`: the lookup form, and the progress when found. */
export function trackPage(view: View, v: { caseNo?: string }, result: TrackView | null, notFound: boolean): Html {
  const { t } = view;
  const found = result ? html`<section aria-live="polite"><dl class="facts">
  <dt>${t('complaints.caseNo')}</dt><dd>${result.caseNo}</dd><dt>${t('complaints.concerning')}</dt><dd>${result.concerning}</dd>
  <dt>${t('complaints.status')}</dt><dd id="track-status">${t(k(`complaints.status.${result.status}`))}</dd>
  <dt>${t('complaints.department')}</dt><dd>${result.department ?? t('value.none')}</dd>
  ${result.stepDeadline ? html`<dt>${t('complaints.deadline')}</dt><dd>${result.stepDeadline}</dd>` : ''}
  ${result.outcome ? html`<dt>${t('complaints.outcome')}</dt><dd>${t(k(`complaints.outcome.${result.outcome}`))}：${result.outcomeText}</dd>` : ''}
  ${result.rejectionReason ? html`<dt>${t('complaints.reason')}</dt><dd>${result.rejectionReason}</dd>` : ''}
</dl>${dataTable(t('complaints.history'), [t('complaints.history'), t('complaints.receivedOn')], result.steps.map((s) => [t(k(`complaints.step.${s.step}`)), s.onDate]))}</section>` : '';
  const body = html`<h1>${t('complaints.track.title')}</h1>
${notFound ? html`<div class="notice notice-error" role="alert"><p>${t('complaints.track.notFound')}</p></div>` : ''}
<form class="form" method="post" action="/complaints/track">${csrf(view)}
  ${field('caseNo', t('complaints.caseNo'), html`<input id="caseNo" name="caseNo" type="text" required maxlength="40" value="${v.caseNo ?? ''}">`)}
  ${field('queryCode', t('complaints.queryCode'), html`<input id="queryCode" name="queryCode" type="text" required maxlength="40" autocomplete="off">`)}
  <button type="submit" class="button button-primary">${t('complaints.track.submit')}</button>
</form>${found}`;
  return layout(view, { title: t('complaints.track.title'), body });
}

/** `/console/complaints`: the queue (the service scopes it to the user's department). */
export function complaintsQueuePage(view: View, user: ConsoleUser, items: ComplaintSummary[], filter: { status?: string | undefined; overdue: boolean }): Html {
  const { t } = view;
  const statuses = ['received', 'assigned', 'in_progress', 'concluded', 'rejected'];
  const rows = items.map((c) => [
    html`<a href="/console/complaints/${c.id}">${c.caseNo}</a>`, c.subject.name, t(k(`complaints.status.${c.status}`)),
    c.department?.name ?? t('value.none'), html`${c.stepDeadline ?? ''}${c.overdue ? html` <span class="badge badge-black">${t('complaints.overdue')}</span>` : ''}`, c.receivedOn,
  ]);
  const body = html`<p><a href="/console/complaints/stats">${t('complaints.stats')}</a></p>
<form class="filter-form" method="get" action="/console/complaints">
  <div class="field"><label for="status">${t('complaints.status')}</label><select id="status" name="status"><option value="">${t('complaints.filter.all')}</option>${statuses.map((s) => html`<option value="${s}"${filter.status === s ? html` selected` : ''}>${t(k(`complaints.status.${s}`))}</option>`)}</select></div>
  <div class="field"><label><input type="checkbox" name="overdue" value="true"${filter.overdue ? html` checked` : ''}> ${t('complaints.filter.overdue')}</label></div>
  <button type="submit" class="button">${t('complaints.filter.submit')}</button>
</form>
${rows.length === 0 ? html`<p class="notice">${t('complaints.empty')}</p>` : dataTable(t('console.complaints'), [t('complaints.caseNo'), t('complaints.concerning'), t('complaints.status'), t('complaints.department'), t('complaints.deadline'), t('complaints.receivedOn')], rows)}`;
  return consoleShell(view, user, 'complaints', t('console.complaints'), body);
}

/** `/console/complaints/{id}`: the case, its history and the forms of the steps the user may take. */
export function complaintCasePage(view: View, user: ConsoleUser, c: ComplaintDetail, departments: Array<{ id: string; name: string }>, state: { done?: boolean; error?: string | null } = {}): Html {
  const { t } = view;
  const form = (step: string, inner: Html) => html`<form class="form" method="post" action="/console/complaints/${c.id}/${step}">${csrf(view)}${inner}<button type="submit" class="button">${t(k(`complaints.step.${step}`))}</button></form>`;
  const forms: Record<string, Html> = {
    assign: form('assign', html`${field('departmentId', t('complaints.department'), html`<select id="departmentId" name="departmentId"><option value="">—</option>${departments.map((d) => html`<option value="${d.id}">${d.name}</option>`)}</select>`)}${field('assign-note', t('complaints.note'), html`<input id="assign-note" name="note" type="text" maxlength="2000">`)}`),
    start: form('start', field('start-note', t('complaints.note'), html`<input id="start-note" name="note" type="text" maxlength="2000">`)),
    conclude: form('conclude', html`${field('outcome', t('complaints.outcome'), html`<select id="outcome" name="outcome">${['substantiated', 'not_substantiated', 'referred'].map((o) => html`<option value="${o}">${t(k(`complaints.outcome.${o}`))}</option>`)}</select>`)}${field('outcomeText', t('complaints.outcomeText'), html`<textarea id="outcomeText" name="outcomeText" rows="3" required maxlength="4000"></textarea>`)}`),
    reject: form('reject', field('reason', t('complaints.reason'), html`<textarea id="reason" name="reason" rows="2" required maxlength="2000"></textarea>`)),
  };
  const body = html`<p class="breadcrumb"><a href="/console/complaints">${t('console.complaints')}</a></p>
${state.done ? html`<p class="notice" role="status">${t('complaints.done')}</p>` : ''}${errorBox(view, state.error)}
<dl class="facts"><dt>${t('complaints.status')}</dt><dd id="case-status">${t(k(`complaints.status.${c.status}`))}${c.overdue ? html` <span class="badge badge-black">${t('complaints.overdue')}</span>` : ''}</dd>
<dt>${t('complaints.concerning')}</dt><dd>${c.subject.name} ${c.subject.code ?? ''}</dd><dt>${t('complaints.department')}</dt><dd>${c.department?.name ?? t('value.none')}</dd>
<dt>${t('complaints.deadline')}</dt><dd>${c.stepDeadline ?? ''}</dd><dt>${t('complaints.complainant')}</dt><dd>${c.complainantName} · ${c.complainantContact}</dd>
<dt>${t('complaints.matter')}</dt><dd>${c.matter}</dd>
${c.outcome ? html`<dt>${t('complaints.outcome')}</dt><dd>${t(k(`complaints.outcome.${c.outcome}`))}：${c.outcomeText}</dd>` : ''}
${c.rejectionReason ? html`<dt>${t('complaints.reason')}</dt><dd>${c.rejectionReason}</dd>` : ''}
${c.attachments.length > 0 ? html`<dt>${t('complaints.attachments')}</dt><dd>${c.attachments.map((a) => html`<a href="/console/complaints/${c.id}/attachments/${a.id}">${a.fileName}</a> `)}</dd>` : ''}</dl>
${c.allowedActions.map((a) => forms[a] ?? '')}
<h2>${t('complaints.history')}</h2>
${dataTable(t('complaints.history'), [t('complaints.history'), t('complaints.status'), t('complaints.department'), t('complaints.deadline'), t('complaints.note'), t('complaints.receivedOn')],
    c.history.map((h) => [t(k(`complaints.step.${h.step}`)), t(k(`complaints.status.${h.toStatus}`)), h.department?.name ?? '', h.deadline ?? '', h.note ?? '', h.onDate]))}`;
  return consoleShell(view, user, 'complaints', `${t('console.complaints')} ${c.caseNo}`, body);
}

export function complaintStatsPage(view: View, user: ConsoleUser, s: ComplaintStats): Html {
  const { t } = view;
  const body = html`<p class="breadcrumb"><a href="/console/complaints">${t('console.complaints')}</a></p>
<dl class="facts"><dt>${t('complaints.stats.total')}</dt><dd id="stats-total">${s.total}</dd><dt>${t('complaints.stats.overdue')}</dt><dd>${s.overdue}</dd>
<dt>${t('complaints.stats.average')}</dt><dd>${s.averageWorkingDaysToConclusion ?? '—'}</dd></dl>
${dataTable(t('complaints.status'), [t('complaints.status'), t('complaints.stats.total')], Object.entries(s.byStatus).map(([k2, n]) => [t(k(`complaints.status.${k2}`)), n]))}
${dataTable(t('complaints.outcome'), [t('complaints.outcome'), t('complaints.stats.total')], Object.entries(s.byOutcome).map(([k2, n]) => [t(k(`complaints.outcome.${k2}`)), n]))}
${dataTable(t('complaints.department'), [t('complaints.department'), t('complaints.stats.total'), t('complaints.stats.open'), t('complaints.status.concluded'), t('complaints.status.rejected'), t('complaints.stats.overdue'), t('complaints.stats.average')],
    s.byDepartment.map((d) => [d.name ?? t('value.none'), d.total, d.open, d.concluded, d.rejected, d.overdue, d.averageWorkingDaysToConclusion ?? '—']))}`;
  return consoleShell(view, user, 'complaints', t('complaints.stats'), body);
}
