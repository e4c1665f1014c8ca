import type { HttpApp } from '../kernel/http.js';
import { DomainError } from '../kernel/errors.js';
import { editsPlan } from '../domains/stats/index.js';
import type { WebContext } from './web-context.js';
import { createConsolePage, HIDDEN, queryText, type ConsoleRequest } from './console-page.js';
import { formField } from './form.js';
import { inLang } from './format.js';
import { redirect, sendPage } from './respond.js';
import { planPage, planTaskPage } from './pages/console-plan.js';

/** Plan tracking in the console: the tasks with overdue ones marked, each task's progress and notes (staff). */
export function registerPlanPages(app: HttpApp, web: WebContext): void {
  const consolePage = createConsolePage(web);
  const { plan } = web.services;

  app.get('/console/plan', HIDDEN, consolePage('plan', async ({ request, view, user, actor }) => {
    const status = queryText(request.query, 'status', 20) ?? '';
    const department = queryText(request.query, 'department', 100) ?? '';
    const overdueOnly = queryText(request.query, 'overdue', 5) === 'true';
    const all = await plan.list(actor, {});
    const tasks = all.filter((k) => (!status || k.status === status) && (!department || k.department === department) && (!overdueOnly || k.overdue));
    const summary = { total: all.length, done: all.filter((k) => k.status === 'done').length, overdue: all.filter((k) => k.overdue).length };
    return planPage(view, user, { tasks, indicators: await plan.indicators(actor), status, overdueOnly, department, departments: [...new Set(all.map((k) => k.department))].sort(), summary });
  }));

  app.get('/console/plan/:code', HIDDEN, consolePage('plan', async ({ request, view, user, actor }) => {
    const { code } = request.params as { code: string };
    return planTaskPage(view, user, { detail: await plan.get(actor, code), canEdit: editsPlan(actor), error: null, saved: queryText(request.query, 'saved', 5) === '1' });
  }));

  const refusal = async (c: ConsoleRequest, code: string, err: unknown) => {
    if (!(err instanceof DomainError) || ![400, 404, 409].includes(err.status)) throw err;
    const message = `${inLang(err.errors?.[0]?.message ?? err.message, c.view.lang)}（${err.code}）`;
    return sendPage(c.reply, c.view, err.status, planTaskPage(c.view, c.user, { detail: await plan.get(c.actor, code), canEdit: editsPlan(c.actor), error: message, saved: false }));
  };

  app.post('/console/plan/:code', HIDDEN, consolePage('plan', async (c) => {
    const { code } = c.request.params as { code: string };
    try {
      await plan.update(c.actor, code, { status: formField(c.request, 'status', 20), progress: Number(formField(c.request, 'progress', 5)), version: Number(formField(c.request, 'version', 10)) });
      return redirect(c.reply, `/console/plan/${encodeURIComponent(code)}?saved=1`);
    } catch (err) {
      return refusal(c, code, err);
    }
  }));

  app.post('/console/plan/:code/notes', HIDDEN, consolePage('plan', async (c) => {
    const { code } = c.request.params as { code: string };
    try {
      await plan.addNote(c.actor, code, { note: formField(c.request, 'note', 2000) });
      return redirect(c.reply, `/console/plan/${encodeURIComponent(code)}?saved=1`);
    } catch (err) {
      return refusal(c, code, err);
    }
  }));
}
