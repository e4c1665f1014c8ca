import { z } from 'zod';
import type { HttpApp } from '../../kernel/http.js';
import { problemResponses } from '../../kernel/http.js';
import { ValidationError } from '../../kernel/errors.js';
import { parseUscc } from '../identifiers/index.js';
import type { SubjectService } from './service.js';
import { searchQuerySchema, subjectInputSchema, subjectPatchSchema } from './schema.js';
import { presentPublic, presentRegistry, publicSubjectSchema, registrySubjectSchema } from './present.js';

const codeParams = z.strictObject({ code: z.string().min(1).max(40).describe('统一社会信用代码 or a legacy identifier') });
const idParams = z.strictObject({ id: z.uuid() });
const purposeBody = z.strictObject({ purpose: z.string().trim().min(4).max(200).describe('查询事由 / stated purpose, kept in the audit trail') });

export const subjectPageSchema = z
  .object({ items: z.array(publicSubjectSchema), page: z.number().int(), pageSize: z.number().int(), hasMore: z.boolean() })
  .meta({ id: 'SubjectSearchPage' });

export function registerSubjectRoutes(app: HttpApp, subjects: SubjectService): void {
  app.get('/api/v1/subjects', {
    schema: {
      tags: ['subjects'],
      summary: '搜索信用主体 / search credit subjects',
      description: 'Any substring of two or more characters of a current or former name or of the legal representative, or a code (exact code matches first). Persons are never listed.',
      querystring: searchQuerySchema,
      response: { 200: subjectPageSchema, ...problemResponses },
    },
    config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
  }, async (request) => {
    const { items, hasMore } = await subjects.search(request.query);
    return { items: items.map(presentPublic), page: request.query.page, pageSize: request.query.pageSize, hasMore };
  });

  app.get('/api/v1/subjects/:code', {
    schema: { tags: ['subjects'], summary: '主体基本信息 / public profile', params: codeParams, response: { 200: publicSubjectSchema, ...problemResponses } },
  }, async (request) => {
    try {
      return presentPublic(await subjects.getByCode(request.params.code));
    } catch (err) {
      const parsed = parseUscc(request.params.code);
      if (!parsed.valid && (err as { code?: string }).code === 'SUBJECT_NOT_FOUND') {
        throw new ValidationError('代码格式无效 / invalid code', parsed.failures.map((f) => ({ field: 'code', code: f.code, message: `${f.message} / ${f.messageEn}` })), 'INVALID_IDENTIFIER');
      }
      throw err;
    }
  });

  app.post('/api/v1/subjects', {
    schema: { tags: ['registry'], summary: '登记信用主体 / register a subject (staff)', body: subjectInputSchema, response: { 201: registrySubjectSchema, ...problemResponses } },
  }, async (request, reply) => {
    const created = await subjects.create(request.actor, request.body);
    return reply.code(201).send(presentRegistry(created));
  });

  app.patch('/api/v1/subjects/:code', {
    schema: { tags: ['registry'], summary: '更正主体登记信息 / correct a subject (staff)', params: codeParams, body: subjectPatchSchema, response: { 200: registrySubjectSchema, ...problemResponses } },
  }, async (request) => presentRegistry(await subjects.update(request.actor, request.params.code, request.body)));

  app.get('/api/v1/registry/subjects/:id', {
    schema: { tags: ['registry'], summary: '主体登记信息（政府视图）/ registry view', params: idParams, response: { 200: registrySubjectSchema, ...problemResponses } },
  }, async (request) => presentRegistry(await subjects.getById(request.actor, request.params.id)));

  app.post('/api/v1/registry/persons/lookup', {
    schema: {
      tags: ['registry'],
      summary: '按身份证号码查找自然人 / find a person by ID number (audited)',
      body: purposeBody.extend({ idNumber: z.string().min(15).max(40) }),
      response: { 200: z.object({ subject: registrySubjectSchema.nullable() }), ...problemResponses },
    },
  }, async (request) => {
    const found = await subjects.findPersonByIdNumber(request.actor, request.body.idNumber, request.body.purpose);
    return { subject: found ? presentRegistry(found) : null };
  });

  app.post('/api/v1/registry/subjects/:id/reveal-id-number', {
    schema: {
      tags: ['registry'],
      summary: '查看完整身份证号码 / reveal a full ID number (audited)',
      params: idParams,
      body: purposeBody,
      response: { 200: z.object({ idNumber: z.string() }), ...problemResponses },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return { idNumber: await subjects.revealIdNumber(request.actor, request.params.id, request.body.purpose) };
  });
}
