import { describeDivision } from '../../domains/identifiers/index.js';
import type { ListEntryView } from '../../domains/lists/index.js';
import type { PublicRecord } from '../../domains/records/index.js';
import type { PublicSubject } from '../../domains/subjects/index.js';
import { html, type Html } from '../html.js';
import type { MessageKey } from '../i18n/index.js';
import { layout } from '../layout.js';
import { hrefWith, type View } from '../view.js';
import { statusLabel, typeLabel } from '../subject-text.js';
import { subjectListEntries } from './list-pages.js';
import { overviewBlock, type PortalOverview } from './portal-overview.js';
import { recordList } from './portal-record.js';
import { reportDownloadForm, reportDownloads } from './report-buttons.js';
import { SUBJECT_TABS, isListTab, type SubjectTab } from './portal-tabs.js';
import type { FieldTypes } from './portal-values.js';
import { pager } from './result-list.js';

/** Tabs page through at most this many pages of 20 (the archive's public depth, 1000 records). */
export const MAX_TAB_PAGE = 50;
export const TAB_PAGE_SIZE = 20;

/** The division in full, broadest first in Chinese and narrowest first in English: 广东省深圳市南山区（440305）. */
export function divisionText(view: View, division: { code: string } | null): string | null {
  if (!division) return null;
  const d = describeDivision(division.code);
  const parts = view.lang === 'en' ? [d.nameEn, d.cityEn, d.provinceEn] : [d.province, d.city, d.name];
  const names = [...new Set(parts.filter((p): p is string => Boolean(p)))];
  if (names.length === 0) return division.code;
  return view.lang === 'en' ? `${names.join(', ')} (${division.code})` : `${names.join('')}（${division.code}）`;
}

/** A reference-data label in the page's language, or the registered text when the dictionary has none. */
function translated(view: View, key: string, fallback: string): string {
  const text = view.t(key as MessageKey);
  return text === key ? fallback : text;
}

/** The profile's rows, in the order a 信用中国-style 基本信息 table lists them. */
export function profileRows(view: View, s: Omit<PublicSubject, 'code'> & { code: string | null }): Array<[string, string | Html | null]> {
  const { t, lang } = view;
  return [
    [t('field.code'), s.code ? html`<span class="code">${s.code}</span>` : null],
    [t('field.name'), s.name],
    [t('field.formerNames'), s.formerNames.length > 0 ? s.formerNames.join('、') : null],
    [t('field.type'), typeLabel(lang, s.type)],
    [t('field.legalRep'), s.legalRep],
    [t('field.status'), statusLabel(lang, s.status)],
    [t('field.establishedOn'), s.establishedOn],
    [t('field.street'), s.street === null ? null : lang === 'en' ? translated(view, `portal.street.${s.street}`, s.street) : s.street],
    [t('field.industry'), s.industry ? `${s.industry.code} ${lang === 'en' ? translated(view, `portal.industry.${s.industry.code}`, s.industry.name ?? '') : (s.industry.name ?? '')}`.trim() : null],
    [t('field.division'), divisionText(view, s.division)],
    [t('field.address'), s.address],
  ];
}

/** A two-column definition table; empty values show a dash. */
export function profileTable(view: View, rows: Array<[string, string | Html | null]>): Html {
  return html`<dl class="profile">
  ${rows.map(([label, value]) => html`<div class="profile-row"><dt>${label}</dt><dd>${value ?? view.t('value.none')}</dd></div>`)}
</dl>`;
}

export interface SubjectPageInput {
  subject: PublicSubject;
  overview: PortalOverview;
  tab: SubjectTab;
  page: number;
  /** A record tab's records (for 基本信息, the basic-category records under the registration data); none on a list tab. */
  records: { items: PublicRecord[]; hasMore: boolean };
  /** The subject's public list entries in effect today, every kind (the list tabs show one kind each). */
  listEntries: readonly ListEntryView[];
  fieldTypes: FieldTypes;
}

const TAB_LABELS: Record<SubjectTab, MessageKey> = {
  basic: 'portal.tab.basic', licence: 'portal.tab.licence', penalty: 'portal.tab.penalty', red: 'portal.tab.red', watch: 'portal.tab.watch',
  black: 'portal.tab.black', commitment: 'portal.tab.commitment', rating: 'portal.tab.rating', other: 'portal.tab.other',
};

export const tabLabel = (view: View, tab: SubjectTab): string => view.t(TAB_LABELS[tab]);

/** A tab's own URL: 基本信息 is the profile's canonical address, the others add `?tab=` (and `page`). */
export function tabHref(code: string, tab: SubjectTab, page = 1): string {
  return hrefWith(`/subjects/${encodeURIComponent(code)}`, { tab: tab === 'basic' ? undefined : tab, page: page > 1 ? page : undefined });
}

function tabNav(view: View, code: string, current: SubjectTab, counts: Record<SubjectTab, number>): Html {
  return html`<nav class="tabs" aria-label="${view.t('portal.tabs.label')}">
  <ul>${SUBJECT_TABS.map((tab) => html`<li><a href="${tabHref(code, tab)}"${tab === current ? html` aria-current="page"` : ''}>${tabLabel(view, tab)}${tab === 'basic' && counts.basic === 0 ? '' : html` <span class="tab-count">${counts[tab]}</span>`}</a></li>`)}</ul>
</nav>`;
}

function tabRecords(view: View, input: SubjectPageInput): Html {
  const { t } = view;
  const { items, hasMore } = input.records;
  const label = tabLabel(view, input.tab);
  const list = items.length > 0
    ? recordList(view, items, input.fieldTypes)
    : html`<p class="notice" role="status">${input.page > 1 ? t('portal.tab.pastEnd') : t('portal.tab.empty', { tab: label })}</p>`;
  const base = `/subjects/${encodeURIComponent(input.subject.code)}`;
  return html`${list}
${pager(view, base, { tab: input.tab === 'basic' ? undefined : input.tab }, input.page, hasMore, MAX_TAB_PAGE)}`;
}

function tabPanel(view: View, input: SubjectPageInput): Html {
  const { t } = view;
  const s = input.subject;
  const { tab } = input;
  if (tab === 'basic') {
    return html`<section class="tab-panel" aria-labelledby="basics-heading">
    <h2 id="basics-heading">${t('subject.basics')}</h2>
    ${profileTable(view, profileRows(view, s))}
    <p class="note">${t('subject.note')}</p>
    ${input.records.items.length > 0 || input.page > 1 ? html`<h3>${t('portal.tab.basicRecords')}</h3>${tabRecords(view, input)}` : ''}
  </section>`;
  }
  const label = tabLabel(view, tab);
  return html`<section class="tab-panel" aria-labelledby="tab-heading">
    <h2 id="tab-heading">${label}</h2>
    ${isListTab(tab)
    ? html`<p class="note">${t('portal.tab.listNote')}</p>
    ${subjectListEntries(view, input.listEntries.filter((e) => e.kind === tab), label)}`
    : tabRecords(view, input)}
  </section>`;
}

/** `/subjects/:code[?tab=&page=]`: the public profile of an organisation: 信用概览, then one tab of its public records. */
export function subjectPage(view: View, input: SubjectPageInput): Html {
  const { t, lang } = view;
  const s = input.subject;
  const body = html`<p class="breadcrumb"><a href="/search">${t('subject.back')}</a></p>
<article class="subject" aria-labelledby="subject-name">
  <header class="subject-header">
    <h1 id="subject-name">${s.name}</h1>
    <p class="subject-sub"><span class="status status-${s.status}">${statusLabel(lang, s.status)}</span>
      <span class="code">${s.code}</span>
      <button type="button" class="button print-button" data-print hidden>${t('subject.print')}</button></p>
    ${reportDownloads(view, [reportDownloadForm(view, { action: '/reports', subject: s.code, kind: 'public' })])}
    <p class="subject-links"><a href="/subjects/${encodeURIComponent(s.code)}/commitments">${t('commitments.title')}</a></p>
  </header>
  ${overviewBlock(view, input.overview, (tab) => tabHref(s.code, tab))}
  ${tabNav(view, s.code, input.tab, input.overview.tabCounts)}
  ${tabPanel(view, input)}
</article>`;
  const title = input.tab === 'basic' ? s.name : `${s.name} - ${tabLabel(view, input.tab)}`;
  return layout(view, {
    title, body, section: 'search', description: `${s.name} ${t('field.code')} ${s.code}`,
    query: { tab: input.tab === 'basic' ? undefined : input.tab, page: input.page > 1 ? input.page : undefined },
  });
}
