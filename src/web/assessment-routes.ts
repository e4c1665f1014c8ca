import type { HttpApp } from '../kernel/http.js';
import { DomainError } from '../kernel/errors.js';
import type { WebContext } from './web-context.js';
import { createConsolePage, HIDDEN, queryText } from './console-page.js';
import { sendXlsx, workbook } from './dashboard-xlsx.js';
import { inLang } from './format.js';
import { sendPage } from './respond.js';
import { assessmentPage, scorecardHeaders, scorecardRows } from './pages/console-assessment.js';

/** The monthly department scorecard in the console, and its workbook for the office's evaluation of departments. */
export function registerAssessmentPages(app: HttpApp, web: WebContext): void {
  const consolePage = createConsolePage(web);
  const { assessment } = web.services;

  app.get('/console/assessment', HIDDEN, consolePage('assessment', async ({ request, reply, view, user, actor }) => {
    const month = queryText(request.query, 'month', 7);
    const query = month ? `?month=${encodeURIComponent(month)}` : '';
    try {
      const card = await assessment.scorecard(actor, { month });
      return assessmentPage(view, user, { card, month: card.month, error: null, query });
    } catch (err) {
      if (!(err instanceof DomainError) || err.status !== 400) throw err;
      return sendPage(reply, view, 400, assessmentPage(view, user, { card: null, month: month ?? '', error: inLang(err.errors?.[0]?.message ?? err.message, view.lang), query }));
    }
  }));

  app.get('/console/assessment/export.xlsx', HIDDEN, consolePage('assessment', async ({ request, reply, view, actor }) => {
    const card = await assessment.scorecard(actor, { month: queryText(request.query, 'month', 7) });
    const title = `${view.t('console.assessment')} ${card.month}`;
    const body = await workbook([{ name: card.month, title, headers: scorecardHeaders(view), rows: scorecardRows(view, card) }], view.t('assessment.lead'));
    return sendXlsx(reply, `xinyong-assessment-${card.month}.xlsx`, body);
  }));
}
