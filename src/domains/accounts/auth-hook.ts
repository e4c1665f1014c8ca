import type { FastifyRequest } from 'fastify';
import { safeEqual } from '../../kernel/crypto.js';
import type { HttpApp } from '../../kernel/http.js';
import type { AccountsService } from './accounts-service.js';
import { csrfTokenInvalid, invalidApiKey, invalidAuthorization, passwordChangeRequired } from './errors.js';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './session-cookie.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The session's CSRF token on cookie-authenticated requests: server-rendered forms embed it as `_csrf`. */
    csrfToken: string | null;
    /** When the session ends unless used again (cookie-authenticated requests only). */
    sessionExpiresAt: string | null;
    /** How request.actor was established. */
    authMethod: 'session' | 'api_key' | null;
  }
}

/** HTML forms post application/x-www-form-urlencoded; larger bodies are refused with PAYLOAD_TOO_LARGE. */
export const FORM_BODY_LIMIT = 64 * 1024;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const BEARER = /^Bearer +(\S+)$/i;
/** Paths a user who must change their password may still use over the API. */
const PASSWORD_CHANGE_EXEMPT = /^\/api\/v1\/auth\//;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** URL-encoded form → object; a field given more than once becomes an array. */
export function parseForm(body: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

function formBody(request: FastifyRequest): Record<string, unknown> | undefined {
  const type = request.headers['content-type'] ?? '';
  const body = request.body;
  return type.startsWith('application/x-www-form-urlencoded') && body && typeof body === 'object'
    ? (body as Record<string, unknown>)
    : undefined;
}

/**
 * Authentication for every request, registered right after the hook that
 * makes each request anonymous: `Authorization: Bearer KEY` (API clients,
 * exempt from CSRF) or the session cookie (browsers, CSRF-checked on writes).
 */
export function registerAuth(app: HttpApp, opts: { accounts: Pick<AccountsService, 'authenticateSession' | 'resolveApiKey'>; secure: boolean }): void {
  const { accounts, secure } = opts;
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionExpiresAt', null);
  app.decorateRequest('authMethod', null);
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT }, (_req, body, done) => {
    done(null, parseForm(body as string));
  });

  app.addHook('onRequest', async (request, reply) => {
    const meta = { ip: request.ip, requestId: request.id };
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const key = BEARER.exec(authorization.trim())?.[1];
      if (!key) throw invalidAuthorization();
      const actor = await accounts.resolveApiKey(key, meta);
      if (!actor) throw invalidApiKey();
      request.actor = actor;
      request.authMethod = 'api_key';
      return;
    }
    // @fastify/cookie parses in its own onRequest hook, which runs after this one.
    const token = request.headers.cookie ? app.parseCookie(request.headers.cookie)[SESSION_COOKIE] : undefined;
    if (!token) return;
    const session = await accounts.authenticateSession(token, meta);
    if (!session) {
      clearSessionCookie(reply, secure);
      return;
    }
    request.actor = session.actor;
    request.csrfToken = session.csrfToken;
    request.sessionExpiresAt = session.expiresAt;
    request.authMethod = 'session';
    if (session.refreshed) setSessionCookie(reply, token, session.expiresAt, secure);
    const path = request.url.split('?')[0] ?? '';
    if (session.mustChangePassword && path.startsWith('/api/') && !PASSWORD_CHANGE_EXEMPT.test(path)) throw passwordChangeRequired();
  });

  // The body is parsed by now, so a form's `_csrf` field can be read (and is removed before validation).
  app.addHook('preValidation', async (request) => {
    const form = formBody(request);
    const fromForm = form?._csrf;
    if (form) delete form._csrf;
    if (request.authMethod !== 'session' || SAFE_METHODS.has(request.method)) return;
    const header = request.headers['x-csrf-token'];
    const given = typeof header === 'string' ? header : typeof fromForm === 'string' ? fromForm : undefined;
    if (!given || !request.csrfToken || !safeEqual(given, request.csrfToken)) throw csrfTokenInvalid();
  });
}
