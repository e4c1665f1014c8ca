import { sql } from 'kysely';
import pg from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dialectsUnderTest, type TestDatabase } from '../../test/support/databases.js';
import { connect } from './connect.js';

const adminUrl = () => process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

describe('connect(): the database seam', () => {
  it('opens an embedded SQLite file that answers, and refuses queries once closed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xinyong-connect-'));
    try {
      const database = connect({ dialect: 'sqlite', file: join(dir, 'x.db') });
      expect(database.dialect).toBe('sqlite');
      expect((await sql<{ one: number }>`SELECT 1 AS one`.execute(database.db)).rows).toEqual([{ one: 1 }]);
      await database.close();
      await expect(sql`SELECT 1`.execute(database.db)).rejects.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// A connection the PostgreSQL server ends by itself (a restart, pg_terminate_backend, a dropped database)
// must not crash the process: pg emits 'error' on the idle client, which nobody would hear.
for (const dialect of dialectsUnderTest().filter((d) => d === 'postgres')) {
  describe(`connections the server ends [${dialect}]`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
    });
    afterAll(async () => t?.drop());

    it('survives the server terminating an idle connection, and the next query gets a new one', async () => {
      const pid = (await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(t.db)).rows[0]!.pid;
      const uncaught: unknown[] = [];
      const onUncaught = (err: unknown) => uncaught.push(err);
      process.on('uncaughtException', onUncaught);
      try {
        const admin = new pg.Client({ connectionString: adminUrl() });
        await admin.connect();
        await admin.query('SELECT pg_terminate_backend($1)', [pid]);
        await admin.end();
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect((await sql<{ one: number }>`SELECT 1 AS one`.execute(t.db)).rows[0]!.one).toBe(1);
        expect(uncaught).toEqual([]);
      } finally {
        process.off('uncaughtException', onUncaught);
      }
    });
  });
}
