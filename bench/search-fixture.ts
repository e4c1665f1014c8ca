// The database the search benchmark reads: BENCH_SUBJECTS demo subjects stored
// through the real service (createMany), built once and reused while the demo
// data and the migrations it went through stay the same; migrations added
// since are applied to it on open, as on any upgrade.
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
  /** The migrations (name:hash of the text) the database has been through. */
  migrations: string[];
}

/** Every migration file, in order, with a hash of its text (migrate.ts has no schema version constant). */
function migrations(): string[] {
  const dir = join(SRC, 'db', 'migrations');
  return readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort()
    .map((f) => `${f}:${createHash('sha256').update(readFileSync(join(dir, f))).digest('hex').slice(0, 12)}`);
}

/** What the cached database holds: count, seed and a hash of the generated data (its first 2,000 subjects). */
export function dataKey(count: number, seed: number): string {
  const data = JSON.stringify([...generateDemoSubjects({ count: Math.min(count, 2000), seed })]);
  return `${count}-s${seed}-${createHash('sha256').update(data).digest('hex').slice(0, 12)}`;
}

/**
 * A cached database fits when every migration it went through is still the
 * first of today's, unchanged; a changed one (or BENCH_REBUILD=1) rebuilds.
 */
function fits(build: BuildInfo | undefined, current: readonly string[]): build is BuildInfo {
  const applied = build?.migrations ?? [];
  return process.env.BENCH_REBUILD !== '1' && applied.length > 0 && applied.every((m, i) => m === current[i]);
}

export function benchConfig(db: { file: string } | { url: string }): Readonly<Config> {
  return loadConfig({
    NODE_ENV: 'test',
    ...('file' in db ? { XINYONG_DB: db.file } : { DATABASE_URL: db.url }),
    XINYONG_SECRETS_FILE: join(OUT_DIR, 'bench.secrets.json'),
  });
}

/** Stores `count` demo subjects through the service in chunks of 5,000, with progress on stderr. */
async function fill(ctx: AppContext, count: number, seed: number, applied: string[]): Promise<BuildInfo> {
  const started = performance.now();
  const every = Math.max(10_000, Math.ceil(count / 20 / 10_000) * 10_000);
  const subjects = counted(generateDemoSubjects({ count, seed }), every, (n) => {
    const s = (performance.now() - started) / 1000;
    process.stderr.write(`  build: ${n}/${count} subjects, ${s.toFixed(0)} s, ${(n / s).toFixed(0)} rows/s\n`);
  });
  await ctx.services.subjects.createMany(systemActor, subjects, { chunkSize: 5000 });
  const seconds = (performance.now() - started) / 1000;
  return { subjects: count, seed, seconds, rowsPerSec: count / seconds, builtAt: new Date().toISOString(), migrations: applied };
}

/** bench/out/search-<data key>.db, built unless a fitting one is there, and migrated to the latest schema. */
export async function sqliteFixture(count: number, seed: number): Promise<{ file: string; build: BuildInfo; reused: boolean }> {
  const file = join(OUT_DIR, `search-${dataKey(count, seed)}.db`);
  const infoFile = `${file}.build.json`;
  const current = migrations();
  const cached = existsSync(file) && existsSync(infoFile) ? (JSON.parse(readFileSync(infoFile, 'utf8')) as BuildInfo) : undefined;
  if (fits(cached, current)) {
    if (cached.migrations.length < current.length) {
      await (await openContext({ config: benchConfig({ file }) })).database.close();
      writeFileSync(infoFile, `${JSON.stringify({ ...cached, migrations: current }, null, 2)}\n`);
    }
    return { file, build: { ...cached, migrations: current }, reused: true };
  }
  const building = `${file}.building`;
  for (const f of [file, infoFile, building, `${building}-wal`, `${building}-shm`]) rmSync(f, { force: true });
  process.stderr.write(`building ${file} (${count} subjects) …\n`);
  const ctx = await openContext({ config: benchConfig({ file: building }) });
  const build = await fill(ctx, count, seed, current);
  await ctx.database.close();
  renameSync(building, file);
  writeFileSync(infoFile, `${JSON.stringify(build, null, 2)}\n`);
  return { file, build, reused: false };
}

/**
 * The database xinyong_bench next to DATABASE_URL's, created fresh (UTF-8
 * LC_CTYPE, which pg_trgm needs for Chinese) unless its comment shows that it
 * holds this data set and fits today's migrations; the comment keeps the build info.
 */
export async function postgresFixture(adminUrl: string, count: number, seed: number): Promise<{ url: string; build: BuildInfo; reused: boolean }> {
  const key = dataKey(count, seed);
  const current = migrations();
  const url = new URL(adminUrl);
  url.pathname = '/xinyong_bench';
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const label = async (build: BuildInfo) =>
    admin.query(`COMMENT ON DATABASE xinyong_bench IS '${JSON.stringify({ ...build, key }).replaceAll("'", "''")}'`);
  try {
    const found = await admin.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = 'xinyong_bench'`);
    const comment = found.rows[0]?.comment;
    const cached = comment ? (JSON.parse(comment) as BuildInfo & { key: string }) : undefined;
    if (cached?.key === key && fits(cached, current)) {
      if (cached.migrations.length < current.length) {
        await (await openContext({ config: benchConfig({ url: url.toString() }) })).database.close();
        await label({ ...cached, migrations: current });
      }
      return { url: url.toString(), build: { ...cached, migrations: current }, reused: true };
    }
    await admin.query('DROP DATABASE IF EXISTS xinyong_bench WITH (FORCE)');
    await admin.query(`CREATE DATABASE xinyong_bench TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
    process.stderr.write(`building PostgreSQL database xinyong_bench (${count} subjects) …\n`);
    const ctx = await openContext({ config: benchConfig({ url: url.toString() }) });
    const build = await fill(ctx, count, seed, current);
    await ctx.database.close();
    // Statistics as autovacuum would leave them some minutes after a bulk load.
    const analyze = new pg.Client({ connectionString: url.toString() });
    await analyze.connect();
    await analyze.query('ANALYZE');
    await analyze.end();
    await label(build);
    return { url: url.toString(), build, reused: false };
  } finally {
    await admin.end();
  }
}
