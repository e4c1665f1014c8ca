import type { ListEntryDetail, ListTypeView } from '../../domains/lists/index.js';
import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import { formatTime } from '../format.js';
import type { MessageKey } from '../i18n/index.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { profileTable } from './subject.js';
import { dataTable } from './table.js';
import { errorNotice, listLabel, statusText } from './console-lists.js';
import { actionForms } from './console-lists-forms.js';

export interface EntryPageState {
  /** the step just taken */
  done?: string | null;
  error?: string[] | null;
  /** the refused form's values, to fill it in again */
  values?: Record<string, string>;
}

const stepText = (view: View, step: string) => view.t(`lists.step.${step}` as MessageKey);
const roleText = (view: View, role: string) => view.t(`role.${role}` as MessageKey);

function noticeSection(view: View, e: ListEntryDetail): Html {
  const { t } = view;
  if (!e.notice) return html``;
  const n = e.notice;
  return html`<h2>${t('lists.notice.heading')}</h2>
${profileTable(view, [
    [t('lists.notice.no'), n.noticeNo],
    [t('lists.notice.date'), n.noticeDate],
    [t('lists.notice.deadline'), html`${n.objectionDeadline}（${t(n.windowOpen ? 'lists.notice.open' : 'lists.notice.closed')}）`],
    [t('lists.notice.remedies'), n.remedies],
  ])}`;
}

function decisionSection(view: View, e: ListEntryDetail): Html {
  const { t } = view;
  const ended: Array<[string, string | null]> = [
    [t('lists.ended.removed'), e.removal && t('lists.ended.text', { date: e.removal.removedOn, reason: e.removal.reason })],
    [t('lists.ended.revoked'), e.revocation && t('lists.ended.text', { date: e.revocation.revokedOn, reason: e.revocation.reason })],
    [t('lists.ended.withdrawn'), e.withdrawal && t('lists.ended.text', { date: e.withdrawal.withdrawnOn, reason: e.withdrawal.reason })],
  ];
  const endRows = ended.filter(([, text]) => text !== null);
  const d = e.decision;
  return html`${d ? html`<h2>${t('lists.decision.heading')}</h2>
${profileTable(view, [
    [t('lists.decision.no'), d.decisionNo],
    [t('lists.decision.authority'), d.decidingAuthority],
    [t('lists.decision.date'), d.decisionDate],
    [t('lists.decision.period'), t('lists.decision.periodText', { from: d.effectiveFrom, to: d.effectiveTo ?? t('lists.decision.untilRemoved') })],
    [t('lists.decision.remedies'), d.remedies],
  ])}` : ''}
${endRows.length > 0 ? profileTable(view, endRows) : ''}`;
}

function objectionsSection(view: View, e: ListEntryDetail): Html {
  const { t } = view;
  if (e.objections.length === 0 && !e.notice) return html``;
  const items = e.objections.map((o) => html`<li class="record">
  <p class="record-meta">${t('lists.objection.filed', { date: o.filedOn, role: roleText(view, o.filedBy.role) })}</p>
  <p>${o.content}</p>
  <p>${o.answer !== null ? t('lists.objection.answered', { date: formatTime(o.answeredAt) ?? '', answer: o.answer }) : html`<strong>${t('lists.objection.unanswered')}</strong>`}</p>
  ${o.answer === null && e.allowedActions.includes('answer') ? html`<form class="form" method="post" action="/console/lists/${e.id}/objections/${o.id}/answer">
    <input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}">
    <div class="field"><label for="answer-${o.id}">${t('lists.field.answer')}</label><textarea id="answer-${o.id}" name="answer" rows="3" required maxlength="4000"></textarea></div>
    <button type="submit" class="button">${stepText(view, 'answer')}</button>
  </form>` : ''}
</li>`);
  return html`<h2>${t('lists.objections.heading')}</h2>
${items.length === 0 ? html`<p class="note">${t('lists.objections.none')}</p>` : html`<ul class="records">${items}</ul>`}`;
}

function historySection(view: View, e: ListEntryDetail): Html {
  const { t } = view;
  const rows = e.history.map((h) => [
    formatTime(h.at),
    stepText(view, h.step),
    h.fromStatus ? `${statusText(view, h.fromStatus)} → ${statusText(view, h.toStatus)}` : statusText(view, h.toStatus),
    h.actor.id ? html`${roleText(view, h.actor.role)} · <span class="code">${h.actor.id}</span>` : roleText(view, h.actor.role),
    h.reason ?? t('value.none'),
  ]);
  return html`<h2>${t('lists.history.heading')}</h2>
${dataTable(t('lists.history.heading'), [t('lists.history.at'), t('lists.history.step'), t('lists.history.status'), t('lists.history.actor'), t('lists.history.reason')], rows)}`;
}

/** `/console/lists/:id`: the entry, its notice and decision, objections, the steps this user may take next, and the full history. */
export function entryPage(view: View, user: ConsoleUser, e: ListEntryDetail, type: ListTypeView, state: EntryPageState = {}): Html {
  const { t } = view;
  const evidence = e.evidenceRecordIds.length === 0 ? null
    : html`${e.evidenceRecordIds.map((id, i) => html`${i > 0 ? '、' : ''}<a class="code" href="/console/records/${id}">${id}</a>`)}`;
  const body = html`<p class="breadcrumb"><a href="/console/lists">${t('console.lists')}</a></p>
${state.done ? html`<p class="notice" role="status">${t('lists.done', { step: stepText(view, state.done) })}</p>` : ''}
${errorNotice(view, state.error ?? null)}
${profileTable(view, [
    [t('lists.entry.subject'), html`<a href="/console/subjects/${e.subject.id}">${e.subject.name}</a>${e.subject.code ? html` <span class="code">${e.subject.code}</span>` : ''}`],
    [t('lists.entry.list'), listLabel(view, type)],
    [t('lists.entry.status'), statusText(view, e.status)],
    [t('lists.entry.reasons'), e.reasons],
    [t('lists.entry.legalBasis'), e.legalBasis],
    [t('lists.entry.evidence'), evidence],
    [t('lists.entry.proposedAt'), formatTime(e.proposedAt)],
  ])}
${noticeSection(view, e)}
${decisionSection(view, e)}
${objectionsSection(view, e)}
<h2>${t('lists.actions.heading')}</h2>
${actionForms(view, e, type, state.values ?? {})}
${historySection(view, e)}`;
  const title = t('lists.entry.title', { list: view.lang === 'en' ? type.nameEn : type.name, subject: e.subject.name });
  return consoleShell(view, user, 'lists', title, body);
}
