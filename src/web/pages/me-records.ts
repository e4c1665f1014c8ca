import type { ArchiveOverview, Category } from '../../domains/archive/index.js';
import type { GovernmentRecord, InternalRecord } from '../../domains/records/index.js';
import { html, type Html } from '../html.js';
import type { MessageKey } from '../i18n/index.js';
import { hrefWith, type View } from '../view.js';
import { recordCard } from './portal-record.js';
import type { FieldTypes } from './portal-values.js';
import { pager } from './result-list.js';

/**
 * The archive above the public level, as the subject itself (`/me`) and staff
 * (`/console/subjects/:id/archive`) see it: the overview by nature and
 * category, one tab per category, and records flagged with their disclosure
 * level and, once their publicity has ended, 公示期已满.
 */
export type ArchiveRecord = GovernmentRecord | InternalRecord;

export const ARCHIVE_PAGE_SIZE = 20;

const LEVEL_KEYS: Record<string, MessageKey> = {
  public: 'me.level.public', shared: 'me.level.shared', authorised: 'me.level.authorised', internal: 'me.level.internal',
};

export const categoryLabel = (view: View, c: { label: string; labelEn: string }) => (view.lang === 'en' ? c.labelEn : c.label);

/** The first category that has records (else 基本信息): where a tab-less visit starts. */
export function firstCategory(overview: Pick<ArchiveOverview, 'categories'>): Category {
  return overview.categories.find((c) => c.count > 0)?.category ?? 'basic';
}

/** Counts by nature (守信 / 失信 / 其他) and by the nine categories, each category linking to its tab. */
export function archiveOverviewBlock(view: View, o: ArchiveOverview, tabHref: (c: Category) => string): Html {
  const { t } = view;
  return html`<section class="overview" aria-labelledby="overview-heading">
  <h2 id="overview-heading">${t('me.overview')}</h2>
  <div class="overview-grid">
    <dl class="overview-polarity" aria-label="${t('me.byPolarity')}">
      <div class="polarity-negative"><dt>${t('me.negative')}</dt><dd>${t('me.count', { count: o.summary.negative })}</dd></div>
      <div class="polarity-positive"><dt>${t('me.positive')}</dt><dd>${t('me.count', { count: o.summary.positive })}</dd></div>
      <div class="polarity-neutral"><dt>${t('me.neutral')}</dt><dd>${t('me.count', { count: o.summary.neutral })}</dd></div>
    </dl>
    <dl class="overview-categories" aria-label="${t('me.byCategory')}">
      ${o.categories.map((c) => html`<div${c.count > 0 ? html` class="has-records"` : ''}><dt><a href="${tabHref(c.category)}">${categoryLabel(view, c)}</a></dt><dd>${t('me.count', { count: c.count })}</dd></div>`)}
    </dl>
  </div>
</section>`;
}

/** One tab per category (all nine, with counts), each its own URL. */
export function categoryTabs(view: View, o: ArchiveOverview, current: Category, tabHref: (c: Category) => string): Html {
  return html`<nav class="tabs" aria-label="${view.t('me.tabs.label')}">
  <ul>${o.categories.map((c) => html`<li><a href="${tabHref(c.category)}"${c.category === current ? html` aria-current="page"` : ''}>${categoryLabel(view, c)} <span class="tab-count">${c.count}</span></a></li>`)}</ul>
</nav>`;
}

/** What a reader above the public level must know about a record before its content: its level, whether it is still public, withdrawn. */
function recordFlags(view: View, r: ArchiveRecord): Html {
  const { t } = view;
  const level = LEVEL_KEYS[r.disclosure];
  const withdrawn = 'status' in r && r.status === 'withdrawn';
  return html`<p class="record-flags"><span class="tag">${t('me.level')}：${level ? t(level) : r.disclosure}</span>${r.inPublicity ? '' : html` <span class="badge badge-watch">${t('me.expired')}</span>`}${withdrawn ? html` <span class="badge badge-black">${t('me.withdrawn')}</span>` : ''}</p>`;
}

export interface RecordTabInput {
  items: ArchiveRecord[];
  page: number;
  hasMore: boolean;
  fieldTypes: FieldTypes;
  /** the tab's own path and the parameters its pager keeps */
  path: string;
  params: Record<string, string | undefined>;
}

/** A tab's records, newest decision first, with a note when any has left public view; pages of 20. */
export function recordTab(view: View, input: RecordTabInput): Html {
  const { t } = view;
  if (input.items.length === 0) return html`<p class="notice" role="status">${input.page > 1 ? t('me.tab.pastEnd') : t('me.tab.empty')}</p>`;
  const anyExpired = input.items.some((r) => !r.inPublicity);
  return html`${anyExpired ? html`<p class="note">${t('me.expired.note')}</p>` : ''}
<ol class="records">${input.items.map((r) => html`<li>${recordFlags(view, r)}${recordCard(view, { record: r, fieldTypes: input.fieldTypes })}</li>`)}</ol>
${pager(view, input.path, input.params, input.page, input.hasMore)}`;
}

/** `?category=` and `?page=` read leniently: an unknown category is none, a page out of range the first. */
export function parseArchiveTab(query: unknown, categories: readonly string[]): { category: Category | undefined; page: number } {
  const raw = (query ?? {}) as Record<string, unknown>;
  const page = Number(raw.page);
  const category = typeof raw.category === 'string' && categories.includes(raw.category) ? (raw.category as Category) : undefined;
  return { category, page: Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1 };
}

export const tabHrefFor = (path: string, extra: Record<string, string | undefined> = {}) => (c: Category) => hrefWith(path, { ...extra, category: c });
