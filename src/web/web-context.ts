import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app/context.js';
import { secureCookies } from '../domains/accounts/index.js';
import { buildView, type View } from './view.js';

/** What the page handlers share: the platform's services and a way to read each request. */
export interface WebContext {
  services: AppContext['services'];
  /** Cookies set by the web app (language, session) are Secure in production, as the accounts domain decides. */
  secure: boolean;
  view(request: FastifyRequest, reply: FastifyReply): View;
}

export function createWebContext(ctx: AppContext): WebContext {
  const secure = secureCookies(ctx.config);
  return {
    services: ctx.services,
    secure,
    view: (request, reply) => buildView(request, reply, secure),
  };
}
