// The database the search benchmark reads: BENCH_SUBJECTS demo subjects stored
// through the real service (createMany), built once and reused while the
// schema, the demo generator, the count and the seed stay the same.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadConfig, type Config } from '../src/app/config.js';
import { openContext } from '../src/app/open-context.js';
import type { AppContext } from '../src/app/context.js';
import { counted, generateDemoSubjects } from '../src/domains/subjects/demo/index.js';
import { systemActor } from '../src/kernel/actor.js';
import { OUT_DIR } from './harness.js';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

export interface BuildInfo {
  subjects: number;
  seed: number;
  seconds: number;
  rowsPerSec: number;
  builtAt: string;
}

/**
 * migrate.ts has no schema version constant, so the cache key hashes the
 * migrations (names and text) and the generated data itself (its first 2,000
 * subjects): a schema or generator change rebuilds, an unrelated edit does not.
 */
export function cacheKey(count: number, seed: number): string {
  const hash = createHash('sha256');
  const dir = join(SRC, 'db', 'migrations');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort()) {
    hash.update(`${f}\0`).update(readFileSync(join(dir, f))).update('\0');
  }
  hash.update(JSON.stringify([...generateDemoSubjects({ count: Math.min(count, 2000), seed })]));
  return `${count}-s${seed}-${hash.digest('hex').slice(0, 12)}`;
}

export function benchConfig(db: { file: string } | { url: string }): Readonly<Config> {
  return loadConfig({
    NODE_ENV: 'test',
    ...('file' in db ? { XINYONG_DB: db.file } : { DATABASE_URL: db.url }),
    XINYONG_SECRETS_FILE: join(OUT_DIR, 'bench.secrets.json'),
  });
}

/** Stores `count` demo subjects through the service in chunks of 5,000, with progress on stderr. */
async function fill(ctx: AppContext, count: number, seed: number): Promise<BuildInfo> {
  const started = performance.now();
  const every = Math.max(10_000, Math.ceil(count / 20 / 10_000) * 10_000);
  const subjects = counted(generateDemoSubjects({ count, seed }), every, (n) => {
    const s = (performance.now() - started) / 1000;
    process.stderr.write(`  build: ${n}/${count} subjects, ${s.toFixed(0)} s, ${(n / s).toFixed(0)} rows/s\n`);
  });
  await ctx.services.subjects.createMany(systemActor, subjects, { chunkSize: 5000 });
  const seconds = (performance.now() - started) / 1000;
  return { subjects: count, seed, seconds, rowsPerSec: count / seconds, builtAt: new Date().toISOString() };
}

/** bench/out/search-<key>.db, built unless present (BENCH_REBUILD=1 forces a rebuild). */
export async function sqliteFixture(count: number, seed: number): Promise<{ file: string; build: BuildInfo; reused: boolean }> {
  const file = join(OUT_DIR, `search-${cacheKey(count, seed)}.db`);
  const infoFile = `${file}.build.json`;
  if (existsSync(file) && existsSync(infoFile) && process.env.BENCH_REBUILD !== '1') {
    return { file, build: JSON.parse(readFileSync(infoFile, 'utf8')) as BuildInfo, reused: true };
  }
  const building = `${file}.building`;
  for (const f of [file, building, `${building}-wal`, `${building}-shm`]) rmSync(f, { force: true });
  process.stderr.write(`building ${file} (${count} subjects) …\n`);
  const ctx = await openContext({ config: benchConfig({ file: building }) });
  const build = await fill(ctx, count, seed);
  await ctx.database.close();
  renameSync(building, file);
  writeFileSync(infoFile, `${JSON.stringify(build, null, 2)}\n`);
  return { file, build, reused: false };
}

/**
 * The database xinyong_bench next to DATABASE_URL's, created fresh (UTF-8
 * LC_CTYPE, which pg_trgm needs for Chinese) unless its comment shows it holds
 * this very data set already.
 */
export async function postgresFixture(adminUrl: string, count: number, seed: number): Promise<{ url: string; build: BuildInfo; reused: boolean }> {
  const key = cacheKey(count, seed);
  const url = new URL(adminUrl);
  url.pathname = '/xinyong_bench';
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const found = await admin.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = 'xinyong_bench'`);
    const comment = found.rows[0]?.comment;
    if (comment && process.env.BENCH_REBUILD !== '1') {
      const info = JSON.parse(comment) as BuildInfo & { key: string };
      if (info.key === key) return { url: url.toString(), build: info, reused: true };
    }
    await admin.query('DROP DATABASE IF EXISTS xinyong_bench WITH (FORCE)');
    await admin.query(`CREATE DATABASE xinyong_bench TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
    process.stderr.write(`building PostgreSQL database xinyong_bench (${count} subjects) …\n`);
    const ctx = await openContext({ config: benchConfig({ url: url.toString() }) });
    const build = await fill(ctx, count, seed);
    await ctx.database.close();
    // Statistics as autovacuum would leave them some minutes after a bulk load.
    const analyze = new pg.Client({ connectionString: url.toString() });
    await analyze.connect();
    await analyze.query('ANALYZE');
    await analyze.end();
    const label = JSON.stringify({ ...build, key }).replaceAll("'", "''");
    await admin.query(`COMMENT ON DATABASE xinyong_bench IS '${label}'`);
    return { url: url.toString(), build, reused: false };
  } finally {
    await admin.end();
  }
}
