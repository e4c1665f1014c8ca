import type { AuditChainResult, AuditEntry, Page } from '../../domains/accounts/index.js';
import { html, type Html } from '../html.js';
import { hrefWith, type View } from '../view.js';
import { formatTime } from '../format.js';
import type { AuditFilters } from '../audit-filters.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { dataTable } from './table.js';
import { pager } from './result-list.js';

/** The chain check's verdict, first on the page: a broken chain is the thing an auditor must not miss. */
function chainStatus(view: View, chain: AuditChainResult | null): Html {
  const { t } = view;
  if (chain === null) return html`<p><a class="button" href="/console/audit?verify=1">${t('audit.chain.verify')}</a></p>`;
  return chain.ok
    ? html`<p class="notice" role="status"><span class="chain-ok">✓</span> ${t('audit.chain.ok', { checked: chain.checked })}</p>`
    : html`<div class="notice notice-error" role="alert"><p class="chain-broken">${t('audit.chain.broken', { seq: chain.brokenAtSeq ?? '?' })}</p></div>`;
}

const joinPresent = (parts: Array<string | null>) => parts.filter((p): p is string => Boolean(p)).join(' ');

/** Search the access log by subject, user, department and period (issue 4 §6): a GET form, so a filtered view is a link. */
function filterForm(view: View, f: AuditFilters): Html {
  const { t } = view;
  const input = (name: keyof AuditFilters['form'], label: string, type = 'text', max = 60) => html`<div class="field">
    <label for="audit-${name}">${label}</label>
    <input id="audit-${name}" name="${name}" type="${type}" value="${f.form[name]}" maxlength="${max}">
  </div>`;
  return html`<h2 id="audit-filter-heading">${t('audit.filter.heading')}</h2>
<form class="filter-form" method="get" action="/console/audit" aria-labelledby="audit-filter-heading">
  ${input('subject', t('audit.filter.subject'))}
  ${input('user', t('audit.filter.user'))}
  ${input('department', t('audit.filter.department'))}
  ${input('action', t('audit.filter.action'), 'text', 100)}
  ${input('from', t('audit.filter.from'), 'date', 10)}
  ${input('to', t('audit.filter.to'), 'date', 10)}
  <div class="field-actions">
    <button type="submit" class="button button-primary">${t('audit.filter.submit')}</button>
    <a class="button" href="/console/audit">${t('audit.filter.reset')}</a>
  </div>
</form>
${f.notices.map((n) => html`<p class="notice notice-warn" role="status">${n}</p>`)}`;
}

/** `/console/audit` (auditors and administrators): newest entries first, filtered; the chain verification on request. */
export function auditPage(view: View, user: ConsoleUser, chain: AuditChainResult | null, entries: Page<AuditEntry>, filters: AuditFilters): Html {
  const { t } = view;
  const none = t('value.none');
  const params = Object.fromEntries(Object.entries(filters.form).filter(([, v]) => v !== '')) as Record<string, string>;
  const only = (name: 'user' | 'subject', id: string, label: string) =>
    html` <a href="${hrefWith('/console/audit', { ...params, [name]: id })}" title="${label}"><span aria-hidden="true">⌕</span><span class="visually-hidden">${label}</span></a>`;
  const rows = entries.items.map((e) => [
    String(e.seq),
    formatTime(e.at),
    html`${joinPresent([e.actorType, e.actorId]) || none}${e.actorId && e.actorType === 'user' ? only('user', e.actorId, t('audit.filter.byActor')) : ''}`,
    html`<span class="code">${e.action}</span>`,
    html`${joinPresent([e.targetType, e.targetId]) || none}${e.subjectId ? only('subject', e.subjectId, t('audit.filter.bySubject')) : ''}`,
    e.purpose ?? none,
    e.ip ?? none,
  ]);
  const headers = [t('audit.seq'), t('audit.at'), t('audit.actor'), t('audit.action'), t('audit.target'), t('audit.purpose'), t('audit.ip')];
  const body = html`${chainStatus(view, chain)}
${filterForm(view, filters)}
${entries.total === 0
    ? html`<p class="notice">${t('audit.empty')}</p>`
    : html`<p class="note">${t('console.total', { total: entries.total })}</p>
${dataTable(t('console.audit'), headers, rows)}
${pager(view, '/console/audit', params, entries.page, entries.page * entries.pageSize < entries.total)}`}`;
  return consoleShell(view, user, 'audit', t('console.audit'), body);
}
