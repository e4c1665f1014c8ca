import type { ListKind } from '../../domains/lists/index.js';
import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import type { SubjectTab } from './portal-tabs.js';

export interface PortalOverview {
  /** The archive's nine categories with their public counts. */
  categories: ReadonlyArray<{ category: string; label: string; labelEn: string; count: number }>;
  summary: { positive: number; negative: number; neutral: number };
  tabCounts: Record<SubjectTab, number>;
  /** The public list entries in effect on `asOf` (their kinds and names flag the overview). */
  lists: ReadonlyArray<{ kind: ListKind; listName: string; listNameEn: string }>;
  /** The day the publicity windows were judged on. */
  asOf: string;
}

const ALERTS = [
  { tab: 'black', key: 'portal.overview.black' },
  { tab: 'watch', key: 'portal.overview.watch' },
  { tab: 'red', key: 'portal.overview.red' },
] as const;

/** The names of the lists of one kind a subject is on, each once. */
const listNames = (view: View, o: PortalOverview, kind: ListKind): string =>
  [...new Set(o.lists.filter((l) => l.kind === kind).map((l) => (view.lang === 'en' ? l.listNameEn : l.listName)))].join(view.lang === 'en' ? '; ' : '、');

/**
 * 信用概览: list entries in effect first and prominently (black, then watch,
 * then red, each with the lists' names), then what is published by nature and
 * by category. `tabHref` opens a tab.
 */
export function overviewBlock(view: View, o: PortalOverview, tabHref: (tab: SubjectTab) => string): Html {
  const { t, lang } = view;
  const alerts = ALERTS.filter((a) => o.tabCounts[a.tab] > 0);
  return html`<section class="overview" aria-labelledby="overview-heading">
  <h2 id="overview-heading">${t('portal.overview.heading')}</h2>
  ${alerts.length > 0 ? html`<ul class="overview-alerts">${alerts.map((a) => html`<li class="alert alert-${a.tab}"${a.tab === 'red' ? '' : html` role="note"`}>
    <strong>${t(a.key, { count: o.tabCounts[a.tab] })}</strong> <span class="alert-lists">${listNames(view, o, a.tab)}</span> <a href="${tabHref(a.tab)}">${t('portal.overview.view')}</a></li>`)}</ul>` : ''}
  <div class="overview-grid">
    <dl class="overview-polarity" aria-label="${t('portal.overview.byPolarity')}">
      <div class="polarity-negative"><dt>${t('portal.overview.negative')}</dt><dd>${t('portal.overview.count', { count: o.summary.negative })}</dd></div>
      <div class="polarity-positive"><dt>${t('portal.overview.positive')}</dt><dd>${t('portal.overview.count', { count: o.summary.positive })}</dd></div>
      <div class="polarity-neutral"><dt>${t('portal.overview.neutral')}</dt><dd>${t('portal.overview.count', { count: o.summary.neutral })}</dd></div>
    </dl>
    <dl class="overview-categories" aria-label="${t('portal.overview.byCategory')}">
      ${o.categories.map((c) => html`<div${c.count > 0 ? html` class="has-records"` : ''}><dt>${lang === 'en' ? c.labelEn : c.label}</dt><dd>${t('portal.overview.count', { count: c.count })}</dd></div>`)}
    </dl>
  </div>
  <p class="note">${t('portal.overview.asOf', { date: o.asOf })}</p>
</section>`;
}
