import type { DisclosureItem, DisclosureKind, DisclosureSource, ListedSubject } from '../../domains/disclosure/index.js';
import { html, type Html } from '../html.js';
import { layout } from '../layout.js';
import { hrefWith, type View } from '../view.js';
import { recordList } from './portal-record.js';
import type { FieldTypes } from './portal-values.js';
import { pager } from './result-list.js';

/** A listing page's filters as the visitor gave them; a bad date is dropped and said so. */
export interface DisclosureFilters {
  department: string | undefined;
  from: string | undefined;
  to: string | undefined;
  page: number;
  badDate: boolean;
}

export interface DisclosurePageInput {
  kind: DisclosureKind;
  filters: DisclosureFilters;
  sources: DisclosureSource[];
  items: DisclosureItem[];
  hasMore: boolean;
  maxPage: number;
  fieldTypes: FieldTypes;
}

const TITLES = { licences: 'portal.disclosures.licences.title', penalties: 'portal.disclosures.penalties.title' } as const;
const LEADS = { licences: 'portal.disclosures.licences.lead', penalties: 'portal.disclosures.penalties.lead' } as const;

function switcher(view: View, current: DisclosureKind): Html {
  return html`<nav class="subnav" aria-label="${view.t('portal.disclosures.switch')}"><ul>
  ${(['licences', 'penalties'] as const).map((kind) => html`<li><a href="/disclosures/${kind}"${kind === current ? html` aria-current="page"` : ''}>${view.t(TITLES[kind])}</a></li>`)}
</ul></nav>`;
}

function filterForm(view: View, input: DisclosurePageInput): Html {
  const { t } = view;
  const f = input.filters;
  return html`<form class="filter-form" method="get" action="/disclosures/${input.kind}">
  <div class="field">
    <label for="department">${t('portal.disclosures.department')}</label>
    <select id="department" name="department">
      <option value="">${t('portal.disclosures.departmentAll')}</option>
      ${input.sources.map((s) => html`<option value="${s.code}"${f.department === s.code ? html` selected` : ''}>${s.name}</option>`)}
    </select>
  </div>
  <div class="field">
    <label for="from">${t('portal.disclosures.from')}</label>
    <input id="from" name="from" type="date" value="${f.from ?? ''}" placeholder="YYYY-MM-DD">
  </div>
  <div class="field">
    <label for="to">${t('portal.disclosures.to')}</label>
    <input id="to" name="to" type="date" value="${f.to ?? ''}" placeholder="YYYY-MM-DD">
  </div>
  <div class="field field-actions">
    <button type="submit" class="button button-primary">${t('portal.disclosures.filter')}</button>
    <a href="/disclosures/${input.kind}">${t('portal.disclosures.reset')}</a>
  </div>
</form>`;
}

/** `/disclosures/licences` and `/disclosures/penalties`: the latest 双公示 decisions of every subject, filterable, paged. */
export function disclosurePage(view: View, input: DisclosurePageInput): Html {
  const { t } = view;
  const f = input.filters;
  const params = { department: f.department, from: f.from, to: f.to };
  const subjects = new Map<string, ListedSubject>(input.items.map((i) => [i.id, i.subject]));
  const body = html`<h1>${t(TITLES[input.kind])}</h1>
<p class="lead">${t(LEADS[input.kind])}</p>
${switcher(view, input.kind)}
${filterForm(view, input)}
${f.badDate ? html`<p class="notice notice-warn" role="status">${t('portal.disclosures.badDate')}</p>` : ''}
<section aria-labelledby="results-heading">
  <h2 id="results-heading" class="visually-hidden">${t('portal.disclosures.results')}</h2>
  ${input.items.length > 0
    ? recordList(view, input.items, input.fieldTypes, subjects)
    : html`<p class="notice" role="status">${f.page > 1 ? t('portal.tab.pastEnd') : t('portal.disclosures.empty')}</p>`}
  ${pager(view, `/disclosures/${input.kind}`, params, f.page, input.hasMore, input.maxPage)}
</section>`;
  return layout(view, {
    title: t(TITLES[input.kind]), body, section: 'disclosures', description: t(LEADS[input.kind]),
    query: { ...params, page: f.page > 1 ? f.page : undefined },
  });
}

export const disclosureHref = (kind: DisclosureKind, params: Record<string, string | undefined> = {}) => hrefWith(`/disclosures/${kind}`, params);
