import type { FastifyReply } from 'fastify';

/**
 * The session cookie holds the random session token itself (256 bits, stored
 * server-side only as its SHA-256), so it needs no signature. HttpOnly keeps it
 * from scripts; SameSite=Lax keeps it off cross-site POSTs (the CSRF token is
 * the second guard); Secure outside development.
 */
export const SESSION_COOKIE = 'xinyong_session';

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: string | Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', secure, expires: new Date(expiresAt) });
}

export function clearSessionCookie(reply: FastifyReply, secure = false): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/', secure });
}
