import { REPAIR_STATUSES, type RepairDetail, type RepairPage } from '../../domains/repairs/index.js';
import { html, type Html } from '../html.js';
import type { MessageKey } from '../i18n/index.js';
import type { View } from '../view.js';
import { formatTime } from '../format.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { repairCaseBody } from './me-repair-forms.js';
import { repairStatus } from './me-repairs.js';
import { pager } from './result-list.js';
import { dataTable } from './table.js';

/** `/console/repairs`: the queue by status (or overdue), most recently handled first. */
export function repairQueuePage(view: View, user: ConsoleUser, page: RepairPage, status: string | undefined): Html {
  const { t } = view;
  const option = (value: string, label: string) => html`<option value="${value}"${status === value || (!status && value === '') ? html` selected` : ''}>${label}</option>`;
  const rows = page.items.map((r) => [
    html`<a href="/console/repairs/${r.id}">${r.subject.name}</a><br><span class="code">${r.subject.code ?? ''}</span>`,
    html`${view.lang === 'en' ? r.record.typeNameEn : r.record.typeName}<br><span class="code">${r.record.docNo}</span>`,
    repairStatus(view, r), r.submittedOn, r.decisionDue ?? t('value.none'), formatTime(r.updatedAt),
  ]);
  const body = html`<p class="lead">${t('repairs.queue.lead')}</p>
<form class="filter-form" method="get" action="/console/repairs">
  <div class="field"><label for="status">${t('repairs.col.status')}</label><select id="status" name="status">${option('', t('repairs.filter.all'))}${[...REPAIR_STATUSES, 'overdue'].map((s) => option(s, t(`repairs.status.${s}` as MessageKey)))}</select></div>
  <button type="submit" class="button">${t('repairs.filter.submit')}</button>
</form>
${rows.length === 0 ? html`<p class="notice">${t('repairs.queue.empty')}</p>`
    : dataTable(t('console.repairs'), [t('repairs.col.subject'), t('repairs.col.record'), t('repairs.col.status'), t('repairs.col.submitted'), t('repairs.col.due'), t('repairs.col.updated')], rows)}
${pager(view, '/console/repairs', { status }, page.page, page.hasMore)}`;
  return consoleShell(view, user, 'repairs', t('console.repairs'), body);
}

/** `/console/repairs/{id}`: the case with the steps this user may take now. */
export function repairCasePage(view: View, user: ConsoleUser, r: RepairDetail, state: { error?: string[] | null; done?: boolean } = {}): Html {
  const { t } = view;
  const forms = r.allowedActions.filter((s) => s !== 'apply').map((step) => html`<form class="form form-inline" method="post" action="/console/repairs/${r.id}/${step}">
  <input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}">
  ${step === 'refuse' || step === 'reject' ? html`<div class="field"><label for="reason-${step}">${t('repairs.step.reason')}</label><textarea id="reason-${step}" name="reason" rows="2" maxlength="2000" required></textarea></div>` : ''}
  <button type="submit" class="button${step === 'approve' || step === 'accept' ? ' button-primary' : ''}">${t(`repairs.step.${step}` as MessageKey)}</button>
</form>`);
  const body = html`<p class="breadcrumb"><a href="/console/repairs">${t('console.repairs')}</a></p>
${state.done ? html`<p class="notice notice-ok" role="status">${t('repairs.case.done')}</p>` : ''}
${state.error && state.error.length > 0 ? html`<div class="notice notice-error" role="alert">${state.error.map((e) => html`<p>${t('repairs.error', { reason: e })}</p>`)}</div>` : ''}
${repairCaseBody(view, r, (id) => `/console/repairs/${r.id}/attachments/${id}`)}
<div class="actions">${forms}</div>`;
  return consoleShell(view, user, 'repairs', t('repairs.case.title'), body);
}
