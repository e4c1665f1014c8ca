import type { HttpApp } from '../kernel/http.js';
import { DomainError } from '../kernel/errors.js';
import type { WebContext } from './web-context.js';
import { createConsolePage, HIDDEN, pageNumber, queryText } from './console-page.js';
import { consoleChoices } from './console-choices.js';
import { inLang } from './format.js';
import { sendPage } from './respond.js';
import { lateRecordsPage, qualityPage } from './pages/console-quality.js';

const LATE_PAGE_SIZE = 50;

/** Provider data quality in the console: the table, and each department's late records. The service decides who sees which. */
export function registerQualityRoutes(app: HttpApp, web: WebContext): void {
  const { providerQuality } = web.services;
  const consolePage = createConsolePage(web);
  const choices = consoleChoices(web);
  const periodOf = (query: unknown) => ({ from: queryText(query, 'from', 10), to: queryText(query, 'to', 10) });

  app.get('/console/quality', HIDDEN, consolePage('quality', async ({ request, reply, view, user, actor }) => {
    const asked = periodOf(request.query);
    const types = await choices.typeNames();
    try {
      const report = await providerQuality.report(actor, asked);
      return qualityPage(view, user, { report, period: { from: report.from, to: report.to }, error: null, types });
    } catch (err) {
      if (!(err instanceof DomainError) || err.status !== 400) throw err;
      const error = inLang(err.errors?.[0]?.message ?? err.message, view.lang);
      const page = qualityPage(view, user, { report: null, period: { from: asked.from ?? '', to: asked.to ?? '' }, error, types });
      return sendPage(reply, view, 400, page);
    }
  }));

  app.get('/console/quality/:departmentId/late', HIDDEN, consolePage('quality', async ({ request, view, user, actor }) => {
    const { departmentId } = request.params as { departmentId: string };
    const late = await providerQuality.late(actor, departmentId, { ...periodOf(request.query), page: pageNumber(request.query), pageSize: LATE_PAGE_SIZE });
    return lateRecordsPage(view, user, late, await choices.typeNames());
  }));
}
