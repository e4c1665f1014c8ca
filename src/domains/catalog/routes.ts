import { z } from 'zod';
import type { HttpApp } from '../../kernel/http.js';
import { problemResponses } from '../../kernel/http.js';
import { recordTypeDefinitionSchema } from './definition.js';
import { catalogTypeDetailSchema, catalogTypeSummarySchema, presentDetail, presentSummary } from './present.js';
import type { CatalogService } from './service.js';

const codeParams = z.strictObject({ code: z.string().regex(/^[a-z][a-z0-9_]*$/).max(64).describe('record type code, e.g. admin_penalty') });
const versionQuery = z.strictObject({ version: z.coerce.number().int().min(1).optional().describe('an earlier version; the current one by default') });

export const catalogListSchema = z.object({ items: z.array(catalogTypeSummarySchema) }).meta({ id: 'CatalogList' });

/** The catalogue over HTTP: public reads, admin writes (the service checks the role). */
export function registerCatalogRoutes(app: HttpApp, catalog: CatalogService): void {
  app.get('/api/v1/catalog', {
    schema: {
      tags: ['catalogue'],
      summary: '信用信息目录 / the catalogue of record types',
      description: 'The current version of every record type: names, domain, polarity, disclosure, legal basis, source, subject types and fields.',
      response: { 200: catalogListSchema, ...problemResponses },
    },
  }, async () => ({ items: (await catalog.list()).map(presentSummary) }));

  app.get('/api/v1/catalog/:code', {
    schema: {
      tags: ['catalogue'],
      summary: '信用信息类型定义 / one record type, in full',
      params: codeParams,
      querystring: versionQuery,
      response: { 200: catalogTypeDetailSchema, ...problemResponses },
    },
  }, async (request) => {
    const { code } = request.params;
    const { version } = request.query;
    return presentDetail(version === undefined ? await catalog.current(code) : await catalog.get(code, version));
  });

  app.post('/api/v1/admin/catalog', {
    schema: {
      tags: ['catalogue'],
      summary: '新增信用信息类型 / add a record type (admin)',
      body: recordTypeDefinitionSchema,
      response: { 201: catalogTypeDetailSchema, ...problemResponses },
    },
  }, async (request, reply) => reply.code(201).send(presentDetail(await catalog.addType(request.actor, request.body))));

  app.post('/api/v1/admin/catalog/:code/versions', {
    schema: {
      tags: ['catalogue'],
      summary: '发布信用信息类型新版本 / publish a new version of a record type (admin)',
      description: 'The new version is the highest + 1; records keep the version they were stored under.',
      params: codeParams,
      body: recordTypeDefinitionSchema,
      response: { 201: catalogTypeDetailSchema, ...problemResponses },
    },
  }, async (request, reply) => reply.code(201).send(presentDetail(await catalog.publishVersion(request.actor, request.params.code, request.body))));
}
