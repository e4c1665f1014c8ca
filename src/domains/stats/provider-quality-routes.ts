import type { HttpApp } from '../../kernel/http.js';
import { problemResponses } from '../../kernel/http.js';
import type { ProviderQualityService } from './provider-quality.js';
import { departmentParamsSchema, latePageSchema, lateQuerySchema, qualityQuerySchema, qualityReportSchema, TIMELINESS_TARGET_WORKING_DAYS as TARGET } from './provider-quality-schema.js';

const tags = ['statistics'];
const security: Array<Record<string, string[]>> = [{ bearer: [] }, { session: [] }];

/** Provider data quality over HTTP (SPEC §11): the credit office, reviewers and auditors see all departments, a provider its own. */
export function registerProviderQualityRoutes(app: HttpApp, quality: ProviderQualityService): void {
  app.get('/api/v1/stats/provider-quality', {
    schema: {
      tags, security,
      summary: '数据报送质量 / provider data quality per department and record type',
      description: `Rows received, accepted and rejected (by the start time of their import batch), the most frequent error codes, and the timeliness of 行政处罚 and 行政许可: working days from the decision date to first receipt, with the share within ${TARGET} working days (SPEC §3.1). Period: \`from\`-\`to\` in China time, inclusive; the last 12 months by default. See docs/quality.md.`,
      querystring: qualityQuerySchema,
      response: { 200: qualityReportSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return quality.report(request.actor, request.query);
  });

  app.get('/api/v1/stats/provider-quality/:departmentId/late', {
    schema: {
      tags, security,
      summary: '迟报记录 / a department\'s records received late',
      description: `行政处罚 and 行政许可 first received in the period more than ${TARGET} working days after their decision, oldest decision first.`,
      params: departmentParamsSchema,
      querystring: lateQuerySchema,
      response: { 200: latePageSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return quality.late(request.actor, request.params.departmentId, request.query);
  });
}
