import type { EntryStep, ListEntryDetail, ListTypeView } from '../../domains/lists/index.js';
import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import type { MessageKey } from '../i18n/index.js';

/** The steps that have a form of their own on the entry page (answers sit under each objection). */
export const FORM_STEPS = ['notify', 'object', 'decide', 'remove', 'revoke', 'withdraw'] as const satisfies readonly EntryStep[];
export type FormStep = (typeof FORM_STEPS)[number];

/** The path a step's form posts to (objections: the collection). */
export const stepPath = (step: FormStep) => (step === 'object' ? 'objections' : step);

type Values = Record<string, string>;

/** Field ids carry the step (`remove-reason`, `revoke-reason`): several forms share a page. */
const textField = (step: FormStep, name: string, label: string, value: string, opts: { required?: boolean; type?: string; max?: number; hint?: string } = {}) =>
  html`<div class="field"><label for="${step}-${name}">${label}</label>
  <input id="${step}-${name}" name="${name}" type="${opts.type ?? 'text'}"${opts.required ? html` required` : ''} maxlength="${opts.max ?? 200}" value="${value}">
  ${opts.hint ? html`<span class="hint">${opts.hint}</span>` : ''}</div>`;

const textArea = (step: FormStep, name: string, label: string, value: string, opts: { required?: boolean; rows?: number; hint?: string } = {}) =>
  html`<div class="field"><label for="${step}-${name}">${label}</label>
  <textarea id="${step}-${name}" name="${name}" rows="${opts.rows ?? 3}"${opts.required ? html` required` : ''} maxlength="4000">${value}</textarea>
  ${opts.hint ? html`<span class="hint">${opts.hint}</span>` : ''}</div>`;

/** The fields of one step's form, prefilled where the procedure has a default. */
function fields(view: View, step: FormStep, e: ListEntryDetail, type: ListTypeView, v: Values): Html {
  const { t } = view;
  switch (step) {
    case 'notify':
      return html`<p class="hint">${t('lists.action.notify.lead', { days: type.noticeWorkingDays })}</p>
${textField(step, 'noticeNo', t('lists.field.noticeNo'), v.noticeNo ?? '', { max: 128 })}
${textArea(step, 'remedies', t('lists.field.remedies'), v.remedies ?? '', { hint: t('lists.field.remedies.hint') })}`;
    case 'object':
      return textArea(step, 'content', t('lists.field.content'), v.content ?? '', { required: true, rows: 4 });
    case 'decide':
      return html`<p class="hint">${t('lists.action.decide.lead')}</p>
${textField(step, 'decisionNo', t('lists.field.decisionNo'), v.decisionNo ?? '', { required: true, max: 128 })}
${textField(step, 'decidingAuthority', t('lists.field.decidingAuthority'), v.decidingAuthority ?? type.decidingAuthority, { required: true })}
${textField(step, 'effectiveFrom', t('lists.field.effectiveFrom'), v.effectiveFrom ?? '', { type: 'date', max: 10 })}
${textField(step, 'effectiveTo', t('lists.field.effectiveTo'), v.effectiveTo ?? '', {
    type: 'date', max: 10,
    hint: type.defaultDurationMonths === null ? t('lists.field.effectiveTo.open') : t('lists.field.effectiveTo.hint', { months: type.defaultDurationMonths }),
  })}
${textArea(step, 'reasons', t('lists.field.reasons'), v.reasons ?? e.reasons, { required: true, rows: 4 })}
${textArea(step, 'legalBasis', t('lists.field.legalBasis'), v.legalBasis ?? e.legalBasis, { required: true })}
${textArea(step, 'remedies', t('lists.field.remedies'), v.remedies ?? type.remedies, { required: true })}`;
    case 'remove':
    case 'revoke':
    case 'withdraw':
      return textArea(step, 'reason', t('lists.field.reason'), v.reason ?? '', { required: true });
  }
}

/** One form per step this user may take now (allowedActions), each posting back to the entry. */
export function actionForms(view: View, e: ListEntryDetail, type: ListTypeView, values: Values): Html {
  const steps = FORM_STEPS.filter((s) => e.allowedActions.includes(s));
  if (steps.length === 0) return html`<p class="note">${view.t(e.allowedActions.includes('answer') ? 'lists.objection.unanswered' : 'lists.actions.none')}</p>`;
  return html`${steps.map((step) => html`<section class="card" aria-labelledby="step-${step}">
<h3 id="step-${step}">${view.t(`lists.step.${step}` as MessageKey)}</h3>
<form class="form" method="post" action="/console/lists/${e.id}/${stepPath(step)}">
  <input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}">
  ${fields(view, step, e, type, values.step === step ? values : {})}
  <button type="submit" class="button button-primary">${view.t(`lists.step.${step}` as MessageKey)}</button>
</form>
</section>`)}`;
}
