import type { Role } from '../../kernel/actor.js';
import { html, type Html } from '../html.js';
import { layout } from '../layout.js';
import type { View } from '../view.js';
import type { MessageKey } from '../i18n/index.js';

/** Who is signed in, as the console header shows them. */
export interface ConsoleUser {
  displayName: string;
  role: Role;
  departmentName: string | null;
  mustChangePassword: boolean;
}

export type ConsoleSectionId = 'home' | 'dashboard' | 'assessment' | 'plan' | 'registry' | 'lists' | 'objections' | 'repairs' | 'commitments' | 'checks' | 'checkStats' | 'imports' | 'quality' | 'ratings' | 'calendar' | 'users' | 'apiKeys' | 'audit' | 'password' | 'docs' | 'complaints' | 'agencies' | 'notifications' | 'reports';

interface ConsoleSection {
  id: ConsoleSectionId;
  href: string;
  label: MessageKey;
  description?: MessageKey;
  /** Who sees the entry; the services decide again on every call. */
  roles: readonly Role[] | 'all';
}

export const CONSOLE_SECTIONS: readonly ConsoleSection[] = [
  { id: 'home', href: '/console', label: 'console.home', roles: 'all' },
  { id: 'dashboard', href: '/console/dashboard', label: 'console.dashboard', description: 'console.dashboard.desc', roles: ['staff', 'reviewer', 'admin', 'auditor'] },
  { id: 'assessment', href: '/console/assessment', label: 'console.assessment', description: 'console.assessment.desc', roles: ['staff', 'reviewer', 'admin', 'auditor'] },
  { id: 'plan', href: '/console/plan', label: 'console.plan', description: 'console.plan.desc', roles: ['staff', 'reviewer', 'admin', 'auditor'] },
  { id: 'registry', href: '/console/subjects', label: 'console.registry', description: 'console.registry.desc', roles: ['staff', 'reviewer', 'admin', 'auditor'] },
  { id: 'lists', href: '/console/lists', label: 'console.lists', description: 'console.lists.desc', roles: ['staff', 'reviewer', 'admin', 'auditor'] },
  { id: 'objections', href: '/console/objections', label: 'console.objections', description: 'console.objections.desc', roles: ['provider', 'staff', 'reviewer', 'admin', 'auditor'] },
  { id: 'repairs', href: '/console/repairs', label: 'console.repairs', description: 'console.repairs.desc', roles: ['staff', 'reviewer', 'admin', 'auditor'] },
  { id: 'commitments', href: '/console/commitments', label: 'console.commitments', description: 'console.commitments.desc', roles: ['staff', 'reviewer', 'admin', 'auditor'] },
  { id: 'checks', href: '/console/checks', label: 'console.checks', description: 'console.checks.desc', roles: ['staff', 'reviewer', 'admin'] },
  { id: 'checkStats', href: '/console/checks/stats', label: 'console.checkStats', description: 'console.checkStats.desc', roles: ['staff', 'reviewer', 'admin', 'auditor'] },
  { id: 'reports', href: '/console/reports', label: 'console.reports', description: 'console.reports.desc', roles: ['staff', 'reviewer', 'admin', 'auditor'] },
  { id: 'imports', href: '/console/imports', label: 'console.imports', description: 'console.imports.desc', roles: ['provider', 'staff', 'admin', 'reviewer', 'auditor'] },
  { id: 'quality', href: '/console/quality', label: 'console.quality', description: 'console.quality.desc', roles: ['provider', 'staff', 'reviewer', 'admin', 'auditor'] },
  { id: 'ratings', href: '/console/ratings', label: 'console.ratings', description: 'console.ratings.desc', roles: ['staff', 'reviewer', 'admin', 'auditor'] },
  { id: 'complaints', href: '/console/complaints', label: 'console.complaints', description: 'console.complaints.desc', roles: ['provider', 'staff', 'reviewer', 'admin', 'auditor'] },
  { id: 'agencies', href: '/console/agencies', label: 'console.agencies', description: 'console.agencies.desc', roles: ['staff', 'reviewer', 'admin', 'auditor'] },
  { id: 'notifications', href: '/notifications', label: 'console.notifications', roles: 'all' },
  { id: 'calendar', href: '/console/calendar', label: 'console.calendar', description: 'console.calendar.desc', roles: ['admin'] },
  { id: 'users', href: '/console/users', label: 'console.users', description: 'console.users.desc', roles: ['admin'] },
  { id: 'apiKeys', href: '/console/api-keys', label: 'console.apiKeys', description: 'console.apiKeys.desc', roles: ['admin'] },
  { id: 'audit', href: '/console/audit', label: 'console.audit', description: 'console.audit.desc', roles: ['auditor', 'admin'] },
  { id: 'password', href: '/console/password', label: 'console.password', roles: 'all' },
  { id: 'docs', href: '/docs', label: 'console.apiDocs', description: 'console.apiDocs.desc', roles: 'all' },
];

export const sectionsFor = (role: Role) => CONSOLE_SECTIONS.filter((s) => s.roles === 'all' || s.roles.includes(role));

/** The console frame: who is signed in, the menu of what this role may do, and the page. */
export function consoleShell(view: View, user: ConsoleUser, active: ConsoleSectionId, title: string, body: Html, opts: { refresh?: number } = {}): Html {
  const { t } = view;
  const menu = sectionsFor(user.role).map(
    (s) => html`<li><a href="${s.href}"${s.id === active ? html` aria-current="page"` : ''}>${t(s.label)}</a></li>`,
  );
  const page = html`<div class="console">
  <nav class="console-nav" aria-label="${t('console.navLabel')}"><ul>${menu}</ul></nav>
  <div class="console-main">
    <p class="console-user">${t('console.welcome', { name: user.displayName })} ·
      ${t('console.role', { role: t(`role.${user.role}`) })}${user.departmentName ? html` · ${t('console.department', { department: user.departmentName })}` : ''}</p>
    <h1>${title}</h1>
    ${body}
  </div>
</div>`;
  return layout(view, { title: `${title} - ${t('console.title')}`, body: page, section: 'console', ...opts });
}

/** The console's front page: one card per section this role may open. */
export function consoleHome(view: View, user: ConsoleUser): Html {
  const { t } = view;
  const cards = sectionsFor(user.role)
    .filter((s) => s.description)
    .map((s) => html`<section class="card"><h2><a href="${s.href}">${t(s.label)}</a></h2><p>${t(s.description!)}</p></section>`);
  return consoleShell(view, user, 'home', t('console.title'), html`<p class="lead">${t('console.intro')}</p><div class="cards">${cards}</div>`);
}
