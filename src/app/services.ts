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
import { createProviderQualityService } from '../domains/stats/index.js';
import { createArchiveService } from '../domains/archive/index.js';
import { createMonitoringService } from '../domains/monitoring/index.js';
import { createDisclosureService } from '../domains/disclosure/index.js';
import { createListService } from '../domains/lists/index.js';
import { createChecksService, measureVocabulary } from '../domains/checks/index.js';
import { createRatingService } from '../domains/ratings/index.js';

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
  return { audit, passwordHasher, accounts, subjects, catalog, records, imports, calendar, providerQuality, archive, disclosure, monitoring, lists, checks, ratings };
}

export type Services = ReturnType<typeof createServices>;
