import type { RepairCandidate, RepairSummary } from '../../domains/repairs/index.js';
import type { ListEntrySummary } from '../../domains/lists/index.js';
import { html, type Html } from '../html.js';
import type { MessageKey } from '../i18n/index.js';
import type { View } from '../view.js';
import { dataTable } from './table.js';
import { meShell, type MeSubject } from './me-shell.js';

const tier = (view: View, s: string | null) => (s ? view.t(`repairs.tier.${s}` as MessageKey) : view.t('value.none'));
export const repairStatus = (view: View, r: Pick<RepairSummary, 'status' | 'overdue'>): Html =>
  html`${view.t(`repairs.status.${r.status}` as MessageKey)}${r.overdue ? html` <span class="tag tag-warn">${view.t('repairs.overdue')}</span>` : ''}`;

/** The "apply" action: a link while allowed, otherwise a disabled button naming the day it opens (SPEC §8). */
function action(view: View, c: RepairCandidate): Html {
  const { t } = view;
  const e = c.eligibility;
  if (e.state === 'eligible') return html`<a class="button button-primary" href="/me/repairs/apply?record=${c.record.id}">${t('repairs.apply')}</a>${e.obligationFirst ? html`<br><span class="hint">${t('repairs.obligationFirst')}</span>` : ''}`;
  if (e.state === 'not_yet') {
    return html`<button type="button" class="button" disabled aria-disabled="true" data-opens-on="${e.opensOn ?? ''}">${t('repairs.apply')}</button><br><span class="hint">${t('repairs.opensOn', { date: e.opensOn ?? '' })}</span>`;
  }
  return html`<span>${t(`repairs.state.${e.state}` as MessageKey)}</span>`;
}

export interface MeRepairsInput {
  candidates: RepairCandidate[];
  applications: RepairSummary[];
  entries: ListEntrySummary[];
}

/** `/me/repairs`: the subject's negative records with eligibility and notices, its applications, the notices of its list decisions. */
export function meRepairsPage(view: View, subject: MeSubject, input: MeRepairsInput): Html {
  const { t } = view;
  const none = t('value.none');
  const recordRows = input.candidates.map((c) => [
    html`${view.lang === 'en' ? c.record.typeNameEn : c.record.typeName}<br><span class="code">${c.record.docNo}</span>`,
    c.record.decisionDate, tier(view, c.record.severity), c.record.publicityEnd ?? none,
    action(view, c),
    html`<a href="/me/repairs/notices/record/${c.record.id}">${t('repairs.notice')}</a>`,
  ]);
  const appRows = input.applications.map((a) => [
    html`<a href="/me/repairs/${a.id}">${view.lang === 'en' ? a.record.typeNameEn : a.record.typeName} ${a.record.docNo}</a>`,
    repairStatus(view, a), a.submittedOn, a.decisionDue ?? none,
  ]);
  const entryRows = input.entries.filter((e) => e.effectiveFrom).map((e) => [
    view.lang === 'en' ? e.listNameEn : e.listName, e.effectiveFrom ?? none, e.effectiveTo ?? none,
    html`<a href="/me/repairs/notices/list_entry/${e.id}">${t('repairs.notice')}</a>`,
  ]);
  const body = html`<p class="lead">${t('repairs.lead')}</p>
<h3>${t('repairs.records')}</h3>
${recordRows.length === 0 ? html`<p class="notice">${t('repairs.records.empty')}</p>`
    : dataTable(t('repairs.records'), [t('repairs.col.record'), t('repairs.col.decisionDate'), t('repairs.col.tier'), t('repairs.col.publicityEnd'), t('repairs.col.action'), t('repairs.notice')], recordRows)}
<h3>${t('repairs.applications')}</h3>
${appRows.length === 0 ? html`<p class="notice">${t('repairs.applications.empty')}</p>`
    : dataTable(t('repairs.applications'), [t('repairs.col.record'), t('repairs.col.status'), t('repairs.col.submitted'), t('repairs.col.due')], appRows)}
${entryRows.length > 0 ? html`<h3>${t('repairs.entries')}</h3>${dataTable(t('repairs.entries'), [t('lists.col.list'), t('lists.col.dates'), t('repairs.col.publicityEnd'), t('repairs.notice')], entryRows)}` : ''}`;
  return meShell(view, subject, 'repairs', t('me.nav.repairs'), body);
}
