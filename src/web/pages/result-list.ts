import { matchReason, type Subject } from '../../domains/subjects/index.js';
import { html, type Html } from '../html.js';
import { hrefWith, type View } from '../view.js';
import { statusLabel, typeLabel } from '../subject-text.js';

const MATCHED = { code: 'portal.search.matched.code', formerName: 'portal.search.matched.formerName', legalRep: 'portal.search.matched.legalRep' } as const;

/** Why the result is there when its current name does not say so: 曾用名：… / 法定代表人：… / 代码：… */
function matchedOn(view: View, s: Subject, query: string | undefined): Html {
  if (!query) return html``;
  const reason = matchReason(s, query);
  if (reason === null || reason.kind === 'name') return html``;
  return html`<p class="matched"><span class="tag">${view.t('portal.search.matchedOn')}</span> ${view.t(MATCHED[reason.kind], { value: reason.value })}</p>`;
}

/** One line of search results: name (linked), why it matched, former names, code, type, legal representative, status. */
function resultItem(view: View, s: Subject, href: string, query: string | undefined): Html {
  const { t, lang } = view;
  const none = t('value.none');
  return html`<li class="result">
  <h3 class="result-name"><a href="${href}">${s.name}</a>
    <span class="status status-${s.status}">${statusLabel(lang, s.status)}</span></h3>
  ${matchedOn(view, s, query)}
  ${s.formerNames.length > 0
    ? html`<p class="former"><span class="tag">${t('search.formerName')}</span> ${s.formerNames.join('、')}</p>`
    : ''}
  <dl class="result-meta">
    <div><dt>${t('field.code')}</dt><dd class="code">${s.code ?? none}</dd></div>
    <div><dt>${t('field.type')}</dt><dd>${typeLabel(lang, s.type)}</dd></div>
    <div><dt>${t('field.legalRep')}</dt><dd>${s.legalRep ?? none}</dd></div>
  </dl>
</li>`;
}

/** The results; with the query, each line says why it matched when not by its current name. */
export function resultList(view: View, items: Subject[], hrefFor: (s: Subject) => string, query?: string): Html {
  return html`<ol class="results">${items.map((s) => resultItem(view, s, hrefFor(s), query))}</ol>`;
}

/**
 * Previous / next links: the search knows whether more follow, not how many there are.
 * With `maxPage` (a listing's anti-scraping cap) there is no link past it.
 */
export function pager(view: View, path: string, params: Record<string, string | undefined>, page: number, hasMore: boolean, maxPage = Infinity): Html {
  const { t } = view;
  const next = hasMore && page < maxPage;
  if (page <= 1 && !next) return html``;
  const link = (p: number) => hrefWith(path, { ...params, page: p > 1 ? p : undefined });
  return html`<nav class="pager" aria-label="${t('pager.label')}">
  ${page > 1 ? html`<a class="button" rel="prev" href="${link(page - 1)}">${t('pager.prev')}</a>` : html`<span></span>`}
  <span class="pager-current" aria-current="page">${t('pager.page', { page })}</span>
  ${next ? html`<a class="button" rel="next" href="${link(page + 1)}">${t('pager.next')}</a>` : html`<span></span>`}
</nav>`;
}
