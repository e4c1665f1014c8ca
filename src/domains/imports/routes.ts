import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { DomainError, ValidationError } from '../../kernel/errors.js';
import { problemResponses, problemSchema, type HttpApp } from '../../kernel/http.js';
import { errorsCsv } from './errors-csv.js';
import { fileRequired } from './errors.js';
import { registerRecordsRoute } from './records-route.js';
import { batchListQuerySchema, batchPageSchema, ENCODINGS, importBatchSchema, uploadAcceptedSchema } from './schema.js';
import type { ImportService } from './service.js';

const tags = ['imports'];
const security: Array<Record<string, string[]>> = [{ bearer: [] }, { session: [] }];
const batchParams = z.strictObject({ batchId: z.uuid() });

/** The form fields an upload carries before its file part. */
const uploadFieldsSchema = z.strictObject({
  type: z.string().min(1).max(64),
  department: z.string().min(1).max(40).optional(),
  encoding: z.enum(ENCODINGS).optional(),
  format: z.enum(['csv', 'xlsx', 'ndjson']).optional(),
});

function fieldsOf(fields: Record<string, unknown>): z.infer<typeof uploadFieldsSchema> {
  const values: Record<string, unknown> = {};
  for (const [name, part] of Object.entries(fields)) {
    const one = Array.isArray(part) ? part[0] : part;
    if (one && typeof one === 'object' && (one as { type?: string }).type === 'field') values[name] = (one as { value: unknown }).value;
  }
  const parsed = uploadFieldsSchema.safeParse(values);
  if (parsed.success) return parsed.data;
  throw new ValidationError('上传表单不符合要求（字段须在文件之前）/ upload form fields invalid (send fields before the file)',
    parsed.error.issues.map((i) => ({ field: `body.${i.path.join('.') || 'form'}`, code: i.code === 'unrecognized_keys' ? 'UNKNOWN_FIELD' : 'INVALID_VALUE', message: i.message })));
}

/**
 * Imports over HTTP (SPEC §13): POST /records for provider systems, and file
 * uploads imported in the background with their batch, progress and error
 * report. Multipart is registered only inside this plugin, with the upload size
 * limit; every other route keeps the 1 MiB JSON body limit.
 */
export async function registerImportRoutes(app: HttpApp, imports: ImportService): Promise<void> {
  app.addHook('onClose', async () => imports.close());
  await app.register(async (scope) => {
    const api = scope.withTypeProvider<ZodTypeProvider>();
    await api.register(multipart, { limits: { fileSize: imports.maxUploadBytes, files: 1, fields: 8, fieldSize: 256, parts: 9 } });
    registerRecordsRoute(api, imports);

    api.post('/api/v1/imports', {
      schema: {
        tags, security, consumes: ['multipart/form-data'],
        summary: '上传文件导入（后台进行）/ upload a file to import in the background',
        description: 'multipart/form-data: fields `type`, optional `department` (USCC; credit office only), `encoding` (auto|utf-8|gb18030), `format`, then the part `file` (CSV, XLSX or NDJSON). Answers 202 with the batch to poll.',
        response: { 202: uploadAcceptedSchema, ...problemResponses, 413: problemSchema, 415: problemSchema },
      },
    }, async (request, reply) => {
      if (!request.isMultipart()) throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 415, '请以 multipart/form-data 上传 / send multipart/form-data');
      const part = await request.file();
      if (!part) throw fileRequired();
      try {
        const fields = fieldsOf(part.fields);
        const { batchId } = await imports.upload(request.actor, {
          file: part.file, fileName: part.filename || null, typeCode: fields.type, department: fields.department, encoding: fields.encoding, format: fields.format,
        }, (err) => request.log.error({ err }, 'background import failed'));
        return reply.code(202).header('location', `/api/v1/imports/${batchId}`).send({ batchId });
      } catch (err) {
        part.file.resume(); // drain what is left of the upload so the connection is not left waiting
        throw err;
      }
    });

    api.get('/api/v1/imports', {
      schema: { tags, security, summary: '导入批次 / import batches, newest first', querystring: batchListQuerySchema, response: { 200: batchPageSchema, ...problemResponses } },
    }, async (request) => {
      const { items, hasMore } = await imports.listBatches(request.actor, request.query);
      return { items, page: request.query.page, pageSize: request.query.pageSize, hasMore };
    });

    api.get('/api/v1/imports/:batchId', {
      schema: { tags, security, summary: '导入批次状态与进度 / a batch: status, counts, progress', params: batchParams, response: { 200: importBatchSchema, ...problemResponses } },
    }, async (request) => imports.getBatch(request.actor, request.params.batchId));

    api.get('/api/v1/imports/:batchId/errors.csv', {
      schema: {
        tags, security, params: batchParams, produces: ['text/csv'],
        summary: '被拒绝的行（CSV，UTF-8 带 BOM）/ rejected rows as CSV (UTF-8 with BOM): row, field, code, message',
        response: problemResponses,
      },
    }, async (request, reply) => {
      const lines = await imports.batchErrors(request.actor, request.params.batchId);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="import-${request.params.batchId}-errors.csv"`)
        .send(Readable.from(errorsCsv(lines)) as never); // a stream: sent as is, never serialised
    });
  });
}
