import type { FastifyRequest } from 'fastify';
import { DomainError } from '../kernel/errors.js';
import type { HttpApp } from '../kernel/http.js';
import type { WebContext } from './web-context.js';
import { createConsolePage, HIDDEN, queryText } from './console-page.js';
import { formField } from './form.js';
import { inLang } from './format.js';
import { loginHref, redirect, sendPage } from './respond.js';
import type { View } from './view.js';
import { errorPage } from './pages/error-page.js';
import { complaintCasePage, complaintFormPage, complaintReceiptPage, complaintsQueuePage, complaintStatsPage, trackPage } from './pages/complaint-pages.js';
import { consoleAgenciesPage, consoleAgencyPage, notificationsPage, publicAgenciesPage } from './pages/agency-pages.js';

/** The public form and lookup share the API's limit (10 a minute per address). */
const LIMITED = { ...HIDDEN, config: { rateLimit: { max: 10, timeWindow: '1 minute' } } } as const;
const FORM = ['about', 'subjectCode', 'subjectName', 'agency', 'complainantName', 'complainantContact', 'matter'];

/** A refusal a form explains (its message and each field's), or null for the error page. */
function refusal(err: unknown, view: View): string | null {
  if (!(err instanceof DomainError) || err.status >= 500 || err.status === 401 || err.status === 403) return null;
  const fields = err.errors ?? [];
  return fields.length === 0 ? `${inLang(err.message, view.lang)}（${err.code}）` : fields.map((f) => `${f.field}：${inLang(f.message, view.lang)}（${f.code}）`).join('；');
}

function values(request: FastifyRequest, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of names) {
    const v = formField(request, n, 4000).trim();
    if (v !== '') out[n] = v;
  }
  return out;
}

/** Complaints (portal form and lookup, console queue, case and statistics), the agency registry pages and the notification centre. */
export function registerComplaintPages(app: HttpApp, web: WebContext): void {
  const { complaints, agencies, notifications, accounts } = web.services;
  const consolePage = createConsolePage(web);
  const crossSite = (request: FastifyRequest) => request.headers['sec-fetch-site'] === 'cross-site';

  app.get('/complaints/new', HIDDEN, async (request, reply) => {
    const view = web.view(request, reply);
    const about = queryText(request.query, 'about', 10) === 'agency' ? 'agency' : 'subject';
    return sendPage(reply, view, 200, complaintFormPage(view, { about }));
  });

  app.post('/complaints/new', LIMITED, async (request, reply) => {
    const view = web.view(request, reply);
    if (crossSite(request)) return sendPage(reply, view, 403, errorPage(view, { status: 403 }));
    const v = values(request, FORM);
    const input = { ...v, about: v.about === 'agency' ? 'agency' : 'subject' } as Record<string, string>;
    if (input.about === 'agency') { delete input.subjectCode; delete input.subjectName; } else delete input.agency;
    try {
      const { created: _created, ...receipt } = await complaints.submit(request.actor, input);
      return sendPage(reply, view, 201, complaintReceiptPage(view, receipt));
    } catch (err) {
      const error = refusal(err, view);
      if (!error) throw err;
      return sendPage(reply, view, (err as DomainError).status, complaintFormPage(view, v, error));
    }
  });

  app.get('/complaints/track', HIDDEN, async (request, reply) => {
    const view = web.view(request, reply);
    return sendPage(reply, view, 200, trackPage(view, {}, null, false));
  });

  app.post('/complaints/track', LIMITED, async (request, reply) => {
    const view = web.view(request, reply);
    const v = values(request, ['caseNo', 'queryCode']);
    try {
      return sendPage(reply, view, 200, trackPage(view, { caseNo: v.caseNo ?? '' }, await complaints.track({ caseNo: v.caseNo ?? '', queryCode: v.queryCode ?? '' }), false));
    } catch (err) {
      if (!(err instanceof DomainError) || err.status >= 500) throw err;
      return sendPage(reply, view, 404, trackPage(view, { caseNo: v.caseNo ?? '' }, null, true));
    }
  });

  app.get('/agencies', { ...HIDDEN, config: { rateLimit: { max: 120, timeWindow: '1 minute' } } }, async (request, reply) => {
    const view = web.view(request, reply);
    const q = queryText(request.query, 'q', 100) ?? '';
    return sendPage(reply, view, 200, publicAgenciesPage(view, (await agencies.list({ ...(q ? { q } : {}), pageSize: 50 })).items, q));
  });

  app.get('/notifications', HIDDEN, async (request, reply) => {
    if (request.actor.kind !== 'user') return redirect(reply, loginHref(request.url));
    const view = web.view(request, reply);
    return sendPage(reply, view, 200, notificationsPage(view, await notifications.list(request.actor, { pageSize: 50 })));
  });
  app.post('/notifications/read-all', HIDDEN, async (request, reply) => {
    await notifications.markAllRead(request.actor);
    return redirect(reply, '/notifications');
  });
  app.post('/notifications/:id/read', HIDDEN, async (request, reply) => {
    await notifications.markRead(request.actor, (request.params as { id: string }).id);
    return redirect(reply, '/notifications');
  });

  app.get('/console/complaints', HIDDEN, consolePage('complaints', async ({ request, view, user, actor }) => {
    const status = queryText(request.query, 'status', 20);
    const overdue = queryText(request.query, 'overdue', 5) === 'true';
    const valid = status && ['received', 'assigned', 'in_progress', 'concluded', 'rejected'].includes(status) ? status : undefined;
    const page = await complaints.list(actor, { ...(valid ? { status: valid } : {}), ...(overdue ? { overdue: 'true' } : {}), pageSize: 50 });
    return complaintsQueuePage(view, user, page.items, { status: valid, overdue });
  }));

  app.get('/console/complaints/stats', HIDDEN, consolePage('complaints', async ({ view, user, actor }) => complaintStatsPage(view, user, await complaints.stats(actor, {}))));

  const departments = async (actor: Parameters<typeof complaints.isOffice>[0]) =>
    (await complaints.isOffice(actor)) ? (await accounts.listDepartments(actor, { pageSize: 50 })).items.map((d) => ({ id: d.id, name: d.name })) : [];

  app.get('/console/complaints/:id', HIDDEN, consolePage('complaints', async ({ request, view, user, actor }) => {
    const { id } = request.params as { id: string };
    return complaintCasePage(view, user, await complaints.get(actor, id), await departments(actor), { done: queryText(request.query, 'done', 5) === '1' });
  }));

  app.get('/console/complaints/:id/attachments/:attachmentId', HIDDEN, consolePage('complaints', async ({ request, reply, actor }) => {
    const { id, attachmentId } = request.params as { id: string; attachmentId: string };
    const a = await complaints.attachment(actor, id, attachmentId);
    return reply.header('cache-control', 'no-store').header('x-content-type-options', 'nosniff')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(a.fileName)}`).type(a.contentType).send(a.content);
  }));

  const STEP_FIELDS = { assign: ['departmentId', 'note'], start: ['note'], conclude: ['outcome', 'outcomeText'], reject: ['reason'] } as const;
  for (const step of Object.keys(STEP_FIELDS) as Array<keyof typeof STEP_FIELDS>) {
    app.post(`/console/complaints/:id/${step}`, HIDDEN, consolePage('complaints', async ({ request, reply, view, user, actor }) => {
      const { id } = request.params as { id: string };
      try {
        await complaints[step](actor, id, values(request, STEP_FIELDS[step]));
        return redirect(reply, `/console/complaints/${id}?done=1`);
      } catch (err) {
        const error = refusal(err, view);
        if (!error) throw err;
        return sendPage(reply, view, (err as DomainError).status, complaintCasePage(view, user, await complaints.get(actor, id), await departments(actor), { error }));
      }
    }));
  }

  app.get('/console/agencies', HIDDEN, consolePage('agencies', async ({ view, user }) => {
    const all = await Promise.all((['filed', 'suspended', 'revoked'] as const).map((status) => agencies.list({ status, pageSize: 50 })));
    return consoleAgenciesPage(view, user, all.flatMap((p) => p.items));
  }));

  app.post('/console/agencies', HIDDEN, consolePage('agencies', async ({ request, reply, view, user, actor }) => {
    const v = values(request, ['name', 'uscc', 'legalRep', 'address', 'filingNo', 'filedOn', 'contactPhone']);
    const raw = (request.body as Record<string, unknown> | undefined)?.services;
    const services = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((s): s is string => typeof s === 'string');
    try {
      const created = await agencies.create(actor, { ...v, services });
      return redirect(reply, `/console/agencies/${created.id}`);
    } catch (err) {
      const error = refusal(err, view);
      if (!error) throw err;
      return sendPage(reply, view, (err as DomainError).status, consoleAgenciesPage(view, user, (await agencies.list({ pageSize: 50 })).items, error));
    }
  }));

  const agencyPage = async (actor: Parameters<typeof agencies.get>[0], id: string) => {
    const file = await agencies.get(actor, id);
    if (!('staff' in file)) throw new DomainError('FORBIDDEN', 403, '无权查看 / forbidden');
    const related = await complaints.list(actor, { about: 'agency', agencyId: file.id, pageSize: 50 }).catch(() => ({ items: [] }));
    return { file, related: related.items };
  };

  app.get('/console/agencies/:id', HIDDEN, consolePage('agencies', async ({ request, view, user, actor }) => {
    const { file, related } = await agencyPage(actor, (request.params as { id: string }).id);
    return consoleAgencyPage(view, user, file, related);
  }));

  for (const action of ['status', 'staff'] as const) {
    app.post(`/console/agencies/:id/${action}`, HIDDEN, consolePage('agencies', async ({ request, reply, view, user, actor }) => {
      const { id } = request.params as { id: string };
      try {
        if (action === 'status') await agencies.changeStatus(actor, id, values(request, ['status', 'reason']));
        else await agencies.addStaff(actor, id, values(request, ['name', 'role']));
        return redirect(reply, `/console/agencies/${id}`);
      } catch (err) {
        const error = refusal(err, view);
        if (!error) throw err;
        const { file, related } = await agencyPage(actor, id);
        return sendPage(reply, view, (err as DomainError).status, consoleAgencyPage(view, user, file, related, error));
      }
    }));
  }
}
