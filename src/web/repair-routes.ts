import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, NotFoundError } from '../kernel/errors.js';
import type { HttpApp } from '../kernel/http.js';
import { commitmentText } from '../domains/commitments/index.js';
import type { WebContext } from './web-context.js';
import { createConsolePage, HIDDEN, pageNumber, queryText } from './console-page.js';
import { formField } from './form.js';
import { inLang } from './format.js';
import { redirect, sendPage } from './respond.js';
import type { View } from './view.js';
import { meRepairsPage } from './pages/me-repairs.js';
import { meRepairApplyPage, meRepairCasePage } from './pages/me-repair-forms.js';
import { repairNoticePage } from './pages/repair-notice.js';
import { repairCasePage, repairQueuePage } from './pages/console-repairs.js';
import { mySubjectId, ownSubject as ownSubjectOf } from './me-subject.js';

const STEPS = ['accept', 'refuse', 'approve', 'reject'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A refusal the page can explain; anything else is the error page's. */
function refusalLines(err: unknown, view: View): string[] | null {
  if (!(err instanceof DomainError) || ![400, 404, 409].includes(err.status)) return null;
  const fields = err.errors ?? [];
  if (fields.length === 0) return [`${inLang(err.message, view.lang)}（${err.code}）`];
  return fields.map((f) => `${f.field}：${inLang(f.message, view.lang)}（${f.code}）`);
}

const sendFile = (reply: FastifyReply, f: { fileName: string; mediaType: string; bytes: Buffer }) => reply
  .header('content-type', f.mediaType).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.fileName)}`)
  .header('cache-control', 'no-store').header('x-content-type-options', 'nosniff').send(f.bytes);

/**
 * Credit repair in the browser (docs/due-process.md): the subject's `/me/repairs`
 * (records with eligibility and the apply button, notices, applications) and the
 * console's queue and case pages. The repairs service decides again on each call.
 */
export function registerRepairPages(app: HttpApp, web: WebContext): void {
  const { repairs, subjects, lists } = web.services;
  const consolePage = createConsolePage(web);
  const ownSubject = (subjectId: string) => ownSubjectOf(subjects, subjectId);

  app.get('/me/repairs', HIDDEN, async (request, reply) => {
    const subjectId = mySubjectId(request.actor);
    const view = web.view(request, reply);
    const [candidates, applications, entries, subject] = await Promise.all([
      repairs.candidates(request.actor, subjectId), repairs.list(request.actor, { pageSize: 50 }), lists.list(request.actor, { pageSize: 50 }), ownSubject(subjectId),
    ]);
    return sendPage(reply, view, 200, meRepairsPage(view, subject, { candidates, applications: applications.items, entries: entries.items }));
  });

  async function applyForm(request: FastifyRequest, reply: FastifyReply, status: number, recordId: string, state: { fulfilment?: string; error?: string[] | null } = {}) {
    const subjectId = mySubjectId(request.actor);
    const view = web.view(request, reply);
    const candidate = (await repairs.candidates(request.actor, subjectId)).find((c) => c.record.id === recordId);
    if (!candidate) throw new NotFoundError('REPAIR_RECORD_NOT_FOUND', '未找到该信用记录 / no such record');
    const text = commitmentText('repair', `${candidate.record.typeName} ${candidate.record.docNo}`);
    return sendPage(reply, view, status, meRepairApplyPage(view, await ownSubject(subjectId), candidate, text, state));
  }

  app.get('/me/repairs/apply', HIDDEN, async (request, reply) => {
    const recordId = queryText(request.query, 'record', 40) ?? '';
    if (!UUID.test(recordId)) throw new NotFoundError('REPAIR_RECORD_NOT_FOUND', '未找到该信用记录 / no such record');
    return applyForm(request, reply, 200, recordId);
  });

  app.post('/me/repairs/apply', HIDDEN, async (request, reply) => {
    mySubjectId(request.actor);
    const view = web.view(request, reply);
    const recordId = formField(request, 'recordId', 40);
    const fulfilment = formField(request, 'fulfilment', 4000).trim();
    if (!UUID.test(recordId)) throw new NotFoundError('REPAIR_RECORD_NOT_FOUND', '未找到该信用记录 / no such record');
    if (fulfilment === '' || formField(request, 'commitmentAccepted') !== 'true') return applyForm(request, reply, 400, recordId, { fulfilment, error: [view.t('repairs.form.missing')] });
    try {
      const { repair } = await repairs.apply(request.actor, { recordId, fulfilment, commitmentAccepted: true });
      return redirect(reply, `/me/repairs/${repair.id}`);
    } catch (err) {
      const error = refusalLines(err, view);
      if (!error) throw err;
      return applyForm(request, reply, (err as DomainError).status, recordId, { fulfilment, error });
    }
  });

  app.get('/me/repairs/notices/:kind/:id', HIDDEN, async (request, reply) => {
    const subjectId = mySubjectId(request.actor);
    const { kind, id } = request.params as { kind: string; id: string };
    if ((kind !== 'record' && kind !== 'list_entry') || !UUID.test(id)) throw new NotFoundError('REPAIR_RECORD_NOT_FOUND', '未找到 / not found');
    const view = web.view(request, reply);
    const notice = await repairs.notice(request.actor, kind, id);
    return sendPage(reply, view, 200, repairNoticePage(view, await ownSubject(subjectId), notice));
  });

  app.get('/me/repairs/:id', HIDDEN, async (request, reply) => {
    const subjectId = mySubjectId(request.actor);
    const { id } = request.params as { id: string };
    if (!UUID.test(id)) throw new NotFoundError('REPAIR_NOT_FOUND', '未找到 / not found');
    const view = web.view(request, reply);
    return sendPage(reply, view, 200, meRepairCasePage(view, await ownSubject(subjectId), await repairs.get(request.actor, id)));
  });

  app.get('/me/repairs/:id/attachments/:attachmentId', HIDDEN, async (request, reply) => {
    mySubjectId(request.actor);
    const { id, attachmentId } = request.params as { id: string; attachmentId: string };
    if (!UUID.test(id) || !UUID.test(attachmentId)) throw new NotFoundError('REPAIR_NOT_FOUND', '未找到 / not found');
    return sendFile(reply, await repairs.attachment(request.actor, id, attachmentId));
  });

  app.get('/console/repairs', HIDDEN, consolePage('repairs', async ({ request, view, user, actor }) => {
    const raw = queryText(request.query, 'status', 20);
    const status = raw && /^[a-z_]+$/.test(raw) ? raw : undefined;
    const page = await repairs.list(actor, { ...(status ? { status } : {}), page: pageNumber(request.query), pageSize: 30 });
    return repairQueuePage(view, user, page, status);
  }));

  app.get('/console/repairs/:id', HIDDEN, consolePage('repairs', async ({ request, view, user, actor }) => {
    const { id } = request.params as { id: string };
    if (!UUID.test(id)) throw new NotFoundError('REPAIR_NOT_FOUND', '未找到 / not found');
    return repairCasePage(view, user, await repairs.get(actor, id), { done: queryText(request.query, 'done', 10) === '1' });
  }));

  app.get('/console/repairs/:id/attachments/:attachmentId', HIDDEN, consolePage('repairs', async ({ request, reply, actor }) => {
    const { id, attachmentId } = request.params as { id: string; attachmentId: string };
    if (!UUID.test(id) || !UUID.test(attachmentId)) throw new NotFoundError('REPAIR_NOT_FOUND', '未找到 / not found');
    return sendFile(reply, await repairs.attachment(actor, id, attachmentId));
  }));

  for (const step of STEPS) {
    app.post(`/console/repairs/:id/${step}`, HIDDEN, consolePage('repairs', async ({ request, reply, view, user, actor }) => {
      const { id } = request.params as { id: string };
      if (!UUID.test(id)) throw new NotFoundError('REPAIR_NOT_FOUND', '未找到 / not found');
      const reason = formField(request, 'reason', 2000).trim();
      try {
        await repairs[step](actor, id, reason === '' ? {} : { reason });
        return redirect(reply, `/console/repairs/${id}?done=1`);
      } catch (err) {
        const error = refusalLines(err, view);
        if (!error) throw err;
        return sendPage(reply, view, (err as DomainError).status, repairCasePage(view, user, await repairs.get(actor, id), { error }));
      }
    }));
  }
}
