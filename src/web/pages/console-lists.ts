import { DISPLAY_STATUSES, type ListEntrySummary, type ListTypeView } from '../../domains/lists/index.js';
import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import { formatTime } from '../format.js';
import type { MessageKey } from '../i18n/index.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { pager } from './result-list.js';
import { dataTable } from './table.js';

/** A list's name in the page's language, with its kind as a badge. */
export function listLabel(view: View, type: Pick<ListTypeView, 'kind' | 'name' | 'nameEn'>): Html {
  return html`<span class="badge badge-${type.kind}">${view.t(`lists.kind.${type.kind}` as MessageKey)}</span> ${view.lang === 'en' ? type.nameEn : type.name}`;
}

export const statusText = (view: View, status: string) => view.t(`lists.status.${status}` as MessageKey);

/** Errors of a refused form: the message's half in the page's language, each field error on its own line. */
export function errorNotice(view: View, error: string[] | null): Html {
  if (!error || error.length === 0) return html``;
  return html`<div class="notice notice-error" role="alert">${error.map((e) => html`<p>${view.t('lists.error', { reason: e })}</p>`)}</div>`;
}

export interface ListsIndexInput {
  entries: { items: ListEntrySummary[]; hasMore: boolean };
  types: ListTypeView[];
  filter: { status?: string | undefined; listType?: string | undefined };
  page: number;
  canPropose: boolean;
}

function filterForm(view: View, input: ListsIndexInput): Html {
  const { t } = view;
  const option = (value: string, label: string | Html, selected: boolean) => html`<option value="${value}"${selected ? html` selected` : ''}>${label}</option>`;
  return html`<form class="filter-form" method="get" action="/console/lists">
  <div class="field"><label for="status">${t('lists.filter.status')}</label>
    <select id="status" name="status">${option('', t('lists.filter.all'), !input.filter.status)}${DISPLAY_STATUSES.map((s) => option(s, statusText(view, s), input.filter.status === s))}</select></div>
  <div class="field"><label for="listType">${t('lists.filter.listType')}</label>
    <select id="listType" name="listType">${option('', t('lists.filter.all'), !input.filter.listType)}${input.types.filter((x) => x.origin === 'office').map((x) => option(x.code, view.lang === 'en' ? x.nameEn : x.name, input.filter.listType === x.code))}</select></div>
  <button type="submit" class="button">${t('lists.filter.submit')}</button>
</form>`;
}

/** `/console/lists`: the office's entries by status and list, most recently handled first, and the way to propose one. */
export function listsIndexPage(view: View, user: ConsoleUser, input: ListsIndexInput): Html {
  const { t } = view;
  const none = t('value.none');
  const rows = input.entries.items.map((e) => [
    html`<a href="/console/lists/${e.id}">${e.subject.name}</a><br><span class="code">${e.subject.code ?? none}</span>`,
    listLabel(view, { kind: e.kind, name: e.listName, nameEn: e.listNameEn }),
    statusText(view, e.status),
    e.effectiveFrom ? t('lists.decision.periodText', { from: e.effectiveFrom, to: e.effectiveTo ?? t('lists.decision.untilRemoved') }) : none,
    formatTime(e.updatedAt),
  ]);
  const headers = [t('lists.col.subject'), t('lists.col.list'), t('lists.col.status'), t('lists.col.dates'), t('lists.col.updated')];
  const body = html`<p class="lead">${t('lists.lead')}</p>
${input.canPropose ? html`<p><a class="button button-primary" href="/console/lists/new">${t('lists.new')}</a></p>` : ''}
${filterForm(view, input)}
${rows.length === 0 ? html`<p class="notice">${t('lists.empty')}</p>` : dataTable(t('console.lists'), headers, rows)}
${pager(view, '/console/lists', { status: input.filter.status, listType: input.filter.listType }, input.page, input.entries.hasMore)}`;
  return consoleShell(view, user, 'lists', t('console.lists'), body);
}

export interface ProposeFormState {
  values?: Record<string, string>;
  error?: string[] | null;
}

/** `/console/lists/new`: the proposal form (lists the office decides only). */
export function proposePage(view: View, user: ConsoleUser, types: ListTypeView[], state: ProposeFormState = {}): Html {
  const { t } = view;
  const v = state.values ?? {};
  const options = types.filter((x) => x.origin === 'office')
    .map((x) => html`<option value="${x.code}"${v.listType === x.code ? html` selected` : ''}>${t(`lists.kind.${x.kind}` as MessageKey)} · ${view.lang === 'en' ? x.nameEn : x.name}</option>`);
  const body = html`<p class="breadcrumb"><a href="/console/lists">${t('console.lists')}</a></p>
<p class="lead">${t('lists.propose.lead')}</p>
${errorNotice(view, state.error ?? null)}
<form class="form" method="post" action="/console/lists">
  <input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}">
  <div class="field"><label for="listType">${t('lists.field.listType')}</label><select id="listType" name="listType" required>${options}</select></div>
  <div class="field"><label for="subjectCode">${t('lists.field.subjectCode')}</label>
    <input id="subjectCode" name="subjectCode" type="text" required maxlength="40" value="${v.subjectCode ?? ''}">
    <span class="hint">${t('lists.field.subjectCode.hint')}</span></div>
  <div class="field"><label for="reasons">${t('lists.field.reasons')}</label><textarea id="reasons" name="reasons" rows="5" required maxlength="4000">${v.reasons ?? ''}</textarea></div>
  <div class="field"><label for="legalBasis">${t('lists.field.legalBasis')}</label><textarea id="legalBasis" name="legalBasis" rows="3" maxlength="2000">${v.legalBasis ?? ''}</textarea>
    <span class="hint">${t('lists.field.legalBasis.hint')}</span></div>
  <div class="field"><label for="evidenceRecordIds">${t('lists.field.evidence')}</label><textarea id="evidenceRecordIds" name="evidenceRecordIds" rows="2">${v.evidenceRecordIds ?? ''}</textarea>
    <span class="hint">${t('lists.field.evidence.hint')}</span></div>
  <button type="submit" class="button button-primary">${t('lists.propose.submit')}</button>
</form>`;
  return consoleShell(view, user, 'lists', t('lists.propose.title'), body);
}
