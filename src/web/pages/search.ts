import { html, type Html } from '../html.js';
import { layout } from '../layout.js';
import type { View } from '../view.js';
import { searchForm } from './search-form.js';
import { pager, resultList } from './result-list.js';
import { MAX_PAGE, searchLinkParams, type SearchOutcome, type SearchParams } from './search-query.js';
import { echoInput } from '../mask.js';

/** The message or the results under the search box. */
export function searchOutcome(view: View, params: SearchParams, outcome: SearchOutcome, base: string, hrefFor: Parameters<typeof resultList>[2]): Html {
  const { t } = view;
  const q = echoInput(params.q);
  switch (outcome.kind) {
    case 'prompt':
      return html`<p class="notice">${t('search.emptyPrompt')}</p>`;
    case 'tooShort':
      return html`<p class="notice notice-warn" role="status">${t('search.tooShort')}</p>`;
    case 'idNumber':
      return html`<p class="notice notice-warn" role="status">${t('search.idNumber')}</p>`;
    case 'results':
      if (outcome.items.length === 0) {
        return html`<p class="notice" role="status">${t('search.empty', { q })}</p>`;
      }
      return html`<section class="results-section" aria-labelledby="results-heading">
  <h2 id="results-heading">${t('search.resultsFor', { q })}</h2>
  ${resultList(view, outcome.items, hrefFor, params.q)}
  ${pager(view, base, { ...searchLinkParams(params), q: params.q }, params.page, outcome.hasMore, MAX_PAGE)}
  ${outcome.hasMore && params.page >= MAX_PAGE ? html`<p class="notice" role="status">${t('portal.search.lastPage', { pages: MAX_PAGE })}</p>` : ''}
</section>`;
  }
}

/** `/search?q=&type=&street=&industry=&page=`: the public search with its results. */
export function searchPage(view: View, params: SearchParams, outcome: SearchOutcome): Html {
  const { t } = view;
  const q = echoInput(params.q);
  const body = html`<h1>${t('search.title')}</h1>
${searchForm(view, { q, type: params.type, street: params.street, industry: params.industry })}
${searchOutcome(view, params, outcome, '/search', (s) => `/subjects/${encodeURIComponent(s.code ?? '')}`)}`;
  const title = q ? `${t('search.resultsFor', { q })}` : t('search.title');
  return layout(view, { title, body, section: 'search', query: { ...searchLinkParams(params), q, page: params.page > 1 ? params.page : undefined } });
}
