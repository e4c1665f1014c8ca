import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { openContext } from './open-context.js';
import { seedOnFirstStart } from './seed.js';
import type { AppContext } from './context.js';

const dirs: string[] = [];
const contexts: AppContext[] = [];

async function freshContext(env: Record<string, string> = {}): Promise<AppContext> {
  const dir = mkdtempSync(join(tmpdir(), 'xinyong-seed-'));
  dirs.push(dir);
  const config = loadConfig({ NODE_ENV: 'test', XINYONG_DB: join(dir, 'x.db'), XINYONG_SECRETS_FILE: join(dir, 's.json'), ...env });
  const ctx = await openContext({ config });
  contexts.push(ctx);
  return ctx;
}

async function seed(ctx: AppContext): Promise<string[]> {
  const lines: string[] = [];
  await seedOnFirstStart(ctx, (line) => lines.push(line));
  return lines;
}

async function count(ctx: AppContext, table: 'records' | 'subjects'): Promise<number> {
  const row = await ctx.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

afterEach(async () => {
  for (const ctx of contexts.splice(0)) await ctx.database.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('demo data on first start', () => {
  it('fills an empty registry with XINYONG_DEMO_SUBJECTS demo subjects and their credit records once, in one line', async () => {
    const ctx = await freshContext({ XINYONG_DEMO_SUBJECTS: '25' });
    const demo = (await seed(ctx)).filter((l) => l.startsWith('演示数据'));
    expect(demo).toHaveLength(1);
    const [, subjects, records, recordsEn] = /^演示数据：已生成 (\d+) 个信用主体、(\d+) 条信用记录 \/ demo data: 25 subjects, (\d+) credit records$/.exec(demo[0]!) ?? [];
    expect(subjects).toBe('25');
    expect(Number(records)).toBeGreaterThan(25);
    expect(recordsEn).toBe(records);
    expect(await count(ctx, 'records')).toBe(Number(records));
    expect((await ctx.services.subjects.search({ q: '深圳', page: 1, pageSize: 5 })).items.length).toBeGreaterThan(0);
    // A restart finds the registry filled: no demo line, no more records.
    expect((await seed(ctx)).filter((l) => l.startsWith('演示数据'))).toEqual([]);
    expect(await count(ctx, 'records')).toBe(Number(records));
  });

  it('adds nothing when XINYONG_SEED_DEMO=false', async () => {
    const ctx = await freshContext({ XINYONG_DEMO_SUBJECTS: '25', XINYONG_SEED_DEMO: 'false' });
    expect((await seed(ctx)).filter((l) => l.startsWith('演示数据'))).toEqual([]);
    const any = await ctx.database.db.selectFrom('subjects').select('seq').limit(1).executeTakeFirst();
    expect(any).toBeUndefined();
    expect(await count(ctx, 'records')).toBe(0);
  });
});
