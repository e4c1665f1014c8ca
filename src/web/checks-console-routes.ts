import type { HttpApp } from '../kernel/http.js';
import { DomainError } from '../kernel/errors.js';
import type { Scenario } from '../domains/checks/index.js';
import type { WebContext } from './web-context.js';
import { createConsolePage, HIDDEN, queryText } from './console-page.js';
import { formField } from './form.js';
import { inLang } from './format.js';
import { sendPage } from './respond.js';
import type { View } from './view.js';
import { checkPage } from './pages/console-checks.js';
import { checkStatsPage } from './pages/console-checks-stats.js';

/** A refusal the page can explain (bad input, no such subject, not allowed); anything else is the error page's. */
function refusal(err: unknown, view: View): string | null {
  if (!(err instanceof DomainError) || err.status >= 500) return null;
  const field = err.errors?.[0];
  return `${inLang(field?.message ?? err.message, view.lang)}（${field?.code ?? err.code}）`;
}

/** Credit checks in the console (SPEC §6): run a check as the signed-in user, and the feedback statistics. The service decides who may. */
export function registerChecksConsoleRoutes(app: HttpApp, web: WebContext): void {
  const { checks } = web.services;
  const consolePage = createConsolePage(web);

  app.get('/console/checks', HIDDEN, consolePage('checks', async ({ view, user }) => checkPage(view, user)));

  app.post('/console/checks', HIDDEN, consolePage('checks', async ({ request, reply, view, user, actor }) => {
    const values = { subject: formField(request, 'subject', 200).trim(), scenario: formField(request, 'scenario', 40), at: formField(request, 'at', 10) };
    try {
      const result = await checks.check(actor, { subject: values.subject, scenario: values.scenario as Scenario, ...(values.at ? { at: values.at } : {}) });
      return checkPage(view, user, { values, result });
    } catch (err) {
      const error = refusal(err, view);
      if (error === null) throw err;
      return sendPage(reply, view, err instanceof DomainError ? err.status : 400, checkPage(view, user, { values, error }));
    }
  }));

  app.get('/console/checks/stats', HIDDEN, consolePage('checkStats', async ({ request, reply, view, user, actor }) => {
    const asked = { from: queryText(request.query, 'from', 10), to: queryText(request.query, 'to', 10), scenario: queryText(request.query, 'scenario', 40) };
    try {
      const stats = await checks.stats(actor, { ...(asked.from ? { from: asked.from } : {}), ...(asked.to ? { to: asked.to } : {}), ...(asked.scenario ? { scenario: asked.scenario as Scenario } : {}) });
      return checkStatsPage(view, user, { stats, period: { from: stats.from, to: stats.to, scenario: stats.scenario ?? '' }, error: null });
    } catch (err) {
      if (!(err instanceof DomainError) || err.status !== 400) throw err;
      const period = { from: asked.from ?? '', to: asked.to ?? '', scenario: asked.scenario ?? '' };
      return sendPage(reply, view, 400, checkStatsPage(view, user, { stats: null, period, error: refusal(err, view) }));
    }
  }));
}
