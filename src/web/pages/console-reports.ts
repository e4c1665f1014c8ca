import type { RegisterPage } from '../../domains/reports/index.js';
import { formatTime } from '../format.js';
import { html, type Html } from '../html.js';
import type { MessageKey } from '../i18n/index.js';
import type { View } from '../view.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { pager } from './result-list.js';
import { dataTable } from './table.js';

type Item = RegisterPage['items'][number];

/** Who issued: the role for users (from the dictionary), the kind of actor otherwise. */
function issuerText(view: View, issuer: Item['issuer']): string {
  if (issuer.type === 'user') {
    const role = view.t(`role.${issuer.role}` as MessageKey);
    return role.startsWith('role.') ? issuer.role : role;
  }
  const key = `reports.issuer.${issuer.type}` as MessageKey;
  const text = view.t(key);
  return text === key ? issuer.type : text;
}

/** `/console/reports`: the register of issued reports — who issued what, when, for whom, which kind, how often verified. */
export function consoleReportsPage(view: View, user: ConsoleUser, input: { register: RegisterPage; subject: string | undefined }): Html {
  const { t } = view;
  const none = t('value.none');
  const rows = input.register.items.map((r) => [
    html`<span class="code">${r.reportNo}</span>`,
    t(r.kind === 'full' ? 'reports.kind.full' : 'reports.kind.public'),
    html`${r.subject.name}<br><span class="code">${r.subject.code ?? none}</span>`,
    formatTime(r.issuedAt),
    html`${issuerText(view, r.issuer)}${r.batchId ? html` <span class="badge">${t('reports.register.batch')}</span>` : ''}`,
    r.purpose ?? none,
    html`${String(r.verificationCount)}${r.lastVerifiedAt ? html`<br><span class="hint">${t('reports.register.lastVerified', { time: formatTime(r.lastVerifiedAt) ?? '' })}</span>` : ''}`,
  ]);
  const headers = (['reportNo', 'kind', 'subject', 'issuedAt', 'issuer', 'purpose', 'verified'] as const).map((c) => t(`reports.register.col.${c}`));
  const body = html`<p class="lead">${t('console.reports.desc')}</p>
<form class="filter-form" method="get" action="/console/reports">
  <div class="field"><label for="subject">${t('reports.register.filter.subject')}</label>
    <input id="subject" name="subject" type="text" maxlength="40" value="${input.subject ?? ''}" spellcheck="false"></div>
  <button type="submit" class="button">${t('reports.register.filter.submit')}</button>
</form>
${rows.length === 0 ? html`<p class="notice">${t('reports.register.empty')}</p>` : dataTable(t('console.reports'), headers, rows)}
${pager(view, '/console/reports', { subject: input.subject }, input.register.page, input.register.hasMore)}`;
  return consoleShell(view, user, 'reports', t('console.reports'), body);
}
