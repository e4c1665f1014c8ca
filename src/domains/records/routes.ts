import { z } from 'zod';
import type { HttpApp } from '../../kernel/http.js';
import { paginationQuery, problemResponses } from '../../kernel/http.js';
import { NotFoundError } from '../../kernel/errors.js';
import type { SubjectService } from '../subjects/index.js';
import { publicRecordSchema, recordDetailSchema } from './present.js';
import { withdrawBodySchema } from './schema.js';
import type { RecordService } from './service.js';

const codeParams = z.strictObject({ code: z.string().min(1).max(40).describe('统一社会信用代码 or a legacy identifier') });
const idParams = z.strictObject({ id: z.uuid() });

export const publicRecordPageSchema = z
  .object({ items: z.array(publicRecordSchema), page: z.number().int(), pageSize: z.number().int(), hasMore: z.boolean() })
  .meta({ id: 'PublicRecordPage' });

/** The read side of records (the submission endpoint belongs to imports). */
export function registerRecordRoutes(app: HttpApp, deps: { records: RecordService; subjects: Pick<SubjectService, 'getByCode'> }): void {
  const { records, subjects } = deps;

  app.get('/api/v1/subjects/:code/records', {
    schema: {
      tags: ['records'],
      summary: '主体公示信用信息 / a subject\'s public credit records',
      description: 'Records in their publicity window that are public, newest decision first; fields that are not public are left out. Persons are never listed.',
      params: codeParams,
      querystring: paginationQuery,
      response: { 200: publicRecordPageSchema, ...problemResponses },
    },
  }, async (request) => {
    const subject = await subjects.getByCode(request.params.code);
    if (subject.type === 'person') throw new NotFoundError('SUBJECT_NOT_FOUND', '未找到主体 / no such subject');
    const { page, pageSize } = request.query;
    const { items, hasMore } = await records.listForSubject(subject.id, { audience: 'public', page, pageSize });
    return { items, page, pageSize, hasMore };
  });

  app.get('/api/v1/records/:id', {
    schema: {
      tags: ['records'],
      summary: '信用记录及其版本 / a record with its versions (credit office, auditors, the source department)',
      params: idParams,
      response: { 200: recordDetailSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return records.get(request.actor, request.params.id);
  });

  app.post('/api/v1/records/:id/withdraw', {
    schema: {
      tags: ['records'],
      summary: '撤回信用记录 / withdraw a record (its source department, or the credit office)',
      params: idParams,
      body: withdrawBodySchema,
      response: { 200: recordDetailSchema, ...problemResponses },
    },
  }, async (request) => records.withdraw(request.actor, { recordId: request.params.id, reason: request.body.reason, channel: 'api' }));
}
