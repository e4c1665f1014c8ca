import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../kernel/actor.js';
import type { HttpApp } from '../kernel/http.js';
import { DomainError } from '../kernel/errors.js';
import { DISPLAY_STATUSES, type ListEntryDetail } from '../domains/lists/index.js';
import type { WebContext } from './web-context.js';
import { createConsolePage, HIDDEN, pageNumber, queryText, type ConsoleRequest } from './console-page.js';
import { formField } from './form.js';
import { inLang } from './format.js';
import { redirect, sendPage } from './respond.js';
import type { View } from './view.js';
import { listsIndexPage, proposePage } from './pages/console-lists.js';
import { entryPage } from './pages/console-lists-entry.js';
import { FORM_STEPS, stepPath, type FormStep } from './pages/console-lists-forms.js';

const PAGE_SIZE = 30;
/** Form fields per step, as the service's bodies name them (empty fields are left out: the service's defaults apply). */
const STEP_FIELDS: Record<FormStep, readonly string[]> = {
  notify: ['noticeNo', 'remedies'],
  object: ['content'],
  decide: ['decisionNo', 'decidingAuthority', 'effectiveFrom', 'effectiveTo', 'reasons', 'legalBasis', 'remedies'],
  remove: ['reason'],
  revoke: ['reason'],
  withdraw: ['reason'],
};

/** A refusal the page can explain (bad input, a step the state does not allow, something missing); anything else is the error page's. */
function refusalLines(err: unknown, view: View): string[] | null {
  if (!(err instanceof DomainError) || ![400, 404, 409].includes(err.status)) return null;
  const fields = err.errors ?? [];
  if (fields.length === 0) return [`${inLang(err.message, view.lang)}（${err.code}）`];
  return fields.map((f) => `${f.field}：${inLang(f.message, view.lang)}（${f.code}）`);
}

/** The posted fields of a form, trimmed; empty ones left out. */
function formValues(request: FastifyRequest, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = formField(request, name, 4000).trim();
    if (value !== '') values[name] = value;
  }
  return values;
}

/** List management in the console (SPEC §5): entries by status, the proposal form, an entry with its next steps. The service decides who may do what. */
export function registerListsConsoleRoutes(app: HttpApp, web: WebContext): void {
  const { lists } = web.services;
  const consolePage = createConsolePage(web);
  const mayPropose = (a: Actor) => a.role === 'staff' || a.role === 'admin';

  async function showEntry(c: ConsoleRequest, entry: ListEntryDetail, status: number, state: Parameters<typeof entryPage>[4]): Promise<FastifyReply> {
    return sendPage(c.reply, c.view, status, entryPage(c.view, c.user, entry, await lists.type(entry.listType), state));
  }

  app.get('/console/lists', HIDDEN, consolePage('lists', async ({ request, view, user, actor }) => {
    const status = queryText(request.query, 'status', 20);
    const listType = queryText(request.query, 'listType', 60);
    const filter = {
      status: status && (DISPLAY_STATUSES as readonly string[]).includes(status) ? status : undefined,
      listType: listType && /^[a-z0-9_]+$/.test(listType) ? listType : undefined,
    };
    const page = pageNumber(request.query);
    const entries = await lists.list(actor, { ...filter, page, pageSize: PAGE_SIZE });
    return listsIndexPage(view, user, { entries, types: await lists.types(), filter, page, canPropose: mayPropose(actor) });
  }));

  app.get('/console/lists/new', HIDDEN, consolePage('lists', async ({ view, user }) => proposePage(view, user, await lists.types())));

  app.post('/console/lists', HIDDEN, consolePage('lists', async ({ request, reply, view, user, actor }) => {
    const values = formValues(request, ['listType', 'subjectCode', 'reasons', 'legalBasis', 'evidenceRecordIds']);
    const evidence = (values.evidenceRecordIds ?? '').split(/[\s,，、;；]+/).filter(Boolean);
    try {
      const { entry } = await lists.propose(actor, {
        listType: values.listType ?? '', subjectCode: values.subjectCode ?? '', reasons: values.reasons ?? '',
        ...(values.legalBasis ? { legalBasis: values.legalBasis } : {}), ...(evidence.length > 0 ? { evidenceRecordIds: evidence } : {}),
      });
      return redirect(reply, `/console/lists/${entry.id}?done=propose`);
    } catch (err) {
      const error = refusalLines(err, view);
      if (!error) throw err;
      return sendPage(reply, view, (err as DomainError).status, proposePage(view, user, await lists.types(), { values, error }));
    }
  }));

  app.get('/console/lists/:id', HIDDEN, consolePage('lists', async (c) => {
    const { id } = c.request.params as { id: string };
    const done = queryText(c.request.query, 'done', 20);
    return showEntry(c, await lists.get(c.actor, id), 200, { done: done && /^[a-z]+$/.test(done) ? done : null });
  }));

  for (const step of FORM_STEPS) {
    app.post(`/console/lists/:id/${stepPath(step)}`, HIDDEN, consolePage('lists', async (c) => {
      const { id } = c.request.params as { id: string };
      const values = formValues(c.request, STEP_FIELDS[step]);
      try {
        const actions = { notify: lists.notify, object: lists.object, decide: lists.decide, remove: lists.remove, revoke: lists.revoke, withdraw: lists.withdraw };
        await actions[step](c.actor, id, values);
        return redirect(c.reply, `/console/lists/${id}?done=${step}`);
      } catch (err) {
        const error = refusalLines(err, c.view);
        if (!error) throw err;
        return showEntry(c, await lists.get(c.actor, id), (err as DomainError).status, { error, values: { ...values, step } });
      }
    }));
  }

  app.post('/console/lists/:id/objections/:objectionId/answer', HIDDEN, consolePage('lists', async (c) => {
    const { id, objectionId } = c.request.params as { id: string; objectionId: string };
    try {
      await lists.answer(c.actor, id, objectionId, formValues(c.request, ['answer']));
      return redirect(c.reply, `/console/lists/${id}?done=answer`);
    } catch (err) {
      const error = refusalLines(err, c.view);
      if (!error) throw err;
      return showEntry(c, await lists.get(c.actor, id), (err as DomainError).status, { error });
    }
  }));
}
