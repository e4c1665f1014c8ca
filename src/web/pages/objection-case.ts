import type { ObjectorView } from '../../domains/objections/index.js';
import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import { formatTime } from '../format.js';
import type { MessageKey } from '../i18n/index.js';
import { profileTable } from './subject.js';
import { dataTable } from './table.js';

export const objectionStatusText = (view: View, status: string) => view.t(`objections.status.${status}` as MessageKey);
export const objectionActionText = (view: View, action: string) => view.t(`objections.action.${action}` as MessageKey);

const roleText = (view: View, role: string) =>
  ['public', 'objector', 'system'].includes(role) ? view.t(`objections.role.${role}` as MessageKey) : view.t(`role.${role}` as MessageKey);

/** A deadline with its overdue flag (red badge) while the case is open. */
export function dueText(view: View, c: Pick<ObjectorView, 'stepDueOn' | 'overdue'>): Html | string {
  if (!c.stepDueOn) return view.t('value.none');
  return c.overdue ? html`<strong class="overdue">${c.stepDueOn}</strong> <span class="badge badge-red">${view.t('objections.case.overdue')}</span>` : c.stepDueOn;
}

/**
 * The case as both audiences see it: what was objected to, where it stands, the
 * outcome; staff add the objector's details and a link to the record (`recordHref`).
 */
export function caseTable(view: View, c: ObjectorView, extra: Array<[string, string | Html | null]> = [], recordHref?: string): Html {
  const { t } = view;
  const r = c.record;
  const recordText = t('objections.case.recordText', { type: view.lang === 'en' ? r.typeNameEn : r.typeName, docNo: r.docNo, date: r.decisionDate, source: r.source.name });
  return profileTable(view, [
    [t('objections.case.caseNo'), html`<span class="code">${c.caseNo}</span>`],
    [t('objections.case.status'), objectionStatusText(view, c.status)],
    [t('objections.case.record'), recordHref ? html`<a href="${recordHref}">${recordText}</a>` : recordText],
    [t('objections.case.submittedAt'), formatTime(c.submittedAt)],
    [t('objections.case.due'), dueText(view, c)],
    [t('objections.case.reasons'), c.reasons],
    ...extra,
    ...(c.refusalReasons ? [[t('objections.case.refusal'), c.refusalReasons] as [string, string]] : []),
    ...(c.outcome ? [[t('objections.case.outcome'), t(`objections.outcome.${c.outcome}` as MessageKey)] as [string, string]] : []),
    ...(c.outcomeReasons ? [[t('objections.case.outcomeReasons'), c.outcomeReasons] as [string, string]] : []),
    ...(c.correctedVersion !== null ? [[t('objections.case.correctedVersion'), String(c.correctedVersion)] as [string, string]] : []),
    ...(c.reply ? [[t('objections.case.reply'), c.reply] as [string, string]] : []),
  ]);
}

/** Every step: when, what, by whom (role; staff see ids), the note and the next deadline. */
export function historyTable(view: View, c: ObjectorView): Html {
  const { t } = view;
  const rows = c.history.map((h) => [
    formatTime(h.at),
    objectionActionText(view, h.action),
    h.actor.id ? html`${roleText(view, h.actor.role)} · <span class="code">${h.actor.id}</span>` : roleText(view, h.actor.role),
    h.note ?? t('value.none'),
    h.dueOn ?? t('value.none'),
  ]);
  return html`<h2>${t('objections.case.history')}</h2>
${dataTable(t('objections.case.history'), [t('objections.case.at'), t('objections.case.step'), t('objections.case.actor'), t('objections.case.note'), t('objections.case.stepDue')], rows)}`;
}

/** Refusal lines of a form, in the page's language. */
export function errorBlock(view: View, lines: string[] | null | undefined): Html {
  if (!lines || lines.length === 0) return html``;
  return html`<div class="notice notice-error" role="alert">${lines.map((l) => html`<p>${view.t('objections.error', { reason: l })}</p>`)}</div>`;
}
