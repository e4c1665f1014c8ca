import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { HttpApp } from '../../kernel/http.js';
import { problemResponses } from '../../kernel/http.js';
import { complaintDetailSchema, complaintPageSchema, type ComplaintDetail, submittedSchema, trackViewSchema } from './present.js';
import { assignSchema, complaintQuerySchema, complaintSubmitSchema, concludeSchema, rejectSchema, startSchema, statsQuerySchema, trackSchema } from './schema.js';
import type { ComplaintService } from './service.js';
import { complaintStatsSchema } from './stats.js';

const tags = ['complaints'];
const security: Array<Record<string, string[]>> = [{ session: [] }, { bearer: [] }];
const idParams = z.strictObject({ id: z.uuid() });
const detailResponses = { 200: complaintDetailSchema, ...problemResponses };
/** The public form and the tracking lookup: per address, like the sign-in form. */
export const COMPLAINT_RATE_LIMIT = { max: 10, timeWindow: '1 minute' } as const;

/** Complaints: the public form and lookup (rate-limited), the office's and departments' handling, statistics. */
export function registerComplaintRoutes(app: HttpApp, complaints: ComplaintService): void {
  app.post('/api/v1/complaints', {
    schema: {
      tags,
      headers: z.object({ 'idempotency-key': z.string().min(1).max(100).optional().describe('a retry with the same key (and contact) answers the same case, with a new query code') }),
      summary: '投诉举报 / file a complaint about a subject\'s conduct or a credit service agency (anyone; rate-limited)',
      description: 'Answers 201 with the case number and a query code shown this once. A subject given by code is routed at once to the department most of its records come from; an agency complaint to the credit office. Attachments: up to 3 PDF/JPEG/PNG files of at most 256 KiB each, base64.',
      body: complaintSubmitSchema,
      response: { 201: submittedSchema, 200: submittedSchema, ...problemResponses },
    },
    config: { rateLimit: COMPLAINT_RATE_LIMIT },
  }, async (request, reply) => {
    const key = request.headers['idempotency-key'];
    const { created, ...receipt } = await complaints.submit(request.actor, request.body, { requestKey: typeof key === 'string' && key !== '' ? key : undefined });
    return reply.code(created ? 201 : 200).header('cache-control', 'no-store').send(receipt);
  });

  app.post('/api/v1/complaints/track', {
    schema: {
      tags,
      summary: '查询办理进度 / follow a complaint by case number and query code (anyone; rate-limited)',
      description: 'A POST, so that the query code stays out of URLs and logs. A wrong case number or code answers `COMPLAINT_NOT_FOUND` alike.',
      body: trackSchema,
      response: { 200: trackViewSchema, ...problemResponses },
    },
    config: { rateLimit: COMPLAINT_RATE_LIMIT },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return complaints.track(request.body);
  });

  app.get('/api/v1/complaints', {
    schema: {
      tags, security,
      summary: '投诉举报列表 / the queue (credit office, reviewers, auditors; a department its own)',
      querystring: complaintQuerySchema,
      response: { 200: complaintPageSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return complaints.list(request.actor, request.query);
  });

  app.get('/api/v1/complaints/stats', {
    schema: {
      tags, security,
      summary: '投诉举报统计 / statistics (credit office, reviewers, auditors)',
      description: 'Complaints received in [from, to]: by status, outcome and department, overdue today, average working days from receipt to conclusion (the working-day calendar\'s).',
      querystring: statsQuerySchema,
      response: { 200: complaintStatsSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return complaints.stats(request.actor, request.query);
  });

  app.get('/api/v1/complaints/:id', {
    schema: { tags, security, summary: '投诉举报详情 / a case with its history', params: idParams, response: detailResponses },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return complaints.get(request.actor, request.params.id);
  });

  app.get('/api/v1/complaints/:id/attachments/:attachmentId', {
    schema: { tags, security, summary: '附件 / an attachment', params: z.strictObject({ id: z.uuid(), attachmentId: z.uuid() }) },
  }, async (request, reply) => {
    const a = await complaints.attachment(request.actor, request.params.id, request.params.attachmentId);
    return reply.header('cache-control', 'no-store').header('x-content-type-options', 'nosniff')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(a.fileName)}`).type(a.contentType).send(a.content);
  });

  const step = (path: string, summary: string, description: string, body: z.ZodType, run: (r: FastifyRequest<{ Params: { id: string } }>) => Promise<ComplaintDetail>) =>
    app.post(`/api/v1/complaints/:id/${path}`, {
      schema: { tags, security, summary, description, params: idParams, body, response: detailResponses },
    }, async (request) => run(request as FastifyRequest<{ Params: { id: string } }>));

  step('assign', '分派或改派 / route to a department (credit office)',
    'From received, assigned (reroute) or in_progress (reroute: the new department accepts again). `departmentId` defaults to the department most of the subject\'s records come from (`COMPLAINT_DEPARTMENT_REQUIRED` when there is none). The department has the assigned-step deadline to accept.',
    assignSchema, (r) => complaints.assign(r.actor, r.params.id, r.body));
  step('start', '受理 / accept (the assigned department)', 'Only an `assigned` complaint (`COMPLAINT_NOT_ASSIGNED`). Starts the conclusion deadline.',
    startSchema, (r) => complaints.start(r.actor, r.params.id, r.body));
  step('conclude', '办结 / conclude with an outcome (the assigned department)', 'Only an `in_progress` complaint (`COMPLAINT_NOT_STARTED`). The complainant is told the outcome.',
    concludeSchema, (r) => complaints.conclude(r.actor, r.params.id, r.body));
  step('reject', '不予受理 / reject (credit office or the assigned department, before acceptance)', 'From received or assigned (`COMPLAINT_ALREADY_STARTED` after acceptance).',
    rejectSchema, (r) => complaints.reject(r.actor, r.params.id, r.body));
}
