import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../kernel/actor.js';
import { authorize } from '../../kernel/authorize.js';
import { problemResponses, type HttpApp } from '../../kernel/http.js';
import { subjectAccountOf } from './policy.js';
import { archiveOverviewSchema, archiveRecordPageSchema, overviewQuerySchema, recordsQuerySchema, type SubjectReference } from './schema.js';
import type { ArchiveService } from './service.js';

const tags = ['archive'];
/** Anyone; signed-in users and API keys read at their level. */
const security: Array<Record<string, string[]>> = [{}, { session: [] }, { bearer: [] }];
const codeParams = z.strictObject({ code: z.string().min(1).max(40).describe('统一社会信用代码, a legacy identifier, or the subject id (for persons, whose archive has no public code)') });

/** A UUID in the path is a subject id (persons have no code); anything else a code. */
export const subjectRef = (code: string): SubjectReference => (z.uuid().safeParse(code).success ? { subjectId: code } : { code });

/** The subject a `subject` account acts for (401 anonymous, 403 any other account). */
export function mySubjectId(actor: Actor, what: string): string {
  const subjectId = subjectAccountOf(actor);
  authorize(actor, subjectId !== null, what);
  return subjectId!;
}

/** The answer depends on who asks; non-public answers are never cached by browsers or proxies. */
const noStoreUnlessPublic = (reply: FastifyReply, audience: string) => {
  reply.header('vary', 'cookie, authorization');
  if (audience !== 'public') reply.header('cache-control', 'private, no-store');
};

/** `a,b` → ['a', 'b']; an empty parameter filters nothing. */
function typeCodesOf(raw: string | undefined): string[] | undefined {
  const codes = (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return codes.length > 0 ? codes : undefined;
}

/** GET a subject's archive, and the signed-in subject's own. */
export function registerArchiveReadRoutes(app: HttpApp, archive: ArchiveService): void {
  const overviewDoc = 'The audience follows from who asks: public, government (staff and reviewers), authorised (the subject itself, a party it authorised), internal (the credit office, admins, auditors). Above the public level a purpose is required (PURPOSE_REQUIRED) and the read is logged.';

  app.get('/api/v1/subjects/:code/archive', {
    schema: {
      tags, security, summary: '信用档案概览 / a subject\'s credit archive overview', description: overviewDoc,
      params: codeParams, querystring: overviewQuerySchema, response: { 200: archiveOverviewSchema, ...problemResponses },
    },
    config: { rateLimit: { max: 300, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const { purpose, at } = request.query;
    const overview = await archive.overview(request.actor, { ...subjectRef(request.params.code), ...(purpose === undefined ? {} : { purpose }), ...(at ? { at } : {}) });
    noStoreUnlessPublic(reply, overview.audience);
    return overview;
  });

  app.get('/api/v1/subjects/:code/archive/records', {
    schema: {
      tags, security, summary: '信用档案记录 / a subject\'s archive records, by category', description: `${overviewDoc} The public pages through the first 1,000 records only (PAGE_TOO_DEEP).`,
      params: codeParams, querystring: recordsQuerySchema, response: { 200: archiveRecordPageSchema, ...problemResponses },
    },
    config: { rateLimit: { max: 300, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const { typeCodes, purpose, at, category, page, pageSize } = request.query;
    const types = typeCodesOf(typeCodes);
    const result = await archive.records(request.actor, {
      ...subjectRef(request.params.code), page, pageSize,
      ...(category ? { category } : {}), ...(types ? { typeCodes: types } : {}), ...(purpose === undefined ? {} : { purpose }), ...(at ? { at } : {}),
    });
    noStoreUnlessPublic(reply, result.audience);
    return result;
  });

  app.get('/api/v1/me/archive', {
    schema: {
      tags, security: [{ session: [] }], summary: '本主体信用档案概览 / my own archive (subject accounts; persons too)',
      querystring: overviewQuerySchema, response: { 200: archiveOverviewSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    const subjectId = mySubjectId(request.actor, '查看本主体信用档案');
    const { purpose, at } = request.query;
    reply.header('cache-control', 'private, no-store');
    return archive.overview(request.actor, { subjectId, ...(purpose === undefined ? {} : { purpose }), ...(at ? { at } : {}) });
  });

  app.get('/api/v1/me/archive/records', {
    schema: {
      tags, security: [{ session: [] }], summary: '本主体信用档案记录 / my own archive records',
      querystring: recordsQuerySchema, response: { 200: archiveRecordPageSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    const subjectId = mySubjectId(request.actor, '查看本主体信用档案');
    const { typeCodes, purpose, at, category, page, pageSize } = request.query;
    const types = typeCodesOf(typeCodes);
    reply.header('cache-control', 'private, no-store');
    return archive.records(request.actor, {
      subjectId, page, pageSize,
      ...(category ? { category } : {}), ...(types ? { typeCodes: types } : {}), ...(purpose === undefined ? {} : { purpose }), ...(at ? { at } : {}),
    });
  });
}
