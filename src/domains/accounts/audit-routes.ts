import { problemResponses, type HttpApp } from '../../kernel/http.js';
import type { AccountsService } from './accounts-service.js';
import { presentAuditEntry, presentPage } from './present.js';
import { auditEntrySchema, auditQuerySchema, auditVerificationSchema, pageSchema } from './schema.js';

const tags = ['audit'];
const security = [{ session: [] }];

/** The audit trail for auditors and administrators. */
export function registerAuditRoutes(app: HttpApp, accounts: AccountsService): void {
  app.get('/api/v1/audit', {
    schema: {
      tags, security, summary: '审计日志 / the audit trail, newest first (from/to: a date in China time or an ISO date-time)',
      querystring: auditQuerySchema, response: { 200: pageSchema(auditEntrySchema), ...problemResponses },
    },
  }, async (request) => presentPage(await accounts.readAuditTrail(request.actor, request.query), presentAuditEntry));

  app.get('/api/v1/audit/verify', {
    schema: {
      tags, security, summary: '校验审计日志哈希链 / verify the audit hash chain',
      response: { 200: auditVerificationSchema, ...problemResponses },
    },
  }, async (request) => accounts.verifyAuditTrail(request.actor));
}
