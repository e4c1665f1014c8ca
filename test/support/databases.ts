import pg from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, beforeAll, afterAll } from 'vitest';
import { connect, type Database, type Dialect } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';

/** Which engines the repository tests run on: DB_DIALECTS=sqlite,postgres (default sqlite). */
export function dialectsUnderTest(): Dialect[] {
  const raw = (process.env.DB_DIALECTS ?? 'sqlite').split(',').map((s) => s.trim()).filter(Boolean);
  for (const d of raw) if (d !== 'sqlite' && d !== 'postgres') throw new Error(`DB_DIALECTS: unknown dialect ${d}`);
  return raw as Dialect[];
}

const adminUrl = () => process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase extends Database {
  drop(): Promise<void>;
}

/** A fresh, migrated database: a temp SQLite file, or a new PostgreSQL database with a UTF-8 LC_CTYPE. */
export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'xinyong-test-'));
    const database = connect({ dialect: 'sqlite', file: join(dir, 'test.db') });
    await migrateToLatest(database);
    return { ...database, drop: async () => { await database.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const name = `xinyong_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  await admin.end();
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const database = connect({ dialect: 'postgres', url: url.toString() });
  await migrateToLatest(database);
  return {
    ...database,
    drop: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: adminUrl() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Runs a suite once per dialect under test, each with its own fresh database. */
export function describeEachDialect(title: string, body: (get: () => TestDatabase, dialect: Dialect) => void): void {
  for (const dialect of dialectsUnderTest()) {
    describe(`${title} [${dialect}]`, () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = await createTestDatabase(dialect);
      });
      afterAll(async () => {
        await database?.drop();
      });
      body(() => {
        if (!database) throw new Error('database not ready');
        return database;
      }, dialect);
    });
  }
}
