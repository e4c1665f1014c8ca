import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, NotFoundError } from '../kernel/errors.js';
import type { HttpApp } from '../kernel/http.js';
import type { WebContext } from './web-context.js';
import { createConsolePage, HIDDEN } from './console-page.js';
import { formField } from './form.js';
import { inLang } from './format.js';
import { redirect, sendPage } from './respond.js';
import { commitmentPage, consoleCommitmentsPage, meCommitmentsPage, publicCommitmentsPage } from './pages/commitment-pages.js';
import { mySubjectId, ownSubject } from './me-subject.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notFound = () => new NotFoundError('COMMITMENT_NOT_FOUND', '未找到信用承诺 / no such commitment');

/** Credit commitments in the browser: public pages, the subject's `/me/commitments`, the console's tracking page. */
export function registerCommitmentPages(app: HttpApp, web: WebContext): void {
  const { commitments, subjects } = web.services;
  const consolePage = createConsolePage(web);

  app.get('/commitments/:id', HIDDEN, async (request, reply) => {
    const { id } = request.params as { id: string };
    if (!UUID.test(id)) throw notFound();
    const view = web.view(request, reply);
    return sendPage(reply, view, 200, commitmentPage(view, await commitments.get(id)));
  });

  app.get('/subjects/:code/commitments', HIDDEN, async (request, reply) => {
    const { code } = request.params as { code: string };
    const subject = await subjects.getByCode(code.slice(0, 40));
    const view = web.view(request, reply);
    const page = await commitments.list(request.actor, { subject: subject.id, pageSize: 50 });
    return sendPage(reply, view, 200, publicCommitmentsPage(view, { name: subject.name, code: subject.code ?? code }, page.items));
  });

  async function mePage(request: FastifyRequest, reply: FastifyReply, status: number, error?: string | null) {
    const subjectId = mySubjectId(request.actor);
    const view = web.view(request, reply);
    const page = await commitments.list(request.actor, { subject: subjectId, pageSize: 50 });
    return sendPage(reply, view, status, meCommitmentsPage(view, await ownSubject(subjects, subjectId), page.items, commitments.templates(), error));
  }

  app.get('/me/commitments', HIDDEN, async (request, reply) => mePage(request, reply, 200));

  app.post('/me/commitments', HIDDEN, async (request, reply) => {
    mySubjectId(request.actor);
    const dueBy = formField(request, 'dueBy', 10);
    try {
      await commitments.sign(request.actor, { template: formField(request, 'template', 20), matter: formField(request, 'matter', 200).trim(), ...(dueBy ? { dueBy } : {}) });
      return redirect(reply, '/me/commitments');
    } catch (err) {
      if (!(err instanceof DomainError) || err.status !== 400) throw err;
      const view = web.view(request, reply);
      return mePage(request, reply, 400, inLang(err.message, view.lang));
    }
  });

  app.get('/console/commitments', HIDDEN, consolePage('commitments', async ({ view, user, actor }) => {
    const page = await commitments.list(actor, { pageSize: 50 });
    return consoleCommitmentsPage(view, user, page.items, actor.role === 'staff' || actor.role === 'admin');
  }));

  for (const step of ['fulfil', 'breach'] as const) {
    app.post(`/console/commitments/:id/${step}`, HIDDEN, consolePage('commitments', async ({ request, reply, view, user, actor }) => {
      const { id } = request.params as { id: string };
      if (!UUID.test(id)) throw notFound();
      try {
        if (step === 'fulfil') await commitments.fulfil(actor, id);
        else await commitments.breach(actor, id, { breach: formField(request, 'breach', 4000).trim() });
        return redirect(reply, '/console/commitments');
      } catch (err) {
        if (!(err instanceof DomainError) || ![400, 409].includes(err.status)) throw err;
        const page = await commitments.list(actor, { pageSize: 50 });
        return sendPage(reply, view, err.status, consoleCommitmentsPage(view, user, page.items, true, `${inLang(err.message, view.lang)}（${err.code}）`));
      }
    }));
  }
}
