import { z } from 'zod';
import { UnauthenticatedError } from '../../kernel/errors.js';
import { problemResponses, problemSchema, type HttpApp } from '../../kernel/http.js';
import type { AccountsService } from './accounts-service.js';
import { presentLogin, presentUser } from './present.js';
import { requestMeta } from './request-meta.js';
import { changePasswordInputSchema, loginInputSchema, publicUserSchema, sessionInfoSchema } from './schema.js';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './session-cookie.js';

const signInProblem = problemSchema.extend({ lockedUntil: z.string().optional() });
const session = [{ session: [] }];

/** Sign-in, sign-out, who am I, change my password. */
export function registerAuthRoutes(app: HttpApp, accounts: AccountsService, secure: boolean): void {
  app.post(
    '/api/v1/auth/login',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: '登录 / sign in (sets the HttpOnly session cookie; returns the CSRF token)',
        body: loginInputSchema,
        response: { 200: sessionInfoSchema, ...problemResponses, 401: signInProblem },
      },
    },
    async (request, reply) => {
      const result = await accounts.login(request.body, requestMeta(request));
      setSessionCookie(reply, result.token, result.expiresAt, secure);
      return presentLogin(result);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: '退出登录 / sign out (needs x-csrf-token)',
        security: session,
        response: { 200: z.object({ status: z.literal('logged_out') }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token && request.authMethod === 'session') await accounts.logout(token, requestMeta(request));
      clearSessionCookie(reply, secure);
      return { status: 'logged_out' as const };
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: '当前登录用户 / the signed-in user and the session CSRF token',
        security: session,
        response: { 200: sessionInfoSchema, ...problemResponses },
      },
    },
    async (request) => {
      if (request.authMethod !== 'session' || !request.actor.id || !request.csrfToken || !request.sessionExpiresAt) {
        throw new UnauthenticatedError();
      }
      const user = await accounts.getUser(request.actor, request.actor.id);
      return { user: presentUser(user), csrfToken: request.csrfToken, expiresAt: request.sessionExpiresAt };
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: '修改密码 / change my password (other sessions end)',
        security: session,
        body: changePasswordInputSchema,
        response: { 200: z.object({ user: publicUserSchema }), ...problemResponses },
      },
    },
    async (request) => {
      const keep = request.authMethod === 'session' ? request.cookies[SESSION_COOKIE] : undefined;
      const user = await accounts.changePassword(request.actor, request.body, keep ? { keepSessionToken: keep } : {});
      return { user: presentUser(user) };
    },
  );
}
