import type { ArchiveOverview, Category } from '../../domains/archive/index.js';
import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import { archiveOverviewBlock, categoryLabel, categoryTabs, recordTab, tabHrefFor, type ArchiveRecord } from './me-records.js';
import { meShell, type MeSubject } from './me-shell.js';
import type { FieldTypes } from './portal-values.js';

export interface MeArchiveInput {
  subject: MeSubject;
  overview: ArchiveOverview;
  category: Category;
  records: { items: ArchiveRecord[]; page: number; hasMore: boolean };
  fieldTypes: FieldTypes;
  /** the day publicity was judged on */
  asOf: string;
  /** just activated: a welcome line */
  welcome: boolean;
}

/** `/me[?category=&page=]`: the subject's whole archive at the authorised level, one category at a time. */
export function meArchivePage(view: View, input: MeArchiveInput): Html {
  const { t } = view;
  const tabHref = tabHrefFor('/me');
  const current = input.overview.categories.find((c) => c.category === input.category)!;
  const body = html`${input.welcome ? html`<p class="notice" role="status">${t('me.welcome')}</p>` : ''}
<p class="lead">${t('me.lead')}</p>
${input.subject.code ? html`<p><a href="/subjects/${encodeURIComponent(input.subject.code)}">${t('me.publicProfile')}</a></p>` : ''}
${archiveOverviewBlock(view, input.overview, tabHref)}
${categoryTabs(view, input.overview, input.category, tabHref)}
<section class="tab-panel" aria-labelledby="tab-heading">
  <h3 id="tab-heading">${categoryLabel(view, current)}</h3>
  ${recordTab(view, { ...input.records, fieldTypes: input.fieldTypes, path: '/me', params: { category: input.category } })}
</section>
<p class="note">${t('me.asOf', { date: input.asOf })}</p>`;
  return meShell(view, input.subject, 'archive', t('me.title'), body, { category: input.category, page: input.records.page > 1 ? input.records.page : undefined });
}
