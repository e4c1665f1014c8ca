import type { FastifyRequest } from 'fastify';
import type { HttpApp } from '../kernel/http.js';
import { DomainError } from '../kernel/errors.js';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../domains/accounts/index.js';
import type { WebContext } from './web-context.js';
import { redirect, safeLocalPath, sendPage } from './respond.js';
import { formField } from './form.js';
import { loginPage } from './pages/login.js';
import { errorPage } from './pages/error-page.js';
import type { MessageKey } from './i18n/index.js';
import type { View } from './view.js';

const HIDDEN = { schema: { hide: true } } as const;
const CONSOLE = '/console';
/** Sign-in failures the form explains in its own words; anything else is an error page. */
const LOGIN_FAILURES = new Set(['INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'ACCOUNT_DISABLED', 'RATE_LIMITED', 'VALIDATION_FAILED']);

const meta = (request: FastifyRequest) => ({ ip: request.ip, requestId: request.id });
const failure = (view: View, code: string) => view.t(`login.error.${code}` as MessageKey);

/** Staff sign-in and sign-out through the accounts domain's sessions. */
export function registerSessionRoutes(app: HttpApp, web: WebContext): void {
  const { accounts } = web.services;

  app.get('/login', HIDDEN, async (request, reply) => {
    const view = web.view(request, reply);
    const next = safeLocalPath((request.query as Record<string, unknown>).next, CONSOLE);
    return sendPage(reply, view, 200, loginPage(view, { username: '', next }));
  });

  app.post('/login', { ...HIDDEN, config: { rateLimit: { max: 20, timeWindow: '1 minute' } } }, async (request, reply) => {
    const view = web.view(request, reply);
    // Login CSRF: another site must not sign a visitor in to an account of its choosing.
    if (request.headers['sec-fetch-site'] === 'cross-site') return sendPage(reply, view, 403, errorPage(view, { status: 403 }));
    const username = formField(request, 'username', 64).trim();
    const password = formField(request, 'password');
    const next = safeLocalPath(formField(request, 'next', 512), CONSOLE);
    if (!username || !password) {
      return sendPage(reply, view, 400, loginPage(view, { username, next, error: failure(view, 'VALIDATION_FAILED') }));
    }
    try {
      const session = await accounts.login({ username, password }, meta(request));
      setSessionCookie(reply, session.token, session.expiresAt, web.secure);
      // Subject accounts have no console: their own archive is their home.
      const staff = session.user.role !== 'subject';
      return redirect(reply, staff || next !== CONSOLE ? next : '/me');
    } catch (err) {
      if (!(err instanceof DomainError) || !LOGIN_FAILURES.has(err.code)) throw err;
      return sendPage(reply, view, err.status, loginPage(view, { username, next, error: failure(view, err.code) }));
    }
  });

  // The accounts auth hook has checked the form's _csrf against the session before this runs.
  app.post('/logout', HIDDEN, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await accounts.logout(token, meta(request));
    clearSessionCookie(reply, web.secure);
    return redirect(reply, '/');
  });
}
