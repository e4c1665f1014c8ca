import type { ApiKeyInfo, Department, Page, PublicUser } from '../../domains/accounts/index.js';
import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import { formatTime } from '../format.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { dataTable } from './table.js';
import { pager } from './result-list.js';

const nameOf = (departments: Department[], id: string | null) => departments.find((d) => d.id === id)?.name ?? null;

/** `/console/users` (administrators): users with role and department, then the departments. */
export function usersPage(view: View, user: ConsoleUser, users: Page<PublicUser>, departments: Department[]): Html {
  const { t } = view;
  const none = t('value.none');
  const userRows = users.items.map((u) => [
    u.username,
    u.displayName,
    t(`role.${u.role}`),
    nameOf(departments, u.departmentId) ?? none,
    html`${t(`users.status.${u.status}`)}${u.lockedUntil ? html` · ${t('users.locked')}` : ''}`,
  ]);
  const departmentRows = departments.map((d) => [html`<span class="code">${d.code}</span>`, d.name, t(`departments.kind.${d.kind}`)]);
  const body = html`<h2>${t('users.heading')}</h2>
<p class="note">${t('console.total', { total: users.total })}</p>
${dataTable(t('users.heading'), [t('users.username'), t('users.displayName'), t('users.role'), t('users.department'), t('users.status')], userRows)}
${pager(view, '/console/users', {}, users.page, users.page * users.pageSize < users.total)}
<h2>${t('departments.heading')}</h2>
${dataTable(t('departments.heading'), [t('departments.code'), t('departments.name'), t('departments.kind')], departmentRows)}`;
  return consoleShell(view, user, 'users', t('console.users'), body);
}

/** `/console/api-keys` (administrators): every key, its department, purpose and status; never the key itself. */
export function apiKeysPage(view: View, user: ConsoleUser, keys: Page<ApiKeyInfo>, departments: Department[]): Html {
  const { t } = view;
  const none = t('value.none');
  const rows = keys.items.map((k) => [
    k.name,
    html`<span class="code">${k.prefix}</span>`,
    nameOf(departments, k.departmentId) ?? none,
    t(`apiKeys.purpose.${k.purpose}`),
    formatTime(k.createdAt),
    formatTime(k.lastUsedAt) ?? none,
    k.revokedAt ? t('apiKeys.revoked', { at: formatTime(k.revokedAt) ?? '' }) : t('apiKeys.active'),
  ]);
  const headers = [t('apiKeys.name'), t('apiKeys.prefix'), t('apiKeys.department'), t('apiKeys.purpose'), t('apiKeys.createdAt'), t('apiKeys.lastUsedAt'), t('apiKeys.status')];
  const body = keys.total === 0
    ? html`<p class="notice">${t('apiKeys.empty')}</p>`
    : html`<p class="note">${t('console.total', { total: keys.total })}</p>
${dataTable(t('console.apiKeys'), headers, rows)}
${pager(view, '/console/api-keys', {}, keys.page, keys.page * keys.pageSize < keys.total)}`;
  return consoleShell(view, user, 'apiKeys', t('console.apiKeys'), body);
}
