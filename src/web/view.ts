import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../kernel/actor.js';
import { DEFAULT_LANG, isLang, translator, type Lang, type Translate } from './i18n/index.js';

/** The cookie that remembers the visitor's language choice (`?lang=en` sets it). */
export const LANG_COOKIE = 'lang';
const ONE_YEAR_S = 365 * 24 * 3600;

/** What every page needs to know about the request it answers. */
export interface View {
  lang: Lang;
  t: Translate;
  actor: Actor;
  /** The path of this page, without its query. */
  path: string;
  /** The current session's CSRF token, for forms that post back (signed-in users only). */
  csrfToken: string | null;
  /** The request id, shown on error pages so a visitor can quote it. */
  requestId: string;
}

/** `?lang=` wins (and is remembered in a cookie), then the cookie, then Chinese. */
export function resolveLang(request: FastifyRequest, reply: FastifyReply, secure: boolean): Lang {
  const asked = (request.query as Record<string, unknown> | undefined)?.lang;
  if (isLang(asked)) {
    reply.setCookie(LANG_COOKIE, asked, { path: '/', maxAge: ONE_YEAR_S, sameSite: 'lax', httpOnly: true, secure });
    return asked;
  }
  // Cookies are parsed in an onRequest hook: an error raised before it (rendered by the error page) finds none.
  const remembered = (request.cookies as FastifyRequest['cookies'] | undefined)?.[LANG_COOKIE];
  return isLang(remembered) ? remembered : DEFAULT_LANG;
}

/**
 * The view of one request. The CSRF token is the one the accounts auth hook
 * found for the session cookie (request.csrfToken); pages only embed it.
 */
export function buildView(request: FastifyRequest, reply: FastifyReply, secure: boolean): View {
  const lang = resolveLang(request, reply, secure);
  return {
    lang,
    t: translator(lang),
    actor: request.actor,
    path: request.url.split('?')[0] ?? '/',
    csrfToken: request.actor.kind === 'user' ? (request.csrfToken ?? null) : null,
    requestId: request.id,
  };
}

/** A link to `path` with `params` (empty values dropped), properly encoded. */
export function hrefWith(path: string, params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
