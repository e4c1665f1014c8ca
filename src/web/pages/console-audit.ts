import type { AuditChainResult, AuditEntry, Page } from '../../domains/accounts/index.js';
import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import { formatTime } from '../format.js';
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

/** `/console/audit` (auditors and administrators): newest entries first; the chain verification on request. */
export function auditPage(view: View, user: ConsoleUser, chain: AuditChainResult | null, entries: Page<AuditEntry>): Html {
  const { t } = view;
  const none = t('value.none');
  const rows = entries.items.map((e) => [
    String(e.seq),
    formatTime(e.at),
    joinPresent([e.actorType, e.actorId]) || none,
    html`<span class="code">${e.action}</span>`,
    joinPresent([e.targetType, e.targetId]) || none,
    e.purpose ?? none,
    e.ip ?? none,
  ]);
  const headers = [t('audit.seq'), t('audit.at'), t('audit.actor'), t('audit.action'), t('audit.target'), t('audit.purpose'), t('audit.ip')];
  const body = html`${chainStatus(view, chain)}
${entries.total === 0
    ? html`<p class="notice">${t('audit.empty')}</p>`
    : html`<p class="note">${t('console.total', { total: entries.total })}</p>
${dataTable(t('console.audit'), headers, rows)}
${pager(view, '/console/audit', {}, entries.page, entries.page * entries.pageSize < entries.total)}`}`;
  return consoleShell(view, user, 'audit', t('console.audit'), body);
}
