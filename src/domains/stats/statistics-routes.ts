import { z } from 'zod';
import type { HttpApp } from '../../kernel/http.js';
import { problemResponses } from '../../kernel/http.js';
import { dutiesInputSchema, scorecardSchema, type AssessmentService } from './assessment.js';
import {
  planIndicatorSchema, planIndicatorUpdateSchema, planNoteInputSchema, planNoteSchema, planQuerySchema, planTaskDetailSchema, planTaskSchema, planTaskUpdateSchema,
} from './plan-schema.js';
import type { PlanService } from './plan.js';
import { coverageQuerySchema, coverageSchema, dueProcessStatsSchema, overviewSchema, recordStatsSchema, statsFilterSchema, timelinessStatsSchema } from './statistics-schema.js';
import type { StatisticsService } from './statistics.js';

const tags = ['statistics'];
const security: Array<Record<string, string[]>> = [{ bearer: [] }, { session: [] }];
const codeParams = z.strictObject({ code: z.string().min(1).max(64) });

/** Dashboards' figures, the department scorecard and plan tracking over HTTP (docs/statistics.md). */
export function registerStatisticsRoutes(app: HttpApp, s: { statistics: StatisticsService; assessment: AssessmentService; plan: PlanService }): void {
  app.get('/api/v1/stats/overview', { schema: { tags, security, summary: '统计总览 / the overview dashboard', description: 'Coverage by subject type, records by month, department, type, category and domain, and 双公示 timeliness, for a period of whole months (default: the last 12). Read from the summary tables (`asOf` says how current they are). Credit office, reviewers, auditors.', querystring: statsFilterSchema, response: { 200: overviewSchema, ...problemResponses } } },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return s.statistics.overview(request.actor, request.query);
    });
  app.get('/api/v1/stats/coverage', { schema: { tags, security, summary: '信用信息覆盖面 / coverage', description: 'Subjects with at least one active record, by subject type, street or industry.', querystring: coverageQuerySchema, response: { 200: coverageSchema, ...problemResponses } } },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return s.statistics.coverage(request.actor, request.query);
    });
  app.get('/api/v1/stats/records', { schema: { tags, security, summary: '信用记录统计 / records over time', description: 'Records first received, and withdrawn, per month, department, type, category and domain.', querystring: statsFilterSchema, response: { 200: recordStatsSchema, ...problemResponses } } },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return s.statistics.records(request.actor, request.query);
    });
  app.get('/api/v1/stats/timeliness', { schema: { tags, security, summary: '报送及时率 / timeliness per department', description: '行政处罚 and 行政许可 first received within 7 working days of the decision, per month of receipt (the exact per-record figures and late lists: /api/v1/stats/provider-quality).', querystring: statsFilterSchema, response: { 200: timelinessStatsSchema, ...problemResponses } } },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return s.statistics.timeliness(request.actor, request.query);
    });
  app.get('/api/v1/stats/due-process', { schema: { tags, security, summary: '异议与修复统计 / objections and repairs', description: 'By status, and decided within or after their deadline. Empty (`available: false`) while a feature is not installed.', querystring: statsFilterSchema, response: { 200: dueProcessStatsSchema, ...problemResponses } } },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return s.statistics.dueProcess(request.actor, request.query);
    });
  app.get('/api/v1/stats/assessment', { schema: { tags, security, summary: '部门考核 / monthly department scorecard', description: 'Per department: timeliness (40), data quality (30), delivery against duties (20), objection outcomes (10), rank and trend.', querystring: z.strictObject({ month: z.string().optional().describe('YYYY-MM, default this month') }), response: { 200: scorecardSchema, ...problemResponses } } },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return s.assessment.scorecard(request.actor, request.query);
    });
  app.get('/api/v1/plan/tasks', { schema: { tags, security, summary: '规划任务 / the plan\'s tasks', description: 'The social credit plan\'s tasks with status, progress and overdue flag.', querystring: planQuerySchema, response: { 200: z.object({ items: z.array(planTaskSchema) }), ...problemResponses } } },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return ({ items: await s.plan.list(request.actor, request.query) });
    });
  app.get('/api/v1/plan/indicators', { schema: { tags, security, summary: '规划指标 / indicators', description: 'Targets and actuals; coverage and timeliness actuals computed live.', querystring: z.strictObject({}), response: { 200: z.object({ items: z.array(planIndicatorSchema) }), ...problemResponses } } },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return ({ items: await s.plan.indicators(request.actor) });
    });

  app.get('/api/v1/plan/tasks/:code', { schema: { tags, security, summary: '规划任务详情 / a task with notes and indicators', params: codeParams, response: { 200: planTaskDetailSchema, ...problemResponses } } },
    async (request) => s.plan.get(request.actor, request.params.code));
  app.put('/api/v1/plan/tasks/:code', { schema: { tags, security, summary: '更新任务进度 / set status and progress', description: 'With the version read; a stale one is 409 `PLAN_TASK_STALE`. Staff and admins; audited.', params: codeParams, body: planTaskUpdateSchema, response: { 200: planTaskSchema, ...problemResponses } } },
    async (request) => s.plan.update(request.actor, request.params.code, request.body));
  app.post('/api/v1/plan/tasks/:code/notes', { schema: { tags, security, summary: '记录进展 / add a progress note', params: codeParams, body: planNoteInputSchema, response: { 201: planNoteSchema, ...problemResponses } } },
    async (request, reply) => reply.code(201).send(await s.plan.addNote(request.actor, request.params.code, request.body)));
  app.put('/api/v1/plan/indicators/:code', { schema: { tags, security, summary: '设定指标 / set a target or a manual actual', params: codeParams, body: planIndicatorUpdateSchema, response: { 200: planIndicatorSchema, ...problemResponses } } },
    async (request) => s.plan.setIndicator(request.actor, request.params.code, request.body));
  app.put('/api/v1/stats/departments/:departmentId/duties', { schema: { tags, security, summary: '部门报送职责 / a department\'s duty record types', params: z.strictObject({ departmentId: z.uuid() }), body: dutiesInputSchema, response: { 200: z.object({ types: z.array(z.string()) }), ...problemResponses } } },
    async (request) => ({ types: await s.assessment.setDuties(request.actor, request.params.departmentId, request.body) }));
}
