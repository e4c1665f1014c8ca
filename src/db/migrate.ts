import { Migrator, type Kysely, type Migration } from 'kysely';
import type { Database, Dialect } from './connect.js';
import * as m0001 from './migrations/0001-foundation.js';
import * as m0002 from './migrations/0002-subject-search.js';
import * as m0003 from './migrations/0003-accounts.js';
import * as m0004 from './migrations/0004-catalog.js';
import * as m0005 from './migrations/0005-records.js';
import * as m0006 from './migrations/0006-imports.js';
import * as m0007 from './migrations/0007-calendar.js';
import * as m0008 from './migrations/0008-archive.js';
import * as m0009 from './migrations/0009-monitoring.js';
import * as m0010 from './migrations/0010-disclosure.js';
import * as m0011 from './migrations/0011-lists.js';
import * as m0012 from './migrations/0012-checks.js';
import * as m0013 from './migrations/0013-ratings.js';
import * as m0014 from './migrations/0014-objections.js';
import * as m0015 from './migrations/0015-repairs.js';
import * as m0016 from './migrations/0016-complaints.js';
import * as m0017 from './migrations/0017-reports.js';
import * as m0018 from './migrations/0018-statistics.js';
import * as m0019 from './migrations/0019-ratings-read-index.js';

type Step = { up(db: Kysely<any>, dialect: Dialect): Promise<void> };

/** Migrations live in code, in order; each receives the dialect for the few places engines differ. */
const steps: Record<string, Step> = {
  '0001-foundation': m0001,
  '0002-subject-search': m0002,
  '0003-accounts': m0003,
  '0004-catalog': m0004,
  '0005-records': m0005,
  '0006-imports': m0006,
  '0007-calendar': m0007,
  '0008-archive': m0008,
  '0009-monitoring': m0009,
  '0010-disclosure': m0010,
  '0011-lists': m0011,
  '0012-checks': m0012,
  '0013-ratings': m0013,
  '0014-objections': m0014,
  '0015-repairs': m0015,
  '0016-complaints': m0016,
  '0017-reports': m0017,
  '0018-statistics': m0018,
  '0019-ratings-read-index': m0019,
};

export async function migrateToLatest(database: Database): Promise<string[]> {
  const migrations: Record<string, Migration> = {};
  for (const [name, step] of Object.entries(steps)) {
    migrations[name] = { up: (db) => step.up(db, database.dialect) };
  }
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
