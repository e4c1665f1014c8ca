import type { Config } from './config.js';
import type { Database } from '../db/connect.js';
import type { Clock } from '../kernel/clock.js';
import { createPersonalDataCipher } from '../kernel/crypto.js';
import { createAccountsService, createAuditLog, createPasswordHasher } from '../domains/accounts/index.js';
import { createSearchIndex, createSubjectService } from '../domains/subjects/index.js';
import { createCatalogService } from '../domains/catalog/index.js';
import { createRecordService } from '../domains/records/index.js';
import { createImportService } from '../domains/imports/index.js';
import { createCalendarService } from '../domains/calendar/index.js';
import { createProviderQualityService, createStatsAggregator, createStatisticsService, createAssessmentService, createPlanService } from '../domains/stats/index.js';
import { createArchiveService } from '../domains/archive/index.js';
import { createMonitoringService } from '../domains/monitoring/index.js';
import { createDisclosureService } from '../domains/disclosure/index.js';
import { createListService } from '../domains/lists/index.js';
import { createChecksService, measureVocabulary } from '../domains/checks/index.js';
import { createRatingService } from '../domains/ratings/index.js';
import { createObjectionService, createObjectionStats } from '../domains/objections/index.js';
import { createPdfPool, createReportBatch, createReportService, reportFonts } from '../domains/reports/index.js';
import { createNotificationService } from '../domains/notifications/index.js';
import { createAgencyService } from '../domains/agencies/index.js';
import { createComplaintService } from '../domains/complaints/index.js';
import { createCommitmentService } from '../domains/commitments/index.js';
import { createRepairService, createRepairStats } from '../domains/repairs/index.js';

/** The composition root for services: each gets only what it uses. */
export function createServices(deps: { config: Readonly<Config>; database: Database; clock: Clock }) {
  const { config, database, clock } = deps;
  const cipher = createPersonalDataCipher({
    encryptionKey: config.secrets.encryptionKey,
    lookupKey: config.secrets.lookupKey,
  });
  const audit = createAuditLog({ clock });
  const passwordHasher = createPasswordHasher();
  const accounts = createAccountsService({ db: database.db, clock, audit, hasher: passwordHasher });
  const subjects = createSubjectService({ database, clock, cipher, audit, searchIndex: createSearchIndex(database.dialect) });
  const catalog = createCatalogService({ db: database.db, clock, audit });
  const records = createRecordService({ database, clock, audit, catalog, subjects });
  const imports = createImportService({ database, clock, audit, catalog, records, departments: accounts });
  const calendar = createCalendarService({ db: database.db, clock, audit });
  const providerQuality = createProviderQualityService({ db: database.db, clock, calendar });
  const archive = createArchiveService({ database, clock, audit, cipher, subjects, records, accounts });
  const lists = createListService({ database, clock, audit, calendar, subjects, records, accounts });
  const disclosure = createDisclosureService({ database, clock, catalog, lists });
  const monitoring = createMonitoringService({ database, clock, audit, subjects, catalog, secretBox: cipher, allowPrivateWebhookTargets: config.monitoring.allowPrivateWebhookTargets });
  const ratings = createRatingService({ database, clock, audit, catalog, subjects, accounts });
  // Grade-based measures read the current grades the ratings domain keeps (SPEC §7; docs/checks.md, "Ports").
  const checks = createChecksService({
    database, clock, audit, signingKey: config.secrets.signingKey, lookupHash: cipher.lookupHash,
    lists, grades: ratings, vocabulary: measureVocabulary({ lists, catalog }),
  });
  // Notifications (docs/due-process.md, "Notifications"): in-app, plus an outbox for an email/SMS gateway (none by default: messages are only logged).
  const notifications = createNotificationService({ database, clock });
  const notify = notifications.notify;
  // Due process (docs/due-process.md): objections, commitments, repairs (a breach is ingested as a record; approval repairs the record in the same transaction), complaints.
  const objections = createObjectionService({ database, clock, audit, calendar, catalog, records, notify });
  const commitments = createCommitmentService({ database, clock, audit, records, accounts, notify });
  const repairs = createRepairService({ database, clock, audit, calendar, catalog, records, commitments, lists, notify });
  const agencies = createAgencyService({ database, clock, audit, accounts });
  const complaints = createComplaintService({ database, clock, audit, calendar, subjects, accounts, agencies, notify });
  // Credit reports (docs/reports.md): the check receipts' key signs each report's digest.
  const reports = createReportService({
    database, clock, audit, signingKey: config.secrets.signingKey, publicUrl: config.publicUrl,
    subjects, archive, catalog, lists, ratings, commitments: { forReport: (subjectId, opts) => commitments.forReport(subjectId, opts) },
    // PDFs render on a pool of threads started on first use (idle threads do not keep the process alive).
    ...(config.reportThreads > 0 ? { pdf: createPdfPool({ size: config.reportThreads, fonts: reportFonts }) } : {}),
  });
  const reportBatch = createReportBatch(reports);
  // Supervision statistics (docs/statistics.md): the summary the outbox consumer keeps, the dashboards, the assessment, the plan.
  const objectionStats = createObjectionStats({ db: database.db, clock });
  const statsAggregator = createStatsAggregator({ database, clock, calendar });
  const statistics = createStatisticsService({
    db: database.db, clock, catalog, aggregator: statsAggregator, objections: objectionStats, repairs: createRepairStats({ db: database.db, clock }),
  });
  const assessment = createAssessmentService({ db: database.db, clock, audit, statistics, objections: objectionStats });
  const plan = createPlanService({ db: database.db, clock, audit, statistics });
  return {
    audit, passwordHasher, accounts, subjects, catalog, records, imports, calendar, providerQuality, archive, disclosure, monitoring, lists, checks, ratings,
    notifications, objections, commitments, repairs, agencies, complaints, reports, reportBatch, statsAggregator, statistics, assessment, plan,
  };
}

export type Services = ReturnType<typeof createServices>;
