import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect, type CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../db/connect.js';
import { migrateToLatest } from '../../db/migrate.js';
import type { DB } from '../../db/schema.js';
import { createDisclosureRepo } from './repo.js';

/**
 * The listings read a page from an index in decision-date order (migration
 * 0010) instead of sorting a category's every public record: SQLite's plan
 * must name the index and need no temporary B-tree for ORDER BY.
 */
describe('listing query plans [sqlite]', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xinyong-plan-'));
  let raw: Database.Database;
  const plans: string[][] = [];

  beforeAll(async () => {
    const file = join(dir, 'plan.db');
    const database = connect({ dialect: 'sqlite', file });
    await migrateToLatest(database);
    await database.close();
    raw = new Database(file);
    const queries: CompiledQuery[] = [];
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: raw }), plugins: [new CamelCasePlugin()], log: (e) => void queries.push(e.query) });
    const repo = createDisclosureRepo();
    await repo.latest(db, { category: 'penalty', today: '2026-06-15', departmentId: null, from: null, to: null, limit: 21, offset: 0 });
    await repo.latest(db, { category: 'licence', today: '2026-06-15', departmentId: 'd', from: '2026-01-01', to: '2026-05-31', limit: 21, offset: 0 });
    for (const q of queries) plans.push((raw.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.parameters as unknown[])) as Array<{ detail: string }>).map((r) => r.detail));
  });
  afterAll(() => {
    raw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the 双公示 listings from records(category, decision_date, seq), without sorting', () => {
    expect(plans).toHaveLength(2);
    for (const plan of plans) {
      expect(plan.join('\n')).toMatch(/USING INDEX records_category_decision_idx \(category=\?/);
      expect(plan.join('\n')).not.toContain('TEMP B-TREE FOR ORDER BY');
    }
  });
});
