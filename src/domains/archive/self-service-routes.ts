import { z } from 'zod';
import { paginationQuery, problemResponses, type HttpApp } from '../../kernel/http.js';
import { publicUserSchema } from '../accounts/index.js';
import {
  activationInputSchema,
  grantInputSchema,
  grantSchema,
  inquiryPageSchema,
  issueActivationCodeSchema,
  issuedActivationCodeSchema,
  receivedGrantSchema,
} from './schema.js';
import type { ArchiveService } from './service.js';

const tags = ['archive'];
const session = [{ session: [] }];
const idParams = z.strictObject({ id: z.uuid() });
const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), page: z.number().int(), pageSize: z.number().int(), hasMore: z.boolean() });

/** Subject self-service: activation, authorisations (授权查询), the inquiry record (查询记录). */
export function registerSelfServiceRoutes(app: HttpApp, archive: ArchiveService): void {
  app.post('/api/v1/activation-codes', {
    schema: {
      tags, security: session, summary: '签发主体账号激活码 / issue a subject account activation code (credit office, admin; shown once, valid 14 days)',
      body: issueActivationCodeSchema, response: { 201: issuedActivationCodeSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return reply.code(201).send(await archive.issueActivationCode(request.actor, request.body));
  });

  app.post('/api/v1/activation', {
    schema: {
      tags, summary: '激活主体账号 / open a subject account with a one-time code (anyone; rate-limited)',
      description: 'A wrong, expired or used code, or a code for another subject, all answer ACTIVATION_CODE_INVALID. Sign in afterwards with POST /api/v1/auth/login.',
      body: activationInputSchema, response: { 201: publicUserSchema, ...problemResponses },
    },
    config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
  }, async (request, reply) => reply.code(201).send(await archive.redeemActivationCode(request.actor, request.body)));

  app.post('/api/v1/me/authorisations', {
    schema: {
      tags, security: session, summary: '授权查询 / authorise a user or consumer API key to read my authorised-level data',
      body: grantInputSchema, response: { 201: grantSchema, ...problemResponses },
    },
  }, async (request, reply) => reply.code(201).send(await archive.grant(request.actor, request.body)));

  app.get('/api/v1/me/authorisations', {
    schema: { tags, security: session, summary: '我的授权 / the authorisations I gave', querystring: paginationQuery, response: { 200: pageOf(grantSchema), ...problemResponses } },
  }, async (request) => archive.listGrants(request.actor, request.query));

  app.post('/api/v1/me/authorisations/:id/revoke', {
    schema: { tags, security: session, summary: '撤销授权 / revoke an authorisation', params: idParams, response: { 200: grantSchema, ...problemResponses } },
  }, async (request) => archive.revokeGrant(request.actor, request.params.id));

  app.get('/api/v1/me/grants-received', {
    schema: {
      tags, security: [{ session: [] }, { bearer: [] }], summary: '收到的授权 / authorisations I hold (users and consumer API keys)',
      querystring: paginationQuery, response: { 200: pageOf(receivedGrantSchema), ...problemResponses },
    },
  }, async (request) => archive.grantsReceived(request.actor, request.query));

  app.get('/api/v1/me/inquiries', {
    schema: {
      tags, security: session, summary: '查询记录 / who read my non-public data, when and why',
      querystring: paginationQuery, response: { 200: inquiryPageSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'private, no-store');
    return archive.inquiries(request.actor, request.query);
  });
}
