import { loadConfig, type Config } from './config.js';
import { connect } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { systemClock, type Clock } from '../kernel/clock.js';
import { createServices } from './services.js';
import type { AppContext } from './context.js';

/** Loads configuration, connects, migrates and builds the services. */
export async function openContext(opts: { config?: Readonly<Config>; clock?: Clock } = {}): Promise<AppContext> {
  const config = opts.config ?? loadConfig();
  const clock = opts.clock ?? systemClock;
  const database = connect(config.db);
  await migrateToLatest(database);
  if (database.dialect === 'postgres') await assertUtf8Ctype(database);
  const services = createServices({ config, database, clock });
  await services.catalog.ensureDefaults();
  await services.lists.ensureDefaults();
  await services.checks.ensureDefaults();
  return { config, database, clock, services };
}

/** pg_trgm indexes Chinese characters only under a UTF-8 LC_CTYPE; refuse to run without one. */
async function assertUtf8Ctype(database: AppContext['database']): Promise<void> {
  const { sql } = await import('kysely');
  const row = await sql<{ ctype: string }>`SELECT datctype AS ctype FROM pg_database WHERE datname = current_database()`.execute(database.db);
  const ctype = row.rows[0]?.ctype ?? '';
  if (!/utf-?8/i.test(ctype)) {
    throw new Error(
      `PostgreSQL database LC_CTYPE is "${ctype}": name search needs a UTF-8 locale. ` +
        `Create it with: CREATE DATABASE xinyong TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
    );
  }
}
