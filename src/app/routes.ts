import type { HttpApp } from '../kernel/http.js';
import type { AppContext } from './context.js';
import { registerSubjectRoutes } from '../domains/subjects/index.js';
import { registerAccountRoutes } from '../domains/accounts/index.js';
import { registerCatalogRoutes } from '../domains/catalog/index.js';
import { registerRecordRoutes } from '../domains/records/index.js';
import { registerImportRoutes } from '../domains/imports/index.js';
import { registerCalendarRoutes } from '../domains/calendar/index.js';
import { registerProviderQualityRoutes, registerStatisticsRoutes } from '../domains/stats/index.js';
import { registerArchiveRoutes } from '../domains/archive/index.js';
import { registerMonitoringRoutes } from '../domains/monitoring/index.js';
import { registerDisclosureRoutes } from '../domains/disclosure/index.js';
import { registerListRoutes } from '../domains/lists/index.js';
import { registerCheckRoutes } from '../domains/checks/index.js';
import { registerRatingRoutes } from '../domains/ratings/index.js';
import { registerObjectionRoutes } from '../domains/objections/index.js';
import { registerReportRoutes } from '../domains/reports/index.js';
import { registerNotificationRoutes } from '../domains/notifications/index.js';
import { registerAgencyRoutes } from '../domains/agencies/index.js';
import { registerComplaintRoutes } from '../domains/complaints/index.js';
import { registerCommitmentRoutes } from '../domains/commitments/index.js';
import { registerRepairRoutes } from '../domains/repairs/index.js';
import { registerWebRoutes } from '../web/routes.js';

/** Every domain's HTTP routes, registered in one place. */
export async function registerRoutes(app: HttpApp, ctx: AppContext): Promise<void> {
  registerAccountRoutes(app, ctx);
  registerSubjectRoutes(app, ctx.services.subjects);
  registerCatalogRoutes(app, ctx.services.catalog);
  registerRecordRoutes(app, { records: ctx.services.records, subjects: ctx.services.subjects });
  await registerImportRoutes(app, ctx.services.imports);
  registerCalendarRoutes(app, ctx.services.calendar);
  registerProviderQualityRoutes(app, ctx.services.providerQuality);
  registerStatisticsRoutes(app, { statistics: ctx.services.statistics, assessment: ctx.services.assessment, plan: ctx.services.plan });
  registerArchiveRoutes(app, ctx.services.archive);
  registerMonitoringRoutes(app, ctx.services.monitoring);
  registerDisclosureRoutes(app, ctx.services.disclosure);
  registerListRoutes(app, ctx.services.lists);
  await registerCheckRoutes(app, ctx.services.checks);
  registerRatingRoutes(app, ctx.services.ratings);
  registerObjectionRoutes(app, ctx.services.objections);
  registerReportRoutes(app, { reports: ctx.services.reports, batch: ctx.services.reportBatch });
  registerNotificationRoutes(app, ctx.services.notifications);
  registerAgencyRoutes(app, ctx.services.agencies);
  registerComplaintRoutes(app, ctx.services.complaints);
  registerCommitmentRoutes(app, ctx.services.commitments);
  registerRepairRoutes(app, ctx.services.repairs);
  await registerWebRoutes(app, ctx);
}
