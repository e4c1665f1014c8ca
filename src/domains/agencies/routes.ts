import { z } from 'zod';
import type { HttpApp } from '../../kernel/http.js';
import { problemResponses } from '../../kernel/http.js';
import { agencyFileSchema, agencyPageSchema, publicAgencySchema } from './present.js';
import { agencyCreateSchema, agencyQuerySchema, agencyStaffSchema, agencyStatusSchema } from './schema.js';
import type { AgencyRegistry } from './service.js';

const tags = ['agencies'];
const security: Array<Record<string, string[]>> = [{ session: [] }, { bearer: [] }];
const idParams = z.strictObject({ id: z.string().min(1).max(40).describe('the agency id or its USCC') });
const fileResponses = { 200: agencyFileSchema, ...problemResponses };

/** The credit service agency registry: the public list, and the office's writes. */
export function registerAgencyRoutes(app: HttpApp, agencies: AgencyRegistry): void {
  app.get('/api/v1/agencies', {
    schema: {
      tags,
      summary: '信用服务机构备案名录 / registered credit service agencies (public)',
      description: 'Filed and suspended agencies by name; `status=revoked` lists revoked filings. `q` matches part of the name or the exact USCC.',
      querystring: agencyQuerySchema,
      response: { 200: agencyPageSchema, ...problemResponses },
    },
    config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
  }, async (request) => agencies.list(request.query));

  app.get('/api/v1/agencies/:id', {
    schema: {
      tags,
      summary: '信用服务机构 / one agency',
      description: 'Anyone gets the public filing; the credit office, reviewers, admins and auditors get the file with staff and status history (`AgencyFile`).',
      params: idParams,
      response: { 200: z.union([agencyFileSchema, publicAgencySchema]), ...problemResponses },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return agencies.get(request.actor, request.params.id);
  });

  app.post('/api/v1/agencies', {
    schema: {
      tags, security,
      summary: '登记备案 / file an agency (credit office)',
      description: 'The USCC is checked (GB 32100-2015: `AGENCY_USCC_INVALID`); a USCC or filing number registered already answers `AGENCY_DUPLICATE`.',
      body: agencyCreateSchema,
      response: { 201: agencyFileSchema, ...problemResponses },
    },
  }, async (request, reply) => reply.code(201).send(await agencies.create(request.actor, request.body)));

  app.post('/api/v1/agencies/:id/status', {
    schema: {
      tags, security,
      summary: '变更备案状态 / suspend, restore or revoke a filing (credit office)',
      description: 'filed → suspended | revoked; suspended → filed | revoked; revoked is final (`AGENCY_STATUS_INVALID`).',
      params: idParams, body: agencyStatusSchema, response: fileResponses,
    },
  }, async (request) => agencies.changeStatus(request.actor, request.params.id, request.body));

  app.post('/api/v1/agencies/:id/staff', {
    schema: { tags, security, summary: '登记从业人员 / add a staff member (credit office)', params: idParams, body: agencyStaffSchema, response: fileResponses },
  }, async (request) => agencies.addStaff(request.actor, request.params.id, request.body));

  app.post('/api/v1/agencies/:id/staff/:staffId/remove', {
    schema: {
      tags, security, summary: '从业人员离职 / a staff member leaves (credit office)',
      params: z.strictObject({ id: z.string().min(1).max(40), staffId: z.uuid() }), response: fileResponses,
    },
  }, async (request) => agencies.removeStaff(request.actor, request.params.id, request.params.staffId));
}
