import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../app/context.js';
import type { HttpApp } from '../kernel/http.js';
import { createWebContext, type WebContext } from './web-context.js';
import { webErrorHandler } from './error-handler.js';
import { registerAssetRoutes } from './serve-assets.js';
import { registerPortalRoutes } from './portal-routes.js';
import { registerSessionRoutes } from './session-routes.js';
import { registerConsoleRoutes } from './console-routes.js';
import { registerIngestionRoutes } from './ingestion-routes.js';
import { registerUploadRoute } from './upload-route.js';
import { registerQualityRoutes } from './quality-routes.js';
import { registerCalendarPages } from './calendar-routes.js';
import { registerRatingConsoleRoutes } from './ratings-console-routes.js';
import { registerListsConsoleRoutes } from './lists-console-routes.js';
import { registerSelfServiceRoutes } from './self-service-routes.js';
import { registerGovernmentRoutes } from './government-routes.js';
import { registerMonitoringPages } from './monitoring-routes.js';
import { registerChecksConsoleRoutes } from './checks-console-routes.js';
import { registerRepairPages } from './repair-routes.js';
import { registerCommitmentPages } from './commitment-routes.js';
import { registerComplaintPages } from './complaints-routes.js';
import { registerObjectionPages } from './objection-routes.js';
import { registerDashboardRoutes } from './dashboard-routes.js';
import { registerAssessmentPages } from './assessment-routes.js';
import { registerPlanPages } from './plan-routes.js';
import { registerReportPages } from './reports-routes.js';
import { errorPage } from './pages/error-page.js';
import { sendPage } from './respond.js';

const wantsHtml = (request: FastifyRequest) => (request.headers.accept ?? '').includes('text/html');

/** Any other GET: a browser gets the 404 page, API clients the usual problem+json. */
function registerNotFoundPage(app: HttpApp, web: WebContext): void {
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/') || !wantsHtml(request)) return reply.callNotFound();
    const view = web.view(request, reply);
    return sendPage(reply, view, 404, errorPage(view, { status: 404 }));
  });
}

/**
 * The browser app: the public portal and the staff console, rendered on the
 * server (docs/web.md). Its routes live in their own scope so that their
 * errors render as pages, not problem+json, and stay out of openapi.json.
 * Register it after the accounts auth hook and form parser, which it inherits.
 */
export async function registerWebRoutes(app: HttpApp, ctx: AppContext): Promise<void> {
  await app.register(async (scope: HttpApp) => {
    const web = createWebContext(ctx);
    scope.setErrorHandler(webErrorHandler(web));
    registerAssetRoutes(scope);
    registerPortalRoutes(scope, web);
    registerSessionRoutes(scope, web);
    registerConsoleRoutes(scope, web);
    registerIngestionRoutes(scope, web);
    await registerUploadRoute(scope, web);
    registerQualityRoutes(scope, web);
    registerCalendarPages(scope, web, ctx.clock);
    registerRatingConsoleRoutes(scope, web);
    registerListsConsoleRoutes(scope, web);
    registerSelfServiceRoutes(scope, web, ctx.clock);
    registerGovernmentRoutes(scope, web);
    registerMonitoringPages(scope, web);
    registerChecksConsoleRoutes(scope, web);
    registerRepairPages(scope, web);
    registerCommitmentPages(scope, web);
    registerObjectionPages(scope, web);
    registerDashboardRoutes(scope, web);
    registerAssessmentPages(scope, web);
    registerPlanPages(scope, web);
    registerReportPages(scope, web);
    registerComplaintPages(scope, web);
    registerNotFoundPage(scope, web);
  });
}
