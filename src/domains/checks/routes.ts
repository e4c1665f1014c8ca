import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses, problemSchema, type HttpApp } from '../../kernel/http.js';
import { batchCsv, parseBatchCsv } from './batch-csv.js';
import {
  batchResultSchema, checkResultSchema, feedbackResultSchema, measureSchema, presentBatch, presentMeasure, publicKeySchema, receiptAnswerSchema,
} from './present.js';
import { batchRequestSchema, checkRequestSchema, feedbackRequestSchema, measureDefinitionSchema, scenarioSchema, statsQuerySchema } from './schema.js';
import type { ChecksService } from './service.js';
import { checkStatsSchema } from './stats.js';

const tags = ['checks'];
const security: Array<Record<string, string[]>> = [{ bearer: [] }, { session: [] }];
const receiptParams = z.strictObject({ receiptId: z.uuid().describe('the receipt id') });
const codeParams = z.strictObject({ code: z.string().regex(/^[a-z][a-z0-9_]{1,63}$/) });
const csvQuery = z.strictObject({ scenario: scenarioSchema.optional(), at: z.iso.date().optional() });

const wantsCsv = (accept: string | undefined) => /\btext\/csv\b/.test(accept ?? '');

/**
 * Credit checks over HTTP (SPEC §13) and the measure catalogue. A CSV batch
 * body is read inside this plugin only: a list of subjects, one per line, with
 * the scenario (and `at`) in the query string.
 */
export async function registerCheckRoutes(app: HttpApp, checks: ChecksService): Promise<void> {
  await app.register(async (scope) => {
    const api = scope.withTypeProvider<ZodTypeProvider>();
    api.addContentTypeParser('text/csv', { parseAs: 'string' }, (request, body, done) => {
      const query = request.query as Record<string, unknown>;
      try {
        done(null, { subjects: parseBatchCsv(body as string), scenario: query.scenario, ...(query.at === undefined ? {} : { at: query.at }) });
      } catch (err) {
        done(err as Error);
      }
    });

    api.post('/api/v1/checks', {
      schema: {
        tags, security,
        summary: '信用核查 / credit check: verdict, measures, rewards and a signed receipt',
        description: 'A consumer API key (or a government user). `subject`: a USCC, a legacy identifier, an exact name, or a person\'s ID number (never echoed in full). `at` answers as the data stood on that day. Every check is stored with its receipt before it is answered.',
        body: checkRequestSchema,
        response: { 200: checkResultSchema, ...problemResponses },
      },
      // The answer is serialised as it is: the service builds it field by field (service.ts answer, match.ts),
      // the receipt is exactly what was signed and stored, and routes.test.ts holds it to checkResultSchema
      // (nothing undeclared). Re-encoding it through zod cost more than any other step of the response.
      serializerCompiler: (route) => (route.httpStatus === '200' ? (data: unknown) => JSON.stringify(data) : serializerCompiler(route as never)),
    }, async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return checks.check(request.actor, request.body);
    });

    api.post('/api/v1/checks/batch', {
      schema: {
        tags, security, consumes: ['application/json', 'text/csv'], produces: ['application/json', 'text/csv'],
        summary: '批量信用核查 / batch check (up to 1,000 subjects; JSON or CSV in, JSON or CSV out by Accept)',
        description: 'JSON `{ subjects, scenario, at? }`, or a CSV body (`text/csv`, UTF-8) with one subject per line in its first column (a header line is skipped) and `?scenario=…&at=…`. Each subject gets its own receipt; one that cannot be checked gets an `error`. `Accept: text/csv` answers CSV: index, subject, code, name, verdict, measures, rewards, receipt_id, error_code, error.',
        querystring: csvQuery,
        body: batchRequestSchema,
        response: { 200: batchResultSchema, ...problemResponses, 413: problemSchema, 415: problemSchema },
      },
    }, async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const items = await checks.checkBatch(request.actor, request.body);
      if (wantsCsv(request.headers.accept)) {
        return reply.type('text/csv; charset=utf-8').serializer((s: string) => s).send(batchCsv(items) as never);
      }
      return presentBatch(items);
    });

    api.get('/api/v1/checks/public-key', {
      schema: {
        tags,
        summary: '回执验签公钥 / the public key that verifies receipts (docs/checks.md: verifying offline)',
        response: { 200: publicKeySchema },
      },
    }, async () => checks.publicKey());

    api.get('/api/v1/checks/stats', {
      schema: {
        tags, security,
        summary: '核查与反馈统计 / checks, verdicts and implementation rates per measure and scenario (credit office)',
        querystring: statsQuerySchema,
        response: { 200: checkStatsSchema, ...problemResponses },
      },
    }, async (request) => checks.stats(request.actor, request.query));

    api.get('/api/v1/checks/:receiptId', {
      schema: {
        tags,
        summary: '核查回执及验证 / a receipt and whether it verifies',
        description: 'Anyone holding the id may verify a receipt about an organisation; one about a person is shown to its issuer, government users and auditors only.',
        params: receiptParams,
        response: { 200: receiptAnswerSchema, ...problemResponses },
      },
    }, async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return checks.receipt(request.actor, request.params.receiptId);
    });

    api.post('/api/v1/checks/:receiptId/feedback', {
      schema: {
        tags, security,
        summary: '核查结果反馈 / report which measures of a check were applied (the caller who made it)',
        description: 'One item per measure: `applied`, and `reason` when not applied. Idempotent per receipt and measure: the same answer again is `unchanged`, a different one replaces it (`updated`).',
        params: receiptParams,
        body: feedbackRequestSchema,
        response: { 200: feedbackResultSchema, ...problemResponses },
      },
    }, async (request) => checks.feedback(request.actor, request.params.receiptId, request.body));

    api.get('/api/v1/measures', {
      schema: { tags, summary: '联合奖惩措施目录 / the measure catalogue (current versions)', response: { 200: z.object({ items: z.array(measureSchema) }) } },
    }, async () => ({ items: (await checks.measures.current()).map(presentMeasure) }));

    api.get('/api/v1/measures/:code', {
      schema: { tags, summary: '措施及其历史版本 / a measure with every version', params: codeParams, response: { 200: z.object({ versions: z.array(measureSchema) }), ...problemResponses } },
    }, async (request) => ({ versions: (await checks.measures.versions(request.params.code)).map(presentMeasure) }));

    api.post('/api/v1/admin/measures', {
      schema: { tags, security, summary: '新增措施 / add a measure (admin)', body: measureDefinitionSchema, response: { 201: measureSchema, ...problemResponses } },
    }, async (request, reply) => reply.code(201).send(presentMeasure(await checks.measures.add(request.actor, request.body))));

    api.put('/api/v1/admin/measures/:code', {
      schema: {
        tags, security, summary: '发布措施新版本 / publish a new version of a measure (admin; `active: false` retires it)',
        params: codeParams, body: measureDefinitionSchema, response: { 200: measureSchema, ...problemResponses },
      },
    }, async (request) => presentMeasure(await checks.measures.publish(request.actor, request.params.code, request.body)));
  });
}
