import type { Actor } from '../kernel/actor.js';
import type { HttpApp } from '../kernel/http.js';
import { DomainError } from '../kernel/errors.js';
import { SESSION_COOKIE, type Department } from '../domains/accounts/index.js';
import { presentRegistry } from '../domains/subjects/index.js';
import type { WebContext } from './web-context.js';
import { redirect, sendPage } from './respond.js';
import { createConsolePage, HIDDEN, pageNumber } from './console-page.js';
import { formField } from './form.js';
import { inLang } from './format.js';
import { consoleHome } from './pages/console-shell.js';
import { registrySearchPage, registrySubjectPage } from './pages/console-registry.js';
import { apiKeysPage, usersPage } from './pages/console-accounts.js';
import { auditPage } from './pages/console-audit.js';
import { resolveAuditFilters } from './audit-filters.js';
import { passwordPage } from './pages/console-password.js';
import { parseSearchParams, runSearch } from './pages/search-query.js';

const LIST_SIZE = 50;

/** The console for signed-in staff: registry, accounts, API keys, audit trail, password. */
export function registerConsoleRoutes(app: HttpApp, web: WebContext): void {
  const { accounts, subjects } = web.services;

  async function allDepartments(actor: Actor): Promise<Department[]> {
    const all: Department[] = [];
    for (let page = 1; page <= 40; page += 1) {
      const batch = await accounts.listDepartments(actor, { page, pageSize: LIST_SIZE });
      all.push(...batch.items);
      if (all.length >= batch.total || batch.items.length === 0) break;
    }
    return all;
  }

  const consolePage = createConsolePage(web);

  app.get('/console', HIDDEN, consolePage('home', async ({ view, user }) => consoleHome(view, user)));

  app.get('/console/subjects', HIDDEN, consolePage('registry', async ({ request, view, user }) => {
    const params = parseSearchParams(request.query);
    return registrySearchPage(view, user, params, await runSearch(subjects, params));
  }));

  app.get('/console/subjects/:id', HIDDEN, consolePage('registry', async ({ request, view, user, actor }) => {
    const { id } = request.params as { id: string };
    return registrySubjectPage(view, user, presentRegistry(await subjects.getById(actor, id)));
  }));

  app.get('/console/users', HIDDEN, consolePage('users', async ({ request, view, user, actor }) => {
    const users = await accounts.listUsers(actor, { page: pageNumber(request.query), pageSize: LIST_SIZE });
    return usersPage(view, user, users, await allDepartments(actor));
  }));

  app.get('/console/api-keys', HIDDEN, consolePage('apiKeys', async ({ request, view, user, actor }) => {
    const keys = await accounts.listApiKeys(actor, { page: pageNumber(request.query), pageSize: LIST_SIZE });
    return apiKeysPage(view, user, keys, await allDepartments(actor));
  }));

  app.get('/console/audit', HIDDEN, consolePage('audit', async ({ request, view, user, actor }) => {
    // The chain walk reads every entry: run it when the auditor asks, not on every page view.
    const chain = (request.query as Record<string, unknown>).verify === '1' ? await accounts.verifyAuditTrail(actor) : null;
    const filters = await resolveAuditFilters(web, view, request.query);
    return auditPage(view, user, chain, await accounts.readAuditTrail(actor, { page: pageNumber(request.query), pageSize: LIST_SIZE, ...filters.query }), filters);
  }));

  app.get('/console/password', HIDDEN, consolePage('password', async ({ request, view, user }) =>
    passwordPage(view, user, { done: (request.query as Record<string, unknown>).done === '1' })));

  app.post('/console/password', HIDDEN, consolePage('password', async ({ request, reply, view, user, actor }) => {
    const currentPassword = formField(request, 'currentPassword');
    const newPassword = formField(request, 'newPassword');
    if (newPassword !== formField(request, 'confirmPassword')) {
      return sendPage(reply, view, 400, passwordPage(view, user, { error: view.t('console.password.mismatch') }));
    }
    try {
      await accounts.changePassword(actor, { currentPassword, newPassword }, { keepSessionToken: request.cookies[SESSION_COOKIE] });
    } catch (err) {
      if (!(err instanceof DomainError) || err.status !== 400) throw err;
      const message = inLang(err.errors?.[0]?.message ?? err.message, view.lang);
      return sendPage(reply, view, 400, passwordPage(view, user, { error: message }));
    }
    return redirect(reply, '/console/password?done=1');
  }));
}
