import { z } from 'zod';
import type { HttpApp } from '../../kernel/http.js';
import { paginationQuery, problemResponses } from '../../kernel/http.js';
import {
  createdWebhookSchema, deliveriesQuerySchema, deliveryPageSchema, followBodySchema, followPageSchema, followSchema, idParams,
  noticePageSchema, noticeSchema, noticesQuerySchema, subjectCodeParams, webhookBodySchema, webhookSchema,
} from './schema.js';
import type { MonitoringService } from './service.js';

const tags = ['monitoring'];
const security: Array<Record<string, string[]>> = [{ bearer: [] }, { session: [] }];
const noContent = z.null().describe('done');

/** Follows, notices and webhooks over HTTP: for signed-in users and consumer API keys (the service checks). */
export function registerMonitoringRoutes(app: HttpApp, monitoring: MonitoringService): void {
  app.post('/api/v1/follows', {
    schema: {
      tags, security,
      summary: '关注主体 / follow a subject',
      description: 'Follow a subject by its code, to be told when a public record about it appears, changes, is withdrawn, expires or is repaired. Following again answers the existing follow (200). Persons can be followed by government users only (others get SUBJECT_NOT_FOUND). At most 1,000 subjects per follower.',
      body: followBodySchema,
      response: { 200: followSchema, 201: followSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    const { follow, created } = await monitoring.follow(request.actor, request.body.subject);
    return reply.code(created ? 201 : 200).send(follow);
  });

  app.get('/api/v1/follows', {
    schema: { tags, security, summary: '我关注的主体 / subjects I follow', querystring: paginationQuery, response: { 200: followPageSchema, ...problemResponses } },
  }, async (request) => {
    const { page, pageSize } = request.query;
    return { ...(await monitoring.listFollows(request.actor, { page, pageSize })), page, pageSize };
  });

  app.delete('/api/v1/follows/:code', {
    schema: { tags, security, summary: '取消关注 / unfollow a subject', params: subjectCodeParams, response: { 204: noContent, ...problemResponses } },
  }, async (request, reply) => {
    await monitoring.unfollow(request.actor, request.params.code);
    return reply.code(204).send(null);
  });

  app.get('/api/v1/notifications', {
    schema: {
      tags, security,
      summary: '我的通知 / my notices',
      description: 'Newest first. Each notice names the subject, the record and its version, what happened (`appeared`, `changed`, `removed`, `expired`, `repaired`) and the SHA-256 of the version\'s content as evidence.',
      querystring: noticesQuerySchema,
      response: { 200: noticePageSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const { page, pageSize, unread } = request.query;
    return { ...(await monitoring.listNotices(request.actor, { page, pageSize, unread: unread === 'true' })), page, pageSize };
  });

  app.post('/api/v1/notifications/:id/read', {
    schema: { tags, security, summary: '标记通知已读 / mark a notice read', params: idParams, response: { 200: noticeSchema, ...problemResponses } },
  }, async (request) => monitoring.markNoticeRead(request.actor, request.params.id));

  app.post('/api/v1/webhooks', {
    schema: {
      tags, security,
      summary: '登记回调地址 / register a webhook',
      description: 'Each new notice is POSTed to the URL as JSON, signed: `X-Xinyong-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`. The secret is in this answer only. Failed deliveries are retried after 1 min, 5 min, 30 min, 2 h and 12 h. See docs/monitoring.md.',
      body: webhookBodySchema,
      response: { 201: createdWebhookSchema, ...problemResponses },
    },
  }, async (request, reply) => reply.code(201).send(await monitoring.createWebhook(request.actor, request.body.url)));

  app.get('/api/v1/webhooks', {
    schema: { tags, security, summary: '我的回调地址 / my webhooks', response: { 200: z.object({ items: z.array(webhookSchema) }), ...problemResponses } },
  }, async (request) => ({ items: await monitoring.listWebhooks(request.actor) }));

  app.delete('/api/v1/webhooks/:id', {
    schema: { tags, security, summary: '删除回调地址 / delete a webhook', description: 'Pending deliveries to it are cancelled.', params: idParams, response: { 204: noContent, ...problemResponses } },
  }, async (request, reply) => {
    await monitoring.deleteWebhook(request.actor, request.params.id);
    return reply.code(204).send(null);
  });

  app.get('/api/v1/webhooks/:id/deliveries', {
    schema: {
      tags, security,
      summary: '投递记录 / delivery log of a webhook',
      description: 'Newest first, each delivery with every attempt (time, status code or error, duration).',
      params: idParams,
      querystring: deliveriesQuerySchema,
      response: { 200: deliveryPageSchema, ...problemResponses },
    },
  }, async (request) => {
    const { page, pageSize, status } = request.query;
    return { ...(await monitoring.listDeliveries(request.actor, request.params.id, { page, pageSize, ...(status ? { status } : {}) })), page, pageSize };
  });
}
