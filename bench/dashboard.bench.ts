// The overview dashboard (issue 9 item 6): GET /api/v1/stats/overview with
// BENCH_SUBJECTS subjects (default 1,000,000) × BENCH_RECORDS_PER_SUBJECT
// records (10: 10M records), on SQLite, in-process through the real HTTP app
// (session cookie, zod, presenters). Target: p95 ≤ 200 ms.
// The database is the ratings benchmark's fixture (bench/ratings-fixture.ts),
// copied; the summary tables (migration 0018) are built once by the
// aggregates consumer's first pass (timed: that is the cost of turning the
// feature on over an existing database), then every request reads only them.
// Also timed: the live queries the overview would need without the summary
// (baseline), and how fast the consumer counts new record events (how far
// behind the figures can fall under load).
// Run: `npm run bench -- dashboard` (BENCH_SUBJECTS=100000 for the 1M-record fixture).
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { openContext } from '../src/app/open-context.js';
import { buildApp } from '../src/app/build-app.js';
import { systemActor } from '../src/kernel/actor.js';
import { fixedClock } from '../src/kernel/clock.js';
import { newId } from '../src/kernel/ids.js';
import { sampleUscc } from '../src/domains/catalog/testing.js';
import { formatTable, measure, OUT_DIR, summarize, withRatios, writeResults, type Benchmark, type Row } from './harness.js';
import { ratingsFixture, TODAY } from './ratings-fixture.js';
import { benchConfig } from './search-fixture.js';

const SUBJECTS = Number(process.env.BENCH_SUBJECTS ?? 1_000_000);
const PER_SUBJECT = Number(process.env.BENCH_RECORDS_PER_SUBJECT ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);

/** What the overview would cost read live: distinct covered subjects by type, and records by department, type and month. */
function liveBaseline(file: string): { coverageMs: number; monthsMs: number } {
  const sqlite = new Database(file, { readonly: true });
  let started = performance.now();
  sqlite.prepare(`SELECT s.type, count(*) AS subjects, sum(EXISTS (SELECT 1 FROM records r WHERE r.subject_id = s.id AND r.status = 'active')) AS covered FROM subjects s GROUP BY s.type`).all();
  const coverageMs = performance.now() - started;
  started = performance.now();
  sqlite.prepare(`SELECT source_department_id, type_code, substr(first_received_at, 1, 7) AS m, count(*) FROM records WHERE first_received_at >= ? GROUP BY 1, 2, 3`).all('2025-06-30T16:00:00.000Z');
  const monthsMs = performance.now() - started;
  sqlite.close();
  return { coverageMs, monthsMs };
}

async function run(): Promise<unknown> {
  const fixture = await ratingsFixture(SUBJECTS, PER_SUBJECT);
  console.log(`fixture: ${fixture.subjects.toLocaleString('en-US')} subjects, ${fixture.records.toLocaleString('en-US')} records (${fixture.reused ? 'reused' : `built in ${fixture.buildSeconds.toFixed(0)} s`})`);
  const work = join(OUT_DIR, 'dashboard-work.db');
  for (const f of [work, `${work}-wal`, `${work}-shm`]) rmSync(f, { force: true });
  copyFileSync(fixture.file, work);
  const baseline = liveBaseline(work);
  console.log(`  live queries (no summary): coverage ${baseline.coverageMs.toFixed(0)} ms, records by month ${baseline.monthsMs.toFixed(0)} ms`);

  const clock = fixedClock(`${TODAY}T02:00:00.000Z`);
  const ctx = await openContext({ config: { ...benchConfig({ file: work }), logLevel: 'silent' }, clock });
  const started = performance.now();
  const first = await ctx.services.statsAggregator.drain();
  const buildSeconds = (performance.now() - started) / 1000;
  console.log(`  summary built from the source tables in ${buildSeconds.toFixed(1)} s (rebuilt: ${first.rebuilt})`);

  const { accounts } = ctx.services;
  const office = await accounts.createDepartment(systemActor, { code: sampleUscc(990_001, '11'), name: '基准信用办', kind: 'credit_office' });
  await accounts.createUser(systemActor, { username: 'bench-dashboard', displayName: '基准', password: 'Xy-Overview-Bench-77!', role: 'staff', departmentId: office.id });
  const app = await buildApp(ctx);
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bench-dashboard', password: 'Xy-Overview-Bench-77!' } });
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const dept = (new Database(work, { readonly: true }).prepare('SELECT source_department_id AS id FROM records LIMIT 1').get() as { id: string }).id;
  const call = (query: string) => async () => {
    const res = await app.inject({ url: `/api/v1/stats/overview${query}`, headers: { cookie } });
    if (res.statusCode !== 200) throw new Error(`overview ${res.statusCode}: ${res.body.slice(0, 300)}`);
  };
  const check = await app.inject({ url: '/api/v1/stats/overview', headers: { cookie } });
  const body = JSON.parse(check.body) as { coverage: { subjects: number; covered: number }; records: { created: number } };
  console.log(`  overview: ${body.coverage.subjects} subjects, ${body.coverage.covered} covered, ${body.records.created} records in the last 12 months`);
  if (body.coverage.subjects !== fixture.subjects) throw new Error('the summary does not hold every subject');

  const rows: Row[] = [];
  for (const [name, query] of [['overview, no filter', ''], ['overview, street filter', `?street=${encodeURIComponent('粤海街道')}`], ['overview, one department, 24 months', `?department=${dept}&from=2024-07&to=2026-06`]] as const) {
    rows.push(summarize(name, await measure(call(query), { warmup: 10, iterations: ROUNDS })));
  }

  // The consumer under load: EVENTS new records (written with their outbox events, untimed), then one drain.
  const sqlite = new Database(work);
  const subjectAt = sqlite.prepare('SELECT id FROM subjects WHERE seq = ?');
  const insertEvent = sqlite.prepare(`INSERT INTO outbox (id, topic, aggregate_id, payload, created_at) VALUES (?, 'record.created', ?, ?, ?)`);
  const at = new Date(clock.now().getTime() - 60_000).toISOString();
  sqlite.transaction(() => {
    for (let i = 0; i < EVENTS; i++) {
      const subjectId = (subjectAt.get(1 + ((i * 7919) % SUBJECTS)) as { id: string }).id;
      insertEvent.run(newId(), newId(), JSON.stringify({ recordId: newId(), subjectId, typeCode: 'admin_penalty', sourceDepartmentId: dept, decisionDate: '2026-06-10', status: 'active' }), at);
    }
  })();
  sqlite.close();
  const drainStart = performance.now();
  let counted = 0;
  for (let pass = await ctx.services.statsAggregator.drain(); pass.events > 0; pass = await ctx.services.statsAggregator.drain()) counted += pass.events;
  const drainSeconds = (performance.now() - drainStart) / 1000;
  console.log(`  consumer: ${counted} events counted in ${drainSeconds.toFixed(2)} s (${(counted / drainSeconds).toFixed(0)} events/s)`);

  const table = withRatios(rows);
  console.log(formatTable(table));
  await app.close();
  await ctx.database.close();
  return { subjects: fixture.subjects, records: fixture.records, rounds: ROUNDS, summaryBuildSeconds: buildSeconds, liveBaselineMs: baseline, consumer: { events: counted, seconds: drainSeconds }, rows: table };
}

export const dashboardBenchmark: Benchmark = {
  name: 'dashboard',
  description: `overview dashboard API over ${SUBJECTS.toLocaleString('en-US')} subjects × ${PER_SUBJECT} records (SQLite, summary tables); target p95 ≤ 200 ms`,
  run,
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await run();
  writeResults('dashboard', { name: 'dashboard', at: new Date().toISOString(), result });
}
