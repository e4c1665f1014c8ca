import Fastify, { type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { randomUUID } from 'node:crypto';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { anonymousActor } from '../kernel/actor.js';
import type { HttpApp } from '../kernel/http.js';
import { notFoundProblem, sendProblem, toProblem } from './problem.js';
import { securityHeaders } from './security-headers.js';
import { registerRoutes } from './routes.js';
import { registerAuth, secureCookies } from '../domains/accounts/index.js';
import type { AppContext } from './context.js';

export interface BuildOptions {
  logger?: FastifyServerOptions['logger'];
}

/** Request bodies above this are refused with PAYLOAD_TOO_LARGE (file uploads set their own limit). */
export const BODY_LIMIT = 1024 * 1024;

export async function buildApp(ctx: AppContext, opts: BuildOptions = {}): Promise<HttpApp> {
  const app = Fastify({
    logger: opts.logger ?? {
      level: ctx.config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    },
    bodyLimit: BODY_LIMIT,
    trustProxy: ctx.config.trustProxy,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('actor', null as never);
  app.addHook('onRequest', async (request, reply) => {
    request.actor = anonymousActor(request.ip, request.id);
    reply.header('x-request-id', request.id);
  });
  registerAuth(app, { accounts: ctx.services.accounts, secure: secureCookies(ctx.config) });
  app.addHook('onSend', securityHeaders(ctx.config.env === 'production'));
  app.setErrorHandler((err, request, reply) => sendProblem(reply, toProblem(err, request)));
  app.setNotFoundHandler((request, reply) => sendProblem(reply, notFoundProblem(request)));

  await app.register(cookie, { secret: ctx.config.secrets.sessionSecret.toString('base64') });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'xinyong 公共信用信息平台 API',
        description: 'Public credit information platform. Errors are application/problem+json with a stable `code` (docs/errors.md).',
        version: '1.0.0',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'API key: Authorization: Bearer KEY' },
          session: { type: 'apiKey', in: 'cookie', name: 'xinyong_session' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.get('/healthz', { schema: { hide: true, response: { 200: z.object({ status: z.literal('ok') }) } } }, async () => {
    return { status: 'ok' as const };
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await registerRoutes(app, ctx);
  await app.ready();
  return app;
}
