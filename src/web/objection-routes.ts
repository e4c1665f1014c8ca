import type { FastifyRequest } from 'fastify';
import type { Actor } from '../kernel/actor.js';
import { DomainError } from '../kernel/errors.js';
import type { HttpApp } from '../kernel/http.js';
import { OBJECTION_STATUSES, type ObjectionAction, type ObjectionRecord } from '../domains/objections/index.js';
import type { WebContext } from './web-context.js';
import { createConsolePage, HIDDEN, pageNumber, queryText } from './console-page.js';
import { formField } from './form.js';
import { inLang } from './format.js';
import { redirect, sendPage } from './respond.js';
import type { View } from './view.js';
import { objectionFormPage, objectionReceiptPage, objectionTrackPage } from './pages/portal-objection.js';
import { objectionCasePage, objectionQueuePage, type CorrectionField } from './pages/console-objections.js';

const LIMITED = { ...HIDDEN, config: { rateLimit: { max: 20, timeWindow: '1 minute' } } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STAFF_ACTIONS = ['accept', 'refuse', 'forward', 'correct', 'remove', 'uphold', 'reply'] as const satisfies readonly ObjectionAction[];

/** A refusal the page can explain (bad input, a step the state or role does not allow); anything else is the error page's. */
function refusalLines(err: unknown, view: View): string[] | null {
  if (!(err instanceof DomainError) || ![400, 403, 404, 409].includes(err.status)) return null;
  const fields = err.errors ?? [];
  if (fields.length === 0) return [`${inLang(err.message, view.lang)}（${err.code}）`];
  return fields.map((f) => `${f.field}：${inLang(f.message, view.lang)}（${f.code}）`);
}

/** The posted `field.KEY` values that differ from the record as it stands: what the correction changes. */
function changedFields(request: FastifyRequest, current: Array<{ key: string; value: string }>): Record<string, string | null> {
  const changes: Record<string, string | null> = {};
  for (const f of current) {
    const posted = formField(request, `field.${f.key}`, 4000).trim();
    if (posted !== f.value.trim()) changes[f.key] = posted === '' ? null : posted;
  }
  return changes;
}

/**
 * Objections in the browser (docs/due-process.md, "Objections"): the portal
 * form ("提出异议" on every record card), the tracking page, and the console's
 * queue and case pages. The service decides who may do what.
 */
export function registerObjectionPages(app: HttpApp, web: WebContext): void {
  const { objections } = web.services;
  const consolePage = createConsolePage(web);

  async function recordOrNull(id: string | undefined): Promise<ObjectionRecord | null> {
    if (!id || !UUID.test(id)) return null;
    try {
      const { view } = await objections.recordForForm(id);
      return view.status === 'active' ? view : null;
    } catch (err) {
      if (err instanceof DomainError && err.status === 404) return null;
      throw err;
    }
  }

  const accountName = (view: View) => (view.actor.kind === 'user' && view.actor.id !== null ? view.actor.id : null);

  app.get('/objections/new', HIDDEN, async (request, reply) => {
    const view = web.view(request, reply);
    const record = await recordOrNull(queryText(request.query, 'record', 40));
    const page = objectionFormPage(view, { record, deadlines: await objections.deadlines(), accountName: await objections.accountName(accountName(view)) });
    return sendPage(reply, view, record ? 200 : 404, page);
  });

  app.post('/objections', LIMITED, async (request, reply) => {
    const view = web.view(request, reply);
    const values = { recordId: formField(request, 'recordId', 40).trim(), name: formField(request, 'name', 100).trim(), contact: formField(request, 'contact', 254).trim(), reasons: formField(request, 'reasons', 4000).trim() };
    try {
      const { objection, queryCode } = await objections.submit(request.actor, {
        recordId: values.recordId, reasons: values.reasons, ...(values.name ? { name: values.name } : {}), ...(values.contact ? { contact: values.contact } : {}),
      });
      reply.header('cache-control', 'no-store');
      return sendPage(reply, view, 201, objectionReceiptPage(view, objection, queryCode, accountName(view) !== null));
    } catch (err) {
      const error = refusalLines(err, view);
      if (!error) throw err;
      const page = objectionFormPage(view, {
        record: await recordOrNull(values.recordId), deadlines: await objections.deadlines(), accountName: await objections.accountName(accountName(view)), values, error,
      });
      return sendPage(reply, view, (err as DomainError).status, page);
    }
  });

  app.get('/objections/track', HIDDEN, async (request, reply) => {
    const view = web.view(request, reply);
    return sendPage(reply, view, 200, objectionTrackPage(view, {}));
  });

  app.post('/objections/track', LIMITED, async (request, reply) => {
    const view = web.view(request, reply);
    const caseNo = formField(request, 'caseNo', 40).trim();
    const queryCode = formField(request, 'queryCode', 40).trim();
    reply.header('cache-control', 'no-store');
    try {
      const found = await objections.track(request.actor, { caseNo, queryCode });
      return sendPage(reply, view, 200, objectionTrackPage(view, { caseNo, found, queryCode }));
    } catch (err) {
      if (!(err instanceof DomainError) || err.status >= 500) throw err;
      return sendPage(reply, view, 404, objectionTrackPage(view, { caseNo, error: view.t('objections.track.invalid') }));
    }
  });

  app.post('/objections/track/withdraw', LIMITED, async (request, reply) => {
    const view = web.view(request, reply);
    const body = { caseNo: formField(request, 'caseNo', 40).trim(), queryCode: formField(request, 'queryCode', 40).trim(), note: formField(request, 'note', 4000).trim() };
    reply.header('cache-control', 'no-store');
    try {
      const found = await objections.withdrawByQueryCode(request.actor, body);
      return sendPage(reply, view, 200, objectionTrackPage(view, { caseNo: body.caseNo, found, done: view.t('objections.track.withdrawn') }));
    } catch (err) {
      const error = refusalLines(err, view);
      if (!error) throw err;
      return sendPage(reply, view, (err as DomainError).status, objectionTrackPage(view, { caseNo: body.caseNo, error: error.join('；') }));
    }
  });

  app.get('/console/objections', HIDDEN, consolePage('objections', async ({ request, view, user, actor }) => {
    const status = queryText(request.query, 'status', 20);
    const filter = { status: status && (OBJECTION_STATUSES as readonly string[]).includes(status) ? status : undefined, overdue: queryText(request.query, 'overdue', 5) === 'true' };
    const page = pageNumber(request.query);
    const list = await objections.list(actor, { ...(filter.status ? { status: filter.status } : {}), ...(filter.overdue ? { overdue: 'true' } : {}), page, pageSize: 30 });
    return objectionQueuePage(view, user, { items: list.items, hasMore: list.hasMore, page, filter });
  }));

  /** The correction form's fields with their catalogue types, so the page can say the unit, format or options of each. */
  const correctionFields = async (actor: Actor, id: string, typeCode: string): Promise<CorrectionField[]> => {
    const [fields, type] = await Promise.all([objections.correctionForm(actor, id), web.services.catalog.current(typeCode)]);
    const defs = new Map(type.definition.fields.map((f) => [f.key, f]));
    return fields.map((f) => ({ ...f, type: defs.get(f.key)?.type, options: defs.get(f.key)?.options }));
  };

  const showCase = async (c: Parameters<Parameters<typeof consolePage>[1]>[0], id: string, state: { done?: string | null; error?: string[] | null } = {}) => {
    const detail = await objections.detail(c.actor, id);
    const correction = detail.allowedActions.includes('correct') ? await correctionFields(c.actor, id, detail.record.typeCode) : null;
    return objectionCasePage(c.view, c.user, detail, { ...state, correction });
  };

  app.get('/console/objections/:id', HIDDEN, consolePage('objections', async (c) => {
    const { id } = c.request.params as { id: string };
    const done = queryText(c.request.query, 'done', 20);
    return showCase(c, id, { done: done && (STAFF_ACTIONS as readonly string[]).includes(done) ? done : null });
  }));

  for (const action of STAFF_ACTIONS) {
    app.post(`/console/objections/:id/${action}`, HIDDEN, consolePage('objections', async (c) => {
      const { id } = c.request.params as { id: string };
      const note = formField(c.request, 'note', 4000).trim();
      try {
        const input = action === 'correct' ? { note, fields: changedFields(c.request, await objections.correctionForm(c.actor, id)) } : { note };
        await objections.act(c.actor, id, action, input);
        return redirect(c.reply, `/console/objections/${id}?done=${action}`);
      } catch (err) {
        const error = refusalLines(err, c.view);
        if (!error) throw err;
        return sendPage(c.reply, c.view, (err as DomainError).status, await showCase(c, id, { error }));
      }
    }));
  }
}
