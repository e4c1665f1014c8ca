import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/app/config.js';
import { createServices } from '../../src/app/services.js';
import { buildApp } from '../../src/app/build-app.js';
import type { AppContext } from '../../src/app/context.js';
import type { Dialect } from '../../src/db/connect.js';
import { fixedClock, type Clock } from '../../src/kernel/clock.js';
import type { HttpApp } from '../../src/kernel/http.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

export interface TestApp {
  app: HttpApp;
  ctx: AppContext;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The real app, in-process, on a fresh database of the given dialect, with a fixed clock by default. */
export async function createTestApp(dialect: Dialect, opts: { clock?: Clock; env?: Record<string, string> } = {}): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const dir = mkdtempSync(join(tmpdir(), 'xinyong-secrets-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    XINYONG_SECRETS_FILE: join(dir, 'secrets.json'),
    XINYONG_SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    ...opts.env,
  });
  const clock = opts.clock ?? fixedClock('2026-06-15T02:00:00.000Z');
  const ctx: AppContext = { config, database, clock, services: createServices({ config, database, clock }) };
  const app = await buildApp(ctx, { logger: false });
  return {
    app,
    ctx,
    database,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
