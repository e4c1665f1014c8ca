import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problemResponses, problemSchema } from '../../kernel/http.js';
import { MAX_RECORDS_PER_CALL, submitRecordsBodySchema, submitRecordsResponseSchema } from './schema.js';
import type { ImportService } from './service.js';

/** 1,000 records with long texts run past the platform's 1 MiB JSON limit. */
export const RECORDS_BODY_LIMIT = 16 * 1024 * 1024;

type Api = FastifyInstance<any, any, any, any, ZodTypeProvider>;

/**
 * SPEC §13 `POST /api/v1/records`: a provider key's department submits; 200
 * with one result per record (index from 0), rejected ones included. The
 * batch it made is named in the `x-import-batch` header.
 */
export function registerRecordsRoute(api: Api, imports: ImportService): void {
  api.post('/api/v1/records', {
    bodyLimit: RECORDS_BODY_LIMIT,
    schema: {
      tags: ['records'],
      security: [{ bearer: [] as string[] }, { session: [] as string[] }],
      summary: '报送信用信息 / submit records (provider key)',
      description: `{ "type", "records": [ … ] } with 1 to ${MAX_RECORDS_PER_CALL} records keyed by field key, field code or Chinese label. 200 even when some are rejected; a retry is answered \`unchanged\`.`,
      body: submitRecordsBodySchema,
      response: { 200: submitRecordsResponseSchema, ...problemResponses, 413: problemSchema },
    },
  }, async (request, reply) => {
    const { batchId, results } = await imports.submitRecords(request.actor, request.body);
    reply.header('x-import-batch', batchId);
    return { results };
  });
}
