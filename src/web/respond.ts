import type { FastifyReply } from 'fastify';
import type { Html } from './html.js';
import type { View } from './view.js';

/**
 * Sends a rendered page. Pages for signed-in users carry a CSRF token and
 * personal details, so they are never stored; public pages are revalidated,
 * and vary with the language cookie.
 */
export function sendPage(reply: FastifyReply, view: View, status: number, page: Html): FastifyReply {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', view.actor.kind === 'anonymous' ? 'no-cache' : 'private, no-store')
    .header('vary', 'Cookie')
    .send(page.value);
}

/** 303 See Other: the browser follows with a GET (after a form post, or to a canonical URL). */
export function redirect(reply: FastifyReply, location: string, status: 301 | 303 = 303): FastifyReply {
  return reply.code(status).header('location', location).header('cache-control', 'no-store').send();
}

/** Only same-site paths may be a redirect target (no `//host` or `/\host` tricks). */
export function safeLocalPath(next: unknown, fallback: string): string {
  return typeof next === 'string' && /^\/(?![/\\])[^\s]*$/.test(next) ? next : fallback;
}

/** The sign-in form, then back to `next` (slashes kept readable: `/login?next=/console`). */
export function loginHref(next: string): string {
  return `/login?next=${encodeURIComponent(next).replace(/%2F/gi, '/')}`;
}
