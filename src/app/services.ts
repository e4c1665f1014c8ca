import type { Config } from './config.js';
import type { Database } from '../db/connect.js';
import type { Clock } from '../kernel/clock.js';
import { createPersonalDataCipher } from '../kernel/crypto.js';
import { createAccountsService, createAuditLog, createPasswordHasher } from '../domains/accounts/index.js';
import { createSearchIndex, createSubjectService } from '../domains/subjects/index.js';

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
  return { audit, passwordHasher, accounts, subjects };
}

export type Services = ReturnType<typeof createServices>;
