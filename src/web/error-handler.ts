import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../kernel/errors.js';
import type { WebContext } from './web-context.js';
import { errorPage } from './pages/error-page.js';
import { loginHref, redirect, sendPage } from './respond.js';

function statusOf(err: unknown): number {
  if (err instanceof DomainError) return err.status;
  const status = (err as FastifyError).statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/**
 * Errors on pages become pages: the same status as the API would answer,
 * rendered in the layout. A GET that needs a signed-in user goes to the
 * sign-in form instead (a refused credential, such as a bad API key, gets the 401 page); unexpected errors are logged and shown as 500 with
 * the request id (never the error's own text).
 */
export function webErrorHandler(web: WebContext) {
  return (err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const status = statusOf(err);
    if (status >= 500) request.log.error({ err }, 'page failed');
    if (status === 401 && request.method === 'GET' && err instanceof DomainError && err.code === 'UNAUTHENTICATED') {
      return redirect(reply, loginHref(request.url));
    }
    const retryAfter = err instanceof DomainError ? err.extra?.retryAfter : undefined;
    if (status === 429 && typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
    const view = web.view(request, reply);
    return sendPage(reply, view, status, errorPage(view, { status }));
  };
}
