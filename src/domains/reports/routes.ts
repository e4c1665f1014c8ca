import { z } from 'zod';
import type { HttpApp } from '../../kernel/http.js';
import { problemResponses } from '../../kernel/http.js';
import type { ReportBatch } from './batch.js';
import { registerPageSchema, reportIssuedSchema, verificationSchema } from './present.js';
import { batchBodySchema, issueBodySchema, registerQuerySchema, verifyQuerySchema } from './schema.js';
import type { ReportService } from './service.js';

const tags = ['reports'];
const security: Array<Record<string, string[]>> = [{}, { session: [] }, { bearer: [] }];
const noParams = z.strictObject({ reportNo: z.string().min(1).max(40).describe('报告编号, e.g. XY-20260615-ABCD2345') });
const codeQuery = z.strictObject({ code: z.string().trim().min(1).max(40).describe('the verification code printed on the report') });
/** Issuing costs a PDF rendering; verifying guards 60-bit codes: both rate-limited per address. */
const issueLimit = { rateLimit: { max: 60, timeWindow: '1 minute' } };
const verifyLimit = { rateLimit: { max: 30, timeWindow: '1 minute' } };

/** Credit reports over HTTP (SPEC §9): issue, download again, verify, batch, the staff register. */
export function registerReportRoutes(app: HttpApp, deps: { reports: ReportService; batch: ReportBatch }): void {
  const { reports, batch } = deps;

  app.post('/api/v1/reports', {
    config: issueLimit,
    schema: {
      tags, security,
      summary: '出具信用报告 / issue a credit report',
      description: '`kind: public` (anyone: public information inside its publicity window) or `full` (the subject\'s own accounts and parties it authorised; `REPORT_FULL_NOT_ALLOWED` otherwise). Answers the report number, the verification code (shown this once), the digests and the links to the PDF and HTML.',
      body: issueBodySchema,
      response: { 201: reportIssuedSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    const { report } = await reports.issue(request.actor, request.body);
    return reply.code(201).header('cache-control', 'no-store').send(report);
  });

  const download = (format: 'pdf' | 'html') => app.get(`/api/v1/reports/:reportNo/${format}`, {
    config: verifyLimit,
    schema: {
      tags, summary: format === 'pdf' ? '报告 PDF / the report as PDF' : '报告 HTML / the report as HTML',
      description: 'Rendered again from the stored snapshot: the PDF is byte for byte the one issued (its SHA-256 is the `pdfSha256` of the verification). Needs the verification code.',
      params: noParams, querystring: codeQuery, produces: [format === 'pdf' ? 'application/pdf' : 'text/html'], response: problemResponses,
    },
  }, async (request, reply) => {
    const { body, reportNo } = await reports.render(request.params.reportNo, request.query.code, format);
    reply.header('cache-control', 'private, no-store');
    if (format === 'html') return reply.type('text/html; charset=utf-8').send(body as never);
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="${reportNo}.pdf"`).send(body as never);
  });
  download('pdf');
  download('html');

  app.get('/api/v1/reports/:reportNo/verify', {
    config: verifyLimit,
    schema: {
      tags,
      summary: '核验信用报告 / verify a report',
      description: 'Confirms the number, the subject, the issue time and the digests. With `digest` (the SHA-256 of the PDF you hold) `digestMatches` says whether the file is the one issued and `valid` is false when it is not. A wrong number or code answers `404 REPORT_NOT_FOUND`.',
      params: noParams, querystring: verifyQuerySchema,
      response: { 200: verificationSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return reports.verify(request.params.reportNo, request.query);
  });

  app.post('/api/v1/reports/batch', {
    config: issueLimit,
    schema: {
      tags, security: security.slice(1),
      summary: '批量出具信用报告（zip）/ reports for a list of subjects, as a zip',
      description: 'One PDF per subject and `manifest.csv` (subject, status, report_no, verification_code, pdf_sha256, file, error). A subject that gets no report is listed with the refusal\'s code. Signed-in users and API keys.',
      body: batchBodySchema, produces: ['application/zip'], response: problemResponses,
    },
  }, async (request, reply) => {
    const { zip, batchId } = await batch(request.actor, request.body);
    return reply.type('application/zip').header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="reports-${batchId}.zip"`).send(zip as never);
  });

  app.get('/api/v1/reports', {
    schema: {
      tags, security: security.slice(1),
      summary: '报告登记簿 / the register of issued reports (staff, auditors)',
      querystring: registerQuerySchema,
      response: { 200: registerPageSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return reports.register(request.actor, request.query);
  });
}
