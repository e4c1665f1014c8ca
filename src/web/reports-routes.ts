import type { FastifyReply } from 'fastify';
import { DomainError, NotFoundError } from '../kernel/errors.js';
import type { HttpApp } from '../kernel/http.js';
import type { IssuedReport } from '../domains/reports/index.js';
import type { WebContext } from './web-context.js';
import { createConsolePage, HIDDEN, pageNumber, queryText } from './console-page.js';
import { formField } from './form.js';
import { sendPage } from './respond.js';
import { consoleReportsPage } from './pages/console-reports.js';
import { meReportsPage } from './pages/me-reports.js';
import { reportVerifyPage, type VerifyPageInput } from './pages/report-verify.js';
import { mySubjectId, ownSubject } from './me-subject.js';

/** As the API: issuing costs a PDF rendering, verifying guards 60-bit codes. */
const issueLimit = { rateLimit: { max: 60, timeWindow: '1 minute' } };
const verifyLimit = { rateLimit: { max: 30, timeWindow: '1 minute' } };
const SUBJECT_CODE = /^[0-9A-Za-z-]{1,40}$/;

/** The issued PDF as a download: the browser saves it under the report's number. */
function sendPdf(reply: FastifyReply, issued: IssuedReport): FastifyReply {
  return reply.code(200).type('application/pdf').header('cache-control', 'private, no-store')
    .header('content-disposition', `attachment; filename="${issued.report.reportNo}.pdf"`)
    .header('x-report-no', issued.report.reportNo).send(issued.pdf);
}

/**
 * Credit reports in the browser (SPEC §9, docs/reports.md): the public
 * verification page, the portal's "download public report" button, the
 * subject's own reports under /me, and the staff register in the console.
 * The reports service decides who may have which report.
 */
export function registerReportPages(app: HttpApp, web: WebContext): void {
  const { reports, subjects } = web.services;
  const consolePage = createConsolePage(web);

  app.get('/reports/verify', { ...HIDDEN, config: verifyLimit }, async (request, reply) => {
    const view = web.view(request, reply);
    const input: VerifyPageInput = {
      no: (queryText(request.query, 'no', 40) ?? '').trim(),
      code: (queryText(request.query, 'code', 40) ?? '').trim(),
      digest: (queryText(request.query, 'digest', 64) ?? '').trim(),
      result: { kind: 'none' },
    };
    if (input.no === '' && input.code === '') return sendPage(reply, view, 200, reportVerifyPage(view, input));
    if (input.no === '' || input.code === '') return sendPage(reply, view, 400, reportVerifyPage(view, { ...input, result: { kind: 'invalid' } }));
    try {
      const verification = await reports.verify(input.no, { code: input.code, ...(input.digest ? { digest: input.digest } : {}) });
      return sendPage(reply, view, 200, reportVerifyPage(view, { ...input, result: { kind: 'verified', verification } }));
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      if (err.code === 'REPORT_NOT_FOUND') return sendPage(reply, view, 404, reportVerifyPage(view, { ...input, result: { kind: 'notFound' } }));
      if (err.code === 'VALIDATION_FAILED') return sendPage(reply, view, 400, reportVerifyPage(view, { ...input, result: { kind: 'invalid' } }));
      throw err;
    }
  });

  // The portal's button: a public report of the subject, for anyone (a signed-in visitor's form carries its CSRF token).
  app.post('/reports', { ...HIDDEN, config: issueLimit }, async (request, reply) => {
    const subject = formField(request, 'subject', 40).trim();
    if (!SUBJECT_CODE.test(subject)) throw new NotFoundError('SUBJECT_NOT_FOUND', '未找到主体 / no such subject');
    return sendPdf(reply, await reports.issue(request.actor, { subject, kind: 'public' }));
  });

  app.get('/me/reports', HIDDEN, async (request, reply) => {
    const subjectId = mySubjectId(request.actor);
    const view = web.view(request, reply);
    return sendPage(reply, view, 200, meReportsPage(view, await ownSubject(subjects, subjectId)));
  });

  // The accounts hook has checked the form's _csrf against the session before this runs.
  app.post('/me/reports', { ...HIDDEN, config: issueLimit }, async (request, reply) => {
    const subjectId = mySubjectId(request.actor);
    const kind = formField(request, 'kind', 10) === 'public' ? 'public' : 'full';
    return sendPdf(reply, await reports.issue(request.actor, { subject: subjectId, kind }));
  });

  app.get('/console/reports', HIDDEN, consolePage('reports', async ({ request, view, user, actor }) => {
    const asked = queryText(request.query, 'subject', 40)?.trim();
    const subject = asked && SUBJECT_CODE.test(asked) ? asked : undefined;
    const register = await reports.register(actor, { ...(subject ? { subject } : {}), page: pageNumber(request.query), pageSize: 30 });
    return consoleReportsPage(view, user, { register, subject });
  }));
}
