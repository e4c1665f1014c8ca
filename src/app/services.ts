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
  return { audit, passwordHasher, accounts, subjects, catalog, records, imports, calendar, providerQuality };
}

export type Services = ReturnType<typeof createServices>;
