import { z } from 'zod';
import type { FieldError } from '../../kernel/errors.js';
import type { HttpApp } from '../../kernel/http.js';
import { problemResponses } from '../../kernel/http.js';
import { ratingModelDefinitionSchema } from './model-definition.js';
import type { StoredVersion } from './model-store.js';
import {
  definitionBodySchema, distributionQuery, distributionSchema, inspectionPlanQuery, inspectionPlanSchema, modelCheckSchema, modelParams,
  previewBodySchema, previewDefinitionBodySchema, previewResultSchema, ratingHistorySchema, ratingModelDetailSchema, ratingModelSummarySchema,
  ratingModelVersionSchema, subjectParams, subjectRatingsSchema, versionParams,
} from './schema.js';
import type { RatingService } from './service.js';

const tags = ['ratings'];
const meta = ({ definition: _d, code: _c, ...rest }: StoredVersion) => rest;
const presentVersion = (v: StoredVersion & { warnings?: FieldError[] }) => ({ code: v.code, ...meta(v), definition: v.definition, ...(v.warnings ? { warnings: v.warnings } : {}) });

/** Rating models, previews, grades and supervision over HTTP (docs/ratings.md); the service decides who may do what. */
export function registerRatingRoutes(app: HttpApp, ratings: RatingService): void {
  app.get('/api/v1/ratings/models', {
    schema: { tags, summary: '评价模型 / rating models (staff)', response: { 200: z.object({ items: z.array(ratingModelSummarySchema) }), ...problemResponses } },
  }, async (request) => ({
    items: (await ratings.listModels(request.actor)).map((m) => ({ code: m.code, name: m.name, kind: m.kind as 'computed' | 'ingested', publishedVersion: m.publishedVersion, latestVersion: m.latestVersion })),
  }));

  app.post('/api/v1/ratings/models', {
    schema: {
      tags, summary: '新建评价模型 / a new model, as draft version 1 (admin, credit office)', body: ratingModelDefinitionSchema,
      response: { 201: ratingModelVersionSchema, ...problemResponses },
    },
  }, async (request, reply) => reply.code(201).send(presentVersion(await ratings.createModel(request.actor, request.body))));

  app.post('/api/v1/ratings/models/validate', {
    schema: {
      tags, summary: '校验评价模型 / check a definition without storing it', body: definitionBodySchema,
      description: '`valid` false with `errors` by path (`bands.2.min`) when it cannot be stored; `warnings` for what is probably a mistake (an unknown record type or field).',
      response: { 200: modelCheckSchema, ...problemResponses },
    },
  }, async (request) => ratings.validate(request.actor, request.body.definition));

  app.post('/api/v1/ratings/models/preview', {
    schema: {
      tags, summary: '预览未保存的模型 / run a definition on all or a sample of subjects, writing nothing', body: previewDefinitionBodySchema,
      response: { 200: previewResultSchema, ...problemResponses },
    },
  }, async (request) => ratings.previewDefinition(request.actor, request.body.definition, request.body));

  app.get('/api/v1/ratings/models/:code', {
    schema: { tags, summary: '评价模型及其版本 / a model with its versions', params: modelParams, response: { 200: ratingModelDetailSchema, ...problemResponses } },
  }, async (request) => {
    const { model, versions } = await ratings.getModel(request.actor, request.params.code);
    const published = versions.find((v) => v.version === model.publishedVersion);
    return { code: model.code, name: model.name, kind: model.kind as 'computed' | 'ingested', publishedVersion: model.publishedVersion, versions: versions.map(meta), published: published?.definition ?? null };
  });

  app.post('/api/v1/ratings/models/:code/versions', {
    schema: {
      tags, summary: '新建模型版本 / a new draft version (admin, credit office)', params: modelParams, body: ratingModelDefinitionSchema,
      response: { 201: ratingModelVersionSchema, ...problemResponses },
    },
  }, async (request, reply) => reply.code(201).send(presentVersion(await ratings.createVersion(request.actor, request.params.code, request.body))));

  app.get('/api/v1/ratings/models/:code/versions/:version', {
    schema: { tags, summary: '模型版本 / one version', params: versionParams, response: { 200: ratingModelVersionSchema, ...problemResponses } },
  }, async (request) => presentVersion(await ratings.getVersion(request.actor, request.params.code, request.params.version)));

  app.post('/api/v1/ratings/models/:code/versions/:version/preview', {
    schema: {
      tags, summary: '预览模型版本 / run a version on all or a sample of subjects, writing nothing (admin, credit office)', params: versionParams, body: previewBodySchema,
      description: 'The grade distribution the version would give and the subjects whose grade would change against their current grade (the first 100, with every transition counted).',
      response: { 200: previewResultSchema, ...problemResponses },
    },
  }, async (request) => ratings.preview(request.actor, request.params.code, request.params.version, request.body));

  app.post('/api/v1/ratings/models/:code/versions/:version/publish', {
    schema: {
      tags, summary: '发布模型版本 / publish a draft (admin, credit office)', params: versionParams,
      description: 'Re-ratings use it from now on; the drain re-rates every subject with it a page at a time (or run `xinyong rate --model`). Earlier ratings keep the version they used.',
      response: { 200: ratingModelVersionSchema, ...problemResponses },
    },
  }, async (request) => presentVersion(await ratings.publish(request.actor, request.params.code, request.params.version)));

  app.get('/api/v1/ratings/:code/inspection-plan', {
    schema: {
      tags, summary: '双随机抽查计划 / subjects to inspect per grade (staff)', params: modelParams, querystring: inspectionPlanQuery,
      description: 'Per grade of the published version: subjects (in the street and industry asked), the inspection ratio, the sample size (ceil of count × ratio) and a seeded random draw of that many subjects; the same seed draws the same subjects.',
      response: { 200: inspectionPlanSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'private, no-store');
    return ratings.inspectionPlan(request.actor, request.params.code, request.query);
  });

  app.get('/api/v1/ratings/:code/distribution', {
    schema: {
      tags, summary: '等级分布 / subjects per grade, by street or industry (staff)', params: modelParams, querystring: distributionQuery,
      response: { 200: distributionSchema, ...problemResponses },
    },
  }, async (request) => ratings.distribution(request.actor, request.params.code, request.query));

  app.get('/api/v1/subjects/:code/ratings', {
    schema: {
      tags, summary: '主体信用评价 / a subject\'s current grades',
      description: 'The public: grades of public models with their meaning, treatment and each factor\'s contribution. Staff (every model) and the subject itself (public and shared models): every factor with the ids of its records, caps, vetoes and direct grade; staff reads are audited. Persons are never shown to the public; staff may give a person\'s subject id.',
      params: subjectParams,
      querystring: z.object({ purpose: z.string().trim().min(2).max(200).optional().describe('why staff read it (audited)') }),
      response: { 200: subjectRatingsSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    const result = await ratings.forSubject(request.actor, request.params.code, request.query);
    if (result.audience === 'full') reply.header('cache-control', 'private, no-store');
    return result;
  });

  app.get('/api/v1/subjects/:code/ratings/history', {
    schema: {
      tags, summary: '评价历史 / every rating the subject was given (staff, the subject itself)', params: subjectParams,
      querystring: z.object({
        model: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/).optional(),
        page: z.coerce.number().int().min(1).max(1000).default(1),
        pageSize: z.coerce.number().int().min(1).max(50).default(20),
      }),
      response: { 200: ratingHistorySchema, ...problemResponses },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'private, no-store');
    return ratings.history(request.actor, request.params.code, request.query);
  });

  // Re-rate right after an API submission or withdrawal (cheap: the subjects of one chunk); serve's timer covers files and everything else.
  app.addHook('onResponse', async (request, reply) => {
    const url = request.routeOptions.url ?? '';
    if (request.method === 'POST' && reply.statusCode < 300 && (url === '/api/v1/records' || url === '/api/v1/records/:id/withdraw')) {
      ratings.drain().catch((err: unknown) => request.log.error({ err }, 'ratings: drain after submission failed'));
    }
  });
  app.addHook('onClose', async () => ratings.idle());
}
