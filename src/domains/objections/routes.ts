import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { HttpApp } from '../../kernel/http.js';
import { problemResponses } from '../../kernel/http.js';
import { objectionDetailSchema, objectionPageSchema, objectorViewSchema, submittedSchema } from './present.js';
import { correctBodySchema, deadlinesSchema, noteBodySchema, queueQuerySchema, submitBodySchema, trackBodySchema } from './schema.js';
import type { ObjectionService } from './service.js';

const tags = ['objections'];
const security: Array<Record<string, string[]>> = [{ session: [] }, { bearer: [] }];
const idParams = z.strictObject({ id: z.uuid() });
const attachmentParams = z.strictObject({ id: z.uuid(), attachmentId: z.uuid() });
const idempotencyHeaders = z.object({
  'idempotency-key': z.string().min(1).max(100).optional().describe('a retry with the same key answers the case the first request filed (without its query code), and files nothing twice'),
});
const caseResponses = { 200: z.union([objectionDetailSchema, objectorViewSchema]), ...problemResponses };
/** Public endpoints that take a query code: slow enough that guessing one is hopeless. */
const LIMITED = { rateLimit: { max: 20, timeWindow: '1 minute' } };

const requestKey = (request: FastifyRequest) => {
  const key = request.headers['idempotency-key'];
  return { requestKey: typeof key === 'string' && key !== '' ? key.slice(0, 100) : undefined };
};

/** Objections (异议, SPEC §8): anyone files and follows a case; the office and the source department handle it. */
export function registerObjectionRoutes(app: HttpApp, objections: ObjectionService): void {
  app.post('/api/v1/objections', {
    config: LIMITED,
    schema: {
      tags, headers: idempotencyHeaders,
      summary: '提出异议 / object to a record (anyone)',
      description: 'With a session or key the case is the account\'s; without one, `name` and `contact` (a phone number or an email address) are required (`OBJECTION_OBJECTOR_REQUIRED`). Attachments: PDF, PNG or JPEG, base64, at most 3 of 2 MB each, checked by content (`OBJECTION_ATTACHMENT_INVALID`). 201 with the case and its **query code, shown this once**. The record shows 异议处理中 (`underObjection: true`) in every view until the case closes.',
      body: submitBodySchema,
      response: { 201: submittedSchema, 200: submittedSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const { objection, queryCode, created } = await objections.submit(request.actor, request.body, requestKey(request));
    return reply.code(created ? 201 : 200).send({ objection, queryCode });
  });

  app.post('/api/v1/objections/track', {
    config: LIMITED,
    schema: {
      tags,
      summary: '查询异议办理情况 / follow a case by case number and query code',
      description: 'The objector\'s view: status, the current step\'s deadline, outcome and reasons, the steps taken (by role). A wrong number or code answers `OBJECTION_QUERY_CODE_INVALID` (404), the same for both.',
      body: trackBodySchema,
      response: { 200: objectorViewSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return objections.track(request.actor, request.body);
  });

  app.post('/api/v1/objections/track/withdraw', {
    config: LIMITED,
    schema: {
      tags,
      summary: '撤回异议 / the objector withdraws its case (by case number and query code)',
      description: 'Only while the case is open and before the source department has verified it.',
      body: trackBodySchema.extend(noteBodySchema.shape),
      response: { 200: objectorViewSchema, ...problemResponses },
    },
  }, async (request) => objections.withdrawByQueryCode(request.actor, request.body));

  app.get('/api/v1/objections', {
    schema: {
      tags, security,
      summary: '异议队列 / the queue (office and auditors: all; a source department: its cases; anyone else: its own)',
      description: 'Open cases with the nearest deadline first. `overdue=true`: open cases past their step\'s last day.',
      querystring: queueQuerySchema,
      response: { 200: objectionPageSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return objections.list(request.actor, request.query);
  });

  app.get('/api/v1/objections/deadlines', {
    schema: { tags, summary: '各环节办理时限（工作日）/ working days each step allows', response: { 200: deadlinesSchema, ...problemResponses } },
  }, async () => objections.deadlines());

  app.put('/api/v1/objections/deadlines', {
    schema: { tags, security, summary: '设置办理时限 / set the working days each step allows (admins)', body: deadlinesSchema, response: { 200: deadlinesSchema, ...problemResponses } },
  }, async (request) => objections.setDeadlines(request.actor, request.body));

  app.get('/api/v1/objections/:id', {
    schema: {
      tags, security,
      summary: '异议案件 / a case (staff view; the objector\'s account gets its own view)',
      params: idParams,
      response: caseResponses,
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return objections.get(request.actor, request.params.id);
  });

  app.get('/api/v1/objections/:id/attachments/:attachmentId', {
    schema: { tags, security, summary: '异议附件 / an attachment (staff, the objector\'s account)', params: attachmentParams },
  }, async (request, reply) => {
    const file = await objections.attachment(request.actor, request.params.id, request.params.attachmentId);
    return reply.header('cache-control', 'no-store').header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`).send(file.bytes);
  });

  const step = (path: 'accept' | 'refuse' | 'forward' | 'remove' | 'uphold' | 'reply' | 'withdraw', summary: string, description: string) =>
    app.post(`/api/v1/objections/:id/${path}`, {
      schema: { tags, security, summary, description, params: idParams, body: noteBodySchema, response: { 200: objectorViewSchema, ...problemResponses } },
    }, async (request) => objections.act(request.actor, (request.params as { id: string }).id, path, request.body));

  step('accept', '受理 / accept (credit office)', '`submitted` → `self_check`; the self-check\'s deadline starts (2 working days by default).');
  step('refuse', '不予受理 / refuse, with reasons (credit office)', '`submitted` → `refused` (closed).');
  step('forward', '自查完毕，转数据来源单位核实 / self-check done, forward to the source department (credit office)', '`self_check` → `verifying` (10 working days by default).');
  step('remove', '核实：撤回记录 / verified: the record is withdrawn (source department)', 'Withdraws the record through the records domain, in the same transaction. `verifying` → `verified`, outcome `removed`.');
  step('uphold', '核实：维持 / verified: the record stands, with reasons (source department)', '`verifying` → `verified`, outcome `upheld`.');
  step('reply', '答复异议人 / reply to the objector (credit office)', '`verified` → `replied` (closed); 异议处理中 ends with the last open case on the record.');
  step('withdraw', '撤回异议 / withdraw (the objector\'s account)', '`submitted`, `self_check` or `verifying` → `withdrawn`.');

  app.post('/api/v1/objections/:id/correct', {
    schema: {
      tags, security,
      summary: '核实：更正记录 / verified: the record is corrected (source department)',
      description: 'A new version of the record through the records domain\'s ingestion (same validation as `POST /records`): the stored fields with `fields` over them. Refused when it would change nothing (`OBJECTION_CORRECTION_UNCHANGED`), change the document number (`OBJECTION_CORRECTION_KEY_CHANGED`) or fail validation (`OBJECTION_CORRECTION_INVALID`, with the field errors). `verifying` → `verified`, outcome `corrected`.',
      params: idParams,
      body: correctBodySchema,
      response: { 200: objectorViewSchema, ...problemResponses },
    },
  }, async (request) => objections.correct(request.actor, request.params.id, request.body));
}
