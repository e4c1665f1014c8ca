import type { RepairCandidate, RepairDetail } from '../../domains/repairs/index.js';
import { html, type Html } from '../html.js';
import type { MessageKey } from '../i18n/index.js';
import type { View } from '../view.js';
import { formatTime } from '../format.js';
import { dataTable } from './table.js';
import { meShell, type MeSubject } from './me-shell.js';
import { repairStatus } from './me-repairs.js';

const errorNotice = (view: View, error: string[] | null | undefined): Html =>
  error && error.length > 0 ? html`<div class="notice notice-error" role="alert">${error.map((e) => html`<p>${view.t('repairs.error', { reason: e })}</p>`)}</div>` : html``;

/** `/me/repairs/apply?record=`: the record, the fulfilment statement and the repair commitment the applicant signs. */
export function meRepairApplyPage(view: View, subject: MeSubject, c: RepairCandidate, commitmentText: string, state: { fulfilment?: string; error?: string[] | null } = {}): Html {
  const { t } = view;
  const body = html`<p class="breadcrumb"><a href="/me/repairs">${t('me.nav.repairs')}</a></p>
<p><strong>${view.lang === 'en' ? c.record.typeNameEn : c.record.typeName}</strong> <span class="code">${c.record.docNo}</span> · ${c.record.decisionDate} · ${c.record.source}</p>
${errorNotice(view, state.error)}
<form class="form" method="post" action="/me/repairs/apply">
  <input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}">
  <input type="hidden" name="recordId" value="${c.record.id}">
  <div class="field"><label for="fulfilment">${t('repairs.form.fulfilment')}</label>
    <textarea id="fulfilment" name="fulfilment" rows="5" required minlength="4" maxlength="4000">${state.fulfilment ?? ''}</textarea>
    <span class="hint">${t('repairs.form.fulfilment.hint')}</span></div>
  <fieldset class="field"><legend>${t('repairs.form.commitment')}</legend>
    <blockquote class="commitment-text">${commitmentText}</blockquote>
    <label><input type="checkbox" name="commitmentAccepted" value="true" required> ${t('repairs.form.accept')}</label></fieldset>
  <button type="submit" class="button button-primary">${t('repairs.form.submit')}</button>
</form>`;
  return meShell(view, subject, 'repairs', t('repairs.form.title'), body);
}

/** An application as its case page shows it (the subject's and the console's share it). */
export function repairCaseBody(view: View, r: RepairDetail, attachmentHref: (id: string) => string): Html {
  const { t } = view;
  const none = t('value.none');
  const history = r.history.map((h) => [formatTime(h.at), t(`repairs.step.${h.step}` as MessageKey), t(`repairs.status.${h.to}` as MessageKey), h.actorRole, h.reason ?? none]);
  return html`<dl class="facts">
  <dt>${t('repairs.col.status')}</dt><dd class="repair-status">${repairStatus(view, r)}${r.decisionDue && r.status === 'accepted' ? html` · ${t('repairs.case.due', { date: r.decisionDue })}` : ''}</dd>
  <dt>${t('repairs.col.subject')}</dt><dd>${r.subject.name} <span class="code">${r.subject.code ?? ''}</span></dd>
  <dt>${t('repairs.case.record')}</dt><dd>${view.lang === 'en' ? r.record.typeNameEn : r.record.typeName} <span class="code">${r.record.docNo}</span> · ${r.record.decisionDate} · ${t('repairs.col.publicityEnd')} ${r.record.publicityEnd ?? none}</dd>
  <dt>${t('repairs.case.fulfilment')}</dt><dd>${r.fulfilment}</dd>
  <dt>${t('repairs.case.commitment')}</dt><dd><a href="/commitments/${r.commitment.id}">${r.commitment.commitmentNo}</a></dd>
  <dt>${t('repairs.case.attachments')}</dt><dd>${r.attachments.length === 0 ? none : r.attachments.map((a) => html`<a href="${attachmentHref(a.id)}">${a.fileName}</a> (${Math.ceil(a.size / 1024)} KB) `)}</dd>
  ${r.reason ? html`<dt>${t('repairs.case.reason')}</dt><dd>${r.reason}</dd>` : ''}
</dl>
${dataTable(t('repairs.case.history'), [t('lists.col.updated'), t('repairs.case.history'), t('repairs.col.status'), 'role', t('repairs.case.reason')], history)}`;
}

export function meRepairCasePage(view: View, subject: MeSubject, r: RepairDetail): Html {
  const body = html`<p class="breadcrumb"><a href="/me/repairs">${view.t('me.nav.repairs')}</a></p>${repairCaseBody(view, r, (id) => `/me/repairs/${r.id}/attachments/${id}`)}`;
  return meShell(view, subject, 'repairs', view.t('repairs.case.title'), body);
}
