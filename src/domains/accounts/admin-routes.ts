import { z } from 'zod';
import { problemResponses, type HttpApp } from '../../kernel/http.js';
import type { AccountsService } from './accounts-service.js';
import { presentApiKey, presentCreatedApiKey, presentDepartment, presentPage, presentUser } from './present.js';
import {
  apiKeyInfoSchema,
  apiKeyListQuerySchema,
  createApiKeyInputSchema,
  createDepartmentInputSchema,
  createdApiKeySchema,
  createUserInputSchema,
  departmentSchema,
  pageSchema,
  publicUserSchema,
  updateUserInputSchema,
  userListQuerySchema,
} from './schema.js';
import { paginationQuery } from '../../kernel/http.js';

const tags = ['admin'];
const security = [{ session: [] }];
const idParams = z.object({ id: z.string().min(1).max(64) });

/** Users, departments and API keys: administrators only (the services decide). */
export function registerAdminRoutes(app: HttpApp, accounts: AccountsService): void {
  app.get('/api/v1/admin/users', {
    schema: { tags, security, summary: '用户列表 / list users', querystring: userListQuerySchema, response: { 200: pageSchema(publicUserSchema), ...problemResponses } },
  }, async (request) => presentPage(await accounts.listUsers(request.actor, request.query), presentUser));

  app.post('/api/v1/admin/users', {
    schema: { tags, security, summary: '创建用户 / create a user', body: createUserInputSchema, response: { 201: publicUserSchema, ...problemResponses } },
  }, async (request, reply) => {
    const user = await accounts.createUser(request.actor, request.body);
    return reply.code(201).send(presentUser(user));
  });

  app.patch('/api/v1/admin/users/:id', {
    schema: {
      tags, security, summary: '修改用户角色、状态或部门 / change a user\'s role, status or department',
      params: idParams, body: updateUserInputSchema, response: { 200: publicUserSchema, ...problemResponses },
    },
  }, async (request) => presentUser(await accounts.updateUser(request.actor, request.params.id, request.body)));

  app.get('/api/v1/admin/departments', {
    schema: { tags, security, summary: '部门列表 / list departments', querystring: paginationQuery, response: { 200: pageSchema(departmentSchema), ...problemResponses } },
  }, async (request) => presentPage(await accounts.listDepartments(request.actor, request.query), presentDepartment));

  app.post('/api/v1/admin/departments', {
    schema: { tags, security, summary: '登记部门（统一社会信用代码）/ register a department by USCC', body: createDepartmentInputSchema, response: { 201: departmentSchema, ...problemResponses } },
  }, async (request, reply) => reply.code(201).send(presentDepartment(await accounts.createDepartment(request.actor, request.body))));

  app.get('/api/v1/admin/api-keys', {
    schema: { tags, security, summary: 'API 密钥列表 / list API keys (never the key or its hash)', querystring: apiKeyListQuerySchema, response: { 200: pageSchema(apiKeyInfoSchema), ...problemResponses } },
  }, async (request) => presentPage(await accounts.listApiKeys(request.actor, request.query), presentApiKey));

  app.post('/api/v1/admin/api-keys', {
    schema: { tags, security, summary: '签发 API 密钥（仅显示一次）/ issue an API key (shown once)', body: createApiKeyInputSchema, response: { 201: createdApiKeySchema, ...problemResponses } },
  }, async (request, reply) => reply.code(201).send(presentCreatedApiKey(await accounts.createApiKey(request.actor, request.body))));

  app.post('/api/v1/admin/api-keys/:id/revoke', {
    schema: { tags, security, summary: '吊销 API 密钥 / revoke an API key', params: idParams, response: { 200: apiKeyInfoSchema, ...problemResponses } },
  }, async (request) => presentApiKey(await accounts.revokeApiKey(request.actor, request.params.id)));
}
