import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../kernel/errors.js';
import type { HttpApp } from '../kernel/http.js';
import { HIDDEN, pageNumber, queryText } from './console-page.js';
import { formField } from './form.js';
import { inLang } from './format.js';
import { monitoringPage, type MonitoringPageInput } from './pages/monitoring-page.js';
import { loginHref, redirect, safeLocalPath, sendPage } from './respond.js';
import type { WebContext } from './web-context.js';

const PAGE_SIZE = 20;

/**
 * `/monitoring`: follows and notices for any signed-in user, forms posting
 * back (CSRF-checked by the accounts hook), errors of a follow shown on the
 * page. Webhooks are managed through the API only.
 */
export function registerMonitoringPages(app: HttpApp, web: WebContext): void {
  const { monitoring } = web.services;
  const signedIn = (request: FastifyRequest) => request.actor.kind === 'user' && request.actor.id !== null;
  const backTo = (request: FastifyRequest, done: string) => {
    const path = safeLocalPath(formField(request, 'back', 300), '/monitoring');
    const target = path.startsWith('/monitoring') ? path : '/monitoring';
    return `${target}${target.includes('?') ? '&' : '?'}done=${done}`;
  };

  async function render(request: FastifyRequest, reply: FastifyReply, status: number, extra: Partial<MonitoringPageInput> = {}) {
    const view = web.view(request, reply);
    const unreadOnly = queryText(request.query, 'unread', 5) === '1';
    const page = pageNumber(request.query);
    const [follows, notices] = await Promise.all([
      monitoring.listFollows(request.actor, { page: 1, pageSize: 50 }),
      monitoring.listNotices(request.actor, { unread: unreadOnly, page, pageSize: PAGE_SIZE }),
    ]);
    const input: MonitoringPageInput = { follows, notices, unreadOnly, page, done: queryText(request.query, 'done', 20) ?? null, error: null, code: '', ...extra };
    return sendPage(reply, view, status, monitoringPage(view, input));
  }

  app.get('/monitoring', HIDDEN, async (request, reply) => {
    if (!signedIn(request)) return redirect(reply, loginHref(request.url));
    return render(request, reply, 200);
  });

  app.post('/monitoring/follow', HIDDEN, async (request, reply) => {
    if (!signedIn(request)) return redirect(reply, loginHref('/monitoring'));
    const code = formField(request, 'subject', 40).trim();
    try {
      await monitoring.follow(request.actor, code);
      return redirect(reply, '/monitoring?done=followed');
    } catch (err) {
      if (!(err instanceof DomainError) || (err.status !== 400 && err.status !== 404 && err.status !== 409)) throw err;
      const view = web.view(request, reply);
      return render(request, reply, err.status, { error: inLang(err.message, view.lang), code, done: null });
    }
  });

  app.post('/monitoring/unfollow', HIDDEN, async (request, reply) => {
    if (!signedIn(request)) return redirect(reply, loginHref('/monitoring'));
    await monitoring.unfollow(request.actor, formField(request, 'subject', 40));
    return redirect(reply, backTo(request, 'unfollowed'));
  });

  app.post('/monitoring/notices/:id/read', HIDDEN, async (request, reply) => {
    if (!signedIn(request)) return redirect(reply, loginHref('/monitoring'));
    await monitoring.markNoticeRead(request.actor, (request.params as { id: string }).id);
    return redirect(reply, backTo(request, 'read'));
  });
}
