// Import (SPEC §3.3, §14): BENCH_IMPORT_ROWS generated 双公示 penalty rows from
// CSV, end to end through `xinyong import` (a child process: what a user runs,
// and its own peak RSS), against a raw baseline in the same run: csv-parse and
// the bare driver into a plain table. Targets: SQLite ≥ 50,000 validated rows/s
// and ≥ 40% of the baseline; PostgreSQL ≥ 30,000 rows/s; peak RSS ≤ 300 MB.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { FIXTURE_SOURCE, PENALTY_COLUMNS, writePenaltyCsv } from '../src/domains/imports/testing.js';
import { OUT_DIR, type Benchmark } from './harness.js';
import { postgresBaseline, sqliteBaseline } from './import-baseline.js';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
/** Penalties spread over a tenth as many enterprises, as a district's would be. */
const SUBJECTS = Math.max(1, Math.floor(ROWS / 10));
const BIN = fileURLToPath(new URL('../bin/xinyong.js', import.meta.url));
const PROFILE = process.env.BENCH_PROFILE === '1';

interface Measured { name: string; rows: number; seconds: number; peakRssMb: number | null; baseline?: string }

/** The fixture file, generated once per row count and kept in bench/out/. */
async function fixture(): Promise<string> {
  const file = join(OUT_DIR, `import-${ROWS}.csv`);
  if (!existsSync(file)) {
    mkdirSync(OUT_DIR, { recursive: true });
    const started = performance.now();
    await writePenaltyCsv(`${file}.part`, { rows: ROWS, subjects: SUBJECTS });
    (await import('node:fs')).renameSync(`${file}.part`, file);
    console.log(`generated ${file} (${(statSync(file).size / 1e6).toFixed(0)} MB) in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  return file;
}

/** VmHWM (peak resident set) of a running process, in MB; null off Linux. */
function peakRss(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** `xinyong import` as a child, timed from spawn to exit (start-up and migrations included), its peak RSS sampled as it runs. */
async function viaCli(name: string, file: string, env: Record<string, string>): Promise<Measured> {
  const args = [...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${join(OUT_DIR, 'import-profile')}`] : []), BIN, 'import', file, '--type', 'admin_penalty', '--source', FIXTURE_SOURCE.code];
  const started = performance.now();
  // The bench's own DATABASE_URL must not reach the SQLite run: it would take precedence over XINYONG_DB.
  const { DATABASE_URL: _inherited, ...inherited } = process.env;
  const childEnv = { ...inherited, XINYONG_SEED_DEMO: 'false', NODE_ENV: 'test', XINYONG_SECRETS_FILE: join(OUT_DIR, 'bench.secrets.json'), ...env };
  const child = spawn(process.execPath, args, { env: childEnv, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  let peak: number | null = null;
  const sampler = setInterval(() => (peak = peakRss(child.pid!) ?? peak), 250);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const summary = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { created?: number };
  if (code !== 0 || summary.created !== ROWS) throw new Error(`${name}: exit ${code}, ${out.trim().split('\n').at(-1)}`);
  return { name, rows: ROWS, seconds, peakRssMb: peak };
}

function table(rows: Measured[]): string {
  const base = new Map(rows.map((r) => [r.name, r]));
  const lines = rows.map((r) => {
    const rate = r.rows / r.seconds;
    const b = r.baseline ? base.get(r.baseline) : undefined;
    const ratio = b ? `${((100 * rate) / (b.rows / b.seconds)).toFixed(0)}%` : '';
    return `| ${r.name} | ${r.rows.toLocaleString('en')} | ${r.seconds.toFixed(1)} | ${Math.round(rate).toLocaleString('en')} | ${r.peakRssMb === null ? '' : r.peakRssMb.toFixed(0)} | ${ratio} |`;
  });
  return ['| run | rows | s | rows/s | peak RSS MB | of baseline |', '|---|---:|---:|---:|---:|---:|', ...lines].join('\n');
}

async function onSqlite(file: string): Promise<Measured[]> {
  const dir = join(OUT_DIR, 'import-sqlite');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const raw = await sqliteBaseline(file, join(dir, 'raw.db'), PENALTY_COLUMNS.length);
  const cli = await viaCli('sqlite: xinyong import', file, { XINYONG_DB: join(dir, 'import.db') });
  return [{ ...cli, baseline: 'sqlite raw: csv-parse + prepared INSERT' }, { name: 'sqlite raw: csv-parse + prepared INSERT', ...raw, peakRssMb: null }];
}

/** A fresh database beside the one DATABASE_URL names, with a UTF-8 LC_CTYPE (pg_trgm needs it). */
async function onPostgres(file: string, adminUrl: string): Promise<Measured[]> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS xinyong_bench_import WITH (FORCE)');
  await admin.query(`CREATE DATABASE xinyong_bench_import TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = '/xinyong_bench_import';
  const raw = await postgresBaseline(file, url.toString(), PENALTY_COLUMNS.length);
  const cli = await viaCli('postgres: xinyong import', file, { DATABASE_URL: url.toString() });
  return [{ ...cli, baseline: 'postgres raw: csv-parse + multi-row INSERT' }, { name: 'postgres raw: csv-parse + multi-row INSERT', ...raw, peakRssMb: null }];
}

export const importBenchmark: Benchmark = {
  name: 'import',
  description: `CSV import of ${ROWS.toLocaleString('en')} penalty rows: xinyong import vs csv-parse + bare INSERT (SQLite; PostgreSQL with DATABASE_URL)`,
  async run() {
    const file = await fixture();
    const rows = [...(await onSqlite(file)), ...(process.env.DATABASE_URL ? await onPostgres(file, process.env.DATABASE_URL) : [])];
    console.log(`\n${ROWS.toLocaleString('en')} rows, ${(statSync(file).size / 1e6).toFixed(0)} MB, ${SUBJECTS.toLocaleString('en')} subjects`);
    console.log(table(rows));
    return { rows: ROWS, subjects: SUBJECTS, fileBytes: statSync(file).size, results: rows };
  },
};
