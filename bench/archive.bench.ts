// The subject page and the archive API under HTTP load (issue 4 §7, SPEC §14):
// GET /subjects/{code} (the public profile, HTML) and
// GET /api/v1/subjects/{code}/archive/records?category=penalty for subjects with
// 200 records, on SQLite with BENCH_SUBJECTS subjects (1,000,000) and
// BENCH_RECORDS records (10,000,000), under autocannon, against a bare Fastify
// route running the equivalent indexed SELECT with better-sqlite3 in the same
// run. Target: p95 ≤ 20 ms. Knobs: BENCH_DURATION (seconds per run, 10),
// BENCH_CONNECTIONS (comma-separated, "1,10"), BENCH_ONLY (api or page). Run alone with
// `node bin/run-ts.js bench/archive.bench.ts`.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { chinaDate, systemClock } from '../src/kernel/clock.js';
import { formatTable, summarize, withRatios, writeResults, type Benchmark, type Row } from './harness.js';
import { archiveFixture, HEAVY_RECORDS, type ArchiveFixture } from './archive-fixture.js';

const SUBJECTS = Number(process.env.BENCH_SUBJECTS ?? 1_000_000);
const RECORDS = Number(process.env.BENCH_RECORDS ?? 10_000_000);
const SEED = Number(process.env.BENCH_SEED ?? 1);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '1,10').split(',').map(Number).filter((n) => n > 0);
/** `api` or `page`: only that endpoint and its baseline (default both). */
const ONLY = process.env.BENCH_ONLY;
const WARMUP_S = 3;
const HERE = dirname(fileURLToPath(import.meta.url));

interface Servers { app: number; bare: number; child: ChildProcess }

/** The platform and the bare baseline in a child process: autocannon gets this process to itself. */
async function startServers(file: string): Promise<Servers> {
  const child = spawn(process.execPath, [join(HERE, '..', 'bin', 'run-ts.js'), join(HERE, 'archive-server.ts'), file], { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`archive server exited with ${code}`)));
  });
  return { ...(JSON.parse(line) as { app: number; bare: number }), child };
}

interface Target {
  group: 'api' | 'page';
  name: string;
  port: (s: Servers) => number;
  path: (code: string) => string;
  baseline?: string;
}

const TARGETS: Target[] = [
  { group: 'api', name: 'bare: penalty page (JSON)', port: (s) => s.bare, path: (c) => `/bare/subjects/${c}/records?category=penalty` },
  { group: 'api', name: 'API: archive records ?category=penalty', port: (s) => s.app, path: (c) => `/api/v1/subjects/${c}/archive/records?category=penalty`, baseline: 'bare: penalty page (JSON)' },
  { group: 'page', name: 'bare: subject + counts + first tab (JSON)', port: (s) => s.bare, path: (c) => `/bare/subjects/${c}` },
  { group: 'page', name: 'page: /subjects/{code} (HTML)', port: (s) => s.app, path: (c) => `/subjects/${c}`, baseline: 'bare: subject + counts + first tab (JSON)' },
];

/**
 * Each request asks for the next heavy subject and comes from a client address of
 * its own (X-Forwarded-For, 10.x.y.z counting up; the server trusts its proxy): the per-address
 * rate limits (300 a minute on the archive API) run on every request, as they do
 * in production, but no address comes near its limit, so nothing is refused.
 */
function load(port: number, target: Target, codes: string[], connections: number, seconds: number) {
  let n = 0;
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const instance = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    requests: [{
      setupRequest: (req: Record<string, unknown>) => {
        n += 1;
        const ip = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
        return { ...req, method: 'GET', path: target.path(codes[n % codes.length]!), headers: { 'x-forwarded-for': ip, accept: 'text/html,application/json' } };
      },
    }],
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  });
  return new Promise<{ latencies: number[]; statuses: Record<string, number>; requests: number; seconds: number }>((resolve, reject) => {
    instance.on('done', (result: { duration: number; requests: { total: number } }) =>
      resolve({ latencies, statuses: Object.fromEntries(statuses), requests: result.requests.total, seconds: result.duration }));
    instance.on('error', reject);
  });
}

type LoadRow = Row & { connections: number; reqPerSec: number; statuses: Record<string, number> };

/** What the record page query runs on: the plan SQLite picks, printed with the table. */
function queryPlan(file: string, code: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const subject = db.prepare('SELECT id FROM subjects WHERE code = ?').get(code) as { id: string };
    return (db.prepare(`EXPLAIN QUERY PLAN SELECT r.*, d.code, d.name FROM records r JOIN departments d ON d.id = r.source_department_id
      WHERE r.subject_id = ? AND r.category = ? AND r.status = 'active' AND r.disclosure IN ('public') AND r.publicity_end >= ?
      ORDER BY r.decision_date DESC, r.seq DESC LIMIT 21`).all(subject.id, 'penalty', chinaDate(systemClock)) as Array<{ detail: string }>).map((r) => r.detail);
  } finally {
    db.close();
  }
}

/** The two answers agree before anything is timed: the API's page is the bare query's page. */
async function checkEquivalent(s: Servers, code: string): Promise<void> {
  const api = await (await fetch(`http://127.0.0.1:${s.app}/api/v1/subjects/${code}/archive/records?category=penalty`)).json() as { items: Array<{ docNo: string }> };
  const bare = await (await fetch(`http://127.0.0.1:${s.bare}/bare/subjects/${code}/records?category=penalty`)).json() as { items: Array<{ doc_no: string }> };
  const a = api.items.map((r) => r.docNo);
  const b = bare.items.map((r) => r.doc_no);
  if (a.length === 0 || JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`API and bare query disagree for ${code}: ${JSON.stringify({ a, b })}`);
  const page = await fetch(`http://127.0.0.1:${s.app}/subjects/${code}`, { headers: { accept: 'text/html' } });
  if (page.status !== 200) throw new Error(`subject page answered ${page.status}`);
}

async function run(fixture: ArchiveFixture): Promise<{ rows: LoadRow[]; plan: string[] }> {
  const servers = await startServers(fixture.file);
  try {
    const codes = fixture.heavyCodes;
    await checkEquivalent(servers, codes[0]!);
    const rows: LoadRow[] = [];
    for (const connections of CONNECTIONS) {
      const batch: LoadRow[] = [];
      for (const target of TARGETS.filter((t) => !ONLY || t.group === ONLY)) {
        await load(target.port(servers), target, codes, connections, WARMUP_S);
        const r = await load(target.port(servers), target, codes, connections, DURATION);
        const name = `${target.name} ×${connections}`;
        const row = summarize(name, r.latencies, target.baseline ? `${target.baseline} ×${connections}` : undefined);
        batch.push({ ...row, opsPerSec: r.requests / r.seconds, connections, reqPerSec: r.requests / r.seconds, statuses: r.statuses });
        process.stderr.write(`  ${name}: ${(r.requests / r.seconds).toFixed(0)} req/s, statuses ${JSON.stringify(r.statuses)}\n`);
      }
      rows.push(...(withRatios(batch) as LoadRow[]));
    }
    return { rows, plan: queryPlan(fixture.file, codes[0]!) };
  } finally {
    servers.child.stdin?.end();
    await new Promise((resolve) => servers.child.once('exit', resolve));
  }
}

export const archiveBenchmark: Benchmark = {
  name: 'archive',
  description: `subject page and archive API (subjects with ${HEAVY_RECORDS} records) under autocannon vs a bare Fastify + better-sqlite3 route (SQLite)`,
  async run() {
    const fixture = await archiveFixture(SUBJECTS, RECORDS, SEED);
    const b = fixture.build;
    console.log(`\nSQLite: ${b.subjects} subjects, ${b.records} records (${b.heavySubjects} subjects with ${HEAVY_RECORDS}), `
      + `${(b.bytes / 1e9).toFixed(1)} GB, built in ${b.seconds.toFixed(0)} s (records ${b.rowsPerSec.toFixed(0)} rows/s, indexes ${b.indexSeconds.toFixed(0)} s)`
      + `${fixture.reused ? ', reused from cache' : ''}`);
    const result = await run(fixture);
    console.log(`\nautocannon, ${DURATION} s per row after ${WARMUP_S} s of warm-up; latency in ms per request; ops/s = requests per second`);
    console.log(formatTable(result.rows));
    for (const r of result.rows) if (Object.keys(r.statuses).some((s) => s !== '200')) console.log(`  ${r.name}: statuses ${JSON.stringify(r.statuses)}`);
    console.log(`\nquery plan of the record page: ${result.plan.join(' / ')}`);
    console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs`);
    return { subjects: SUBJECTS, records: RECORDS, seed: SEED, duration: DURATION, connections: CONNECTIONS, build: b, reused: fixture.reused, ...result };
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await archiveBenchmark.run();
  console.log(`\nresults: ${writeResults(archiveBenchmark.name, { name: archiveBenchmark.name, at: new Date().toISOString(), result })}`);
}
