import type { PublicListType } from '../../domains/disclosure/index.js';
import type { ListEntryView, ListKind, ListOrigin, ListTypeView, PublicListPage } from '../../domains/lists/index.js';
import { html, type Html } from '../html.js';
import { layout } from '../layout.js';
import type { View } from '../view.js';
import { listedSubjectLine } from './portal-record.js';
import { formatDate } from './portal-values.js';
import { pager } from './result-list.js';
import { dataTable } from './table.js';

const KIND_ORDER: readonly ListKind[] = ['black', 'watch', 'red'];
const KIND_HEADINGS = { black: 'portal.lists.kind.black', watch: 'portal.lists.kind.watch', red: 'portal.lists.kind.red' } as const;
const KIND_SHORT = { black: 'portal.lists.kindShort.black', watch: 'portal.lists.kindShort.watch', red: 'portal.lists.kindShort.red' } as const;
const ORIGINS = { office: 'portal.lists.origin.office', upstream: 'portal.lists.origin.upstream' } as const;

export const listHref = (listType: string) => `/lists/${encodeURIComponent(listType)}`;

export const kindBadge = (view: View, kind: ListKind): Html => html`<span class="badge badge-${kind}">${view.t(KIND_SHORT[kind])}</span>`;
const originText = (view: View, origin: ListOrigin): string => view.t(ORIGINS[origin]);

/** A planned exit date: 长期 from 2099-12-31, "until removed" when there is none. */
const exitDate = (view: View, date: string | null): string => formatDate(date, view.lang) ?? view.t('portal.lists.untilRemoved');

function kindSection(view: View, kind: ListKind, types: PublicListType[]): Html {
  const { t, lang } = view;
  const rows = types.map((x) => [
    html`<a href="${listHref(x.code)}">${lang === 'en' ? x.nameEn : x.name}</a>`,
    originText(view, x.origin),
    x.decidingAuthority,
    x.legalBasis.join('；'),
    t('portal.overview.count', { count: x.count }),
  ]);
  const headers = [t('portal.lists.name'), t('portal.lists.origin'), t('portal.lists.decidedBy'), t('portal.lists.legalBasis'), t('portal.lists.count')];
  return html`<section class="list-kind list-kind-${kind}" aria-labelledby="kind-${kind}">
  <h2 id="kind-${kind}">${t(KIND_HEADINGS[kind])}</h2>
  ${types.length > 0 ? dataTable(t(KIND_HEADINGS[kind]), headers, rows) : html`<p class="notice">${t('portal.lists.none')}</p>`}
</section>`;
}

/** `/lists`: every public list type, black first, with its basis, authority and how many entries are in effect today. */
export function listIndexPage(view: View, types: PublicListType[]): Html {
  const { t } = view;
  const body = html`<h1>${t('portal.lists.title')}</h1>
<p class="lead">${t('portal.lists.lead')}</p>
${KIND_ORDER.map((kind) => kindSection(view, kind, types.filter((x) => x.kind === kind)))}
<p class="note">${t('portal.lists.note')}</p>`;
  return layout(view, { title: t('portal.lists.title'), body, section: 'lists', description: t('portal.lists.lead') });
}

/** `/lists/:listType`: who is on one public list today, newest entry first, paged; persons masked and never linked. */
export function listPage(view: View, list: PublicListPage, type: Pick<ListTypeView, 'legalBasis' | 'decidingAuthority'>, maxPage: number): Html {
  const { t, lang } = view;
  const name = lang === 'en' ? list.nameEn : list.name;
  const typeBasis = type.legalBasis.join('；');
  const rows = list.items.map((e) => [
    listedSubjectLine(view, e.subject),
    e.decisionNo ?? t('value.none'),
    e.decidedBy ?? t('value.none'),
    // upstream entries, and most decisions, cite the list's own basis: said once above
    e.legalBasis === typeBasis ? t('portal.lists.basisAsAbove') : e.legalBasis,
    e.effectiveFrom,
    exitDate(view, e.effectiveTo),
  ]);
  const headers = [t('portal.lists.subject'), t('portal.lists.docNo'), t('portal.lists.decidedBy'), t('portal.lists.legalBasis'), t('portal.lists.enteredOn'), t('portal.lists.plannedExit')];
  const body = html`<p class="breadcrumb"><a href="/lists">${t('portal.lists.back')}</a></p>
<h1>${name}</h1>
<p>${kindBadge(view, list.kind)} ${t('portal.lists.origin')}：${originText(view, list.origin)}</p>
<dl class="profile">
  <div class="profile-row"><dt>${t('portal.lists.decidedBy')}</dt><dd>${type.decidingAuthority}</dd></div>
  <div class="profile-row"><dt>${t('portal.lists.legalBasis')}</dt><dd>${typeBasis}</dd></div>
</dl>
${list.items.length > 0
    ? dataTable(name, headers, rows)
    : html`<p class="notice" role="status">${list.page > 1 ? t('portal.tab.pastEnd') : t('portal.lists.empty')}</p>`}
${pager(view, listHref(list.listType), {}, list.page, list.hasMore, maxPage)}
<p class="note">${t('portal.lists.note')}</p>`;
  return layout(view, { title: name, body, section: 'lists', query: { page: list.page > 1 ? list.page : undefined } });
}

/** A subject's list tab: its public entries of one kind in effect today, each with its decision. */
export function subjectListEntries(view: View, entries: readonly ListEntryView[], tabLabel: string): Html {
  const { t, lang } = view;
  if (entries.length === 0) return html`<p class="notice" role="status">${t('portal.lists.subjectNone', { tab: tabLabel })}</p>`;
  const rows = entries.map((e) => [
    html`<a href="${listHref(e.listType)}">${lang === 'en' ? e.listNameEn : e.listName}</a>`,
    e.decisionNo ?? t('value.none'),
    e.decidedBy ?? t('value.none'),
    e.legalBasis,
    e.effectiveFrom,
    exitDate(view, e.effectiveTo),
  ]);
  return dataTable(tabLabel, [t('portal.lists.name'), t('portal.lists.docNo'), t('portal.lists.decidedBy'), t('portal.lists.legalBasis'), t('portal.lists.enteredOn'), t('portal.lists.plannedExit')], rows);
}
