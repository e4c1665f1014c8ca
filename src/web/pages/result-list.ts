import type { Subject } from '../../domains/subjects/index.js';
import { html, type Html } from '../html.js';
import { hrefWith, type View } from '../view.js';
import { statusLabel, typeLabel } from '../subject-text.js';

/** One line of search results: name (linked), former names, code, type, legal representative, status. */
function resultItem(view: View, s: Subject, href: string): Html {
  const { t, lang } = view;
  const none = t('value.none');
  return html`<li class="result">
  <h3 class="result-name"><a href="${href}">${s.name}</a>
    <span class="status status-${s.status}">${statusLabel(lang, s.status)}</span></h3>
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

export function resultList(view: View, items: Subject[], hrefFor: (s: Subject) => string): Html {
  return html`<ol class="results">${items.map((s) => resultItem(view, s, hrefFor(s)))}</ol>`;
}

/** Previous / next links: the search knows whether more follow, not how many there are. */
export function pager(view: View, path: string, params: Record<string, string | undefined>, page: number, hasMore: boolean): Html {
  const { t } = view;
  if (page <= 1 && !hasMore) return html``;
  const link = (p: number) => hrefWith(path, { ...params, page: p > 1 ? p : undefined });
  return html`<nav class="pager" aria-label="${t('pager.label')}">
  ${page > 1 ? html`<a class="button" rel="prev" href="${link(page - 1)}">${t('pager.prev')}</a>` : html`<span></span>`}
  <span class="pager-current" aria-current="page">${t('pager.page', { page })}</span>
  ${hasMore ? html`<a class="button" rel="next" href="${link(page + 1)}">${t('pager.next')}</a>` : html`<span></span>`}
</nav>`;
}
