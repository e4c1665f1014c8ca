// Ratings (SPEC §7, §14; issue 6 item 7) on SQLite: a full re-rating of
// BENCH_SUBJECTS subjects (default 1,000,000) with BENCH_RECORDS_PER_SUBJECT
// records each (10) — every published preset, then the same run again with
// nothing changed — and the incremental re-rating of one subject after a
// record change (drain() of one outbox event). Baselines in the same run, on
// the same file: a bare SQL aggregate over every record (GROUP BY subject_id),
// and a bare per-subject aggregate for the incremental case.
// Targets: full re-rating of 1M subjects / 10M records ≤ 60 s; incremental p95 ≤ 5 ms.
// Run alone: `node bin/run-ts.js bench/ratings.bench.ts` (or `npm run bench -- ratings`).
// BENCH_UNCHANGED=0 skips the nothing-changed run. The read is served by records_rating_idx (migration 0019).
// Each full run is made twice in the same run, in one thread (workers=1) and on BENCH_WORKERS worker
// threads (default: the cores), the ratings cleared in between where every rating must be new.
import { copyFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { openContext } from '../src/app/open-context.js';
import { systemActor } from '../src/kernel/actor.js';
import { fixedClock } from '../src/kernel/clock.js';
import { newId } from '../src/kernel/ids.js';
import { formatTable, measure, OUT_DIR, summarize, withRatios, writeResults, type Benchmark, type Row } from './harness.js';
import { ratingsFixture, TODAY } from './ratings-fixture.js';
import { benchConfig } from './search-fixture.js';

const SUBJECTS = Number(process.env.BENCH_SUBJECTS ?? 1_000_000);
const PER_SUBJECT = Number(process.env.BENCH_RECORDS_PER_SUBJECT ?? 10);
const INCREMENTAL = Number(process.env.BENCH_INCREMENTAL ?? 300);
const WORKERS = Number(process.env.BENCH_WORKERS ?? availableParallelism());

interface FullRun { name: string; workers: number; loadBefore: number; seconds: number; cpuSeconds: number; subjectsPerSec: number; recordsPerSec: number; changed: number; baseline?: string; ratio?: number }

/** The bare SQL a scorer without an engine would run: one aggregate over every counting record, per subject. */
function sqlAggregate(file: string): { seconds: number; cpuSeconds: number } {
  const sqlite = new Database(file, { readonly: true });
  const started = performance.now();
  const cpu = process.cpuUsage();
  let n = 0;
  for (const _ of sqlite.prepare(`SELECT subject_id, count(*) AS n, sum(severity = 'serious') AS serious, sum(polarity = 'positive') AS positive, max(decision_date) AS latest
      FROM records WHERE status = 'active' AND decision_date <= ? AND publicity_end >= ? GROUP BY subject_id`).iterate(TODAY, TODAY)) n++;
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  sqlite.close();
  if (n === 0) throw new Error('the aggregate found no subjects');
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

async function run(): Promise<unknown> {
  const fixture = await ratingsFixture(SUBJECTS, PER_SUBJECT);
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} on ${cpus().length} cores`);
  console.log(`fixture: ${fixture.subjects.toLocaleString('en-US')} subjects, ${fixture.records.toLocaleString('en-US')} records (${fixture.reused ? 'reused' : `built in ${fixture.buildSeconds.toFixed(0)} s`})`);
  const work = join(OUT_DIR, 'ratings-work.db');
  for (const f of [work, `${work}-wal`, `${work}-shm`]) rmSync(f, { force: true });
  copyFileSync(fixture.file, work);

  const baseline = sqlAggregate(work);
  const clock = fixedClock(`${TODAY}T02:00:00.000Z`);
  const ctx = await openContext({ config: benchConfig({ file: work }), clock });
  const ratings = ctx.services.ratings;
  // As `xinyong rate` does: a 256 MB page cache and reads through a memory map (at most 2 GB in this SQLite build).
  await sql`PRAGMA cache_size = -262144`.execute(ctx.database.db);
  await sql`PRAGMA mmap_size = 2147418112`.execute(ctx.database.db);
  await ratings.ensurePresets();
  const full: FullRun[] = [{ name: 'SQL aggregate over every record (baseline)', workers: 1, loadBefore: loadavg()[0]!, ...baseline, subjectsPerSec: SUBJECTS / baseline.seconds, recordsPerSec: fixture.records / baseline.seconds, changed: 0 }];
  // CPU seconds are the whole process's: this thread and every worker thread.
  const fullRun = async (name: string, workers: number, opts: { model?: string } = {}) => {
    const loadBefore = loadavg()[0]!;
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = await ratings.rateAll(systemActor, { ...opts, workers });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    full.push({ name, workers, loadBefore, seconds, cpuSeconds, subjectsPerSec: result.subjects / seconds, recordsPerSec: fixture.records / seconds, changed: result.changed, baseline: full[0]!.name, ratio: seconds / baseline.seconds });
    console.log(`  ${name}, workers=${workers}: ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} CPU s), ${result.changed.toLocaleString('en-US')} ratings written, load ${loadBefore.toFixed(1)} before`);
  };
  /** Untimed: no rating stored, so the next run writes every rating anew. */
  const clearRatings = async () => {
    await ctx.database.db.deleteFrom('ratingCurrent').execute();
    await ctx.database.db.deleteFrom('ratings').execute();
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(ctx.database.db);
  };
  for (const workers of [1, WORKERS]) {
    await clearRatings();
    await fullRun('full re-rating, public_composite, every rating new', workers, { model: 'public_composite' });
  }
  for (const workers of [1, WORKERS]) {
    await clearRatings();
    await fullRun('full re-rating, all 7 presets, every rating new', workers);
  }
  if (process.env.BENCH_UNCHANGED !== '0') for (const workers of [1, WORKERS]) await fullRun('full re-rating, all 7 presets, nothing changed', workers);
  // Incremental: a record of a random subject changes (written with its outbox event, untimed), then drain() re-rates that subject.
  const sqlite = new Database(work);
  const dept = (sqlite.prepare('SELECT id FROM departments LIMIT 1').get() as { id: string }).id;
  const subjectAt = sqlite.prepare('SELECT id FROM subjects WHERE seq = ?');
  const insertRecord = sqlite.prepare(`INSERT INTO records (id, natural_key, subject_id, type_code, type_version, source_department_id, doc_no, decision_date, severity, disclosure, publicity_end,
      polarity, category, status, version, content, content_hash, first_received_at, last_received_at, updated_at)
    VALUES (?, ?, ?, 'admin_penalty', 1, ?, ?, ?, ?, 'public', '2027-06-01', 'negative', 'penalty', 'active', 1, '{"fineAmount":500000}', 'x', ?, ?, ?)`);
  const insertEvent = sqlite.prepare(`INSERT INTO outbox (id, topic, aggregate_id, payload, created_at) VALUES (?, 'record.created', ?, ?, ?)`);
  const aggregate = sqlite.prepare(`SELECT count(*) AS n, sum(severity = 'serious') AS serious FROM records WHERE subject_id = ? AND status = 'active' AND publicity_end >= ?`);
  const pick = (i: number) => (subjectAt.get(1 + ((i * 7919) % SUBJECTS)) as { id: string }).id;
  const change = (i: number) => {
    const subjectId = pick(i);
    const id = newId();
    const at = clock.now().toISOString();
    insertRecord.run(id, `${dept}|admin_penalty|INC-${i}|`, subjectId, dept, `INC-${i}`, '2026-06-01', i % 3 === 0 ? 'serious' : 'general', at, at, at);
    insertEvent.run(newId(), id, JSON.stringify({ recordId: id, version: 1, change: 'created', subjectId, typeCode: 'admin_penalty', status: 'active' }), at);
  };
  await ratings.drain();
  let changed = 0;
  const drains: number[] = [];
  let drainCpuMs = 0;
  for (let i = 0; i < INCREMENTAL + 20; i++) {
    change(i);
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = await ratings.drain();
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    if (result.subjects !== 1) throw new Error(`drain re-rated ${result.subjects} subjects, expected 1`);
    changed += result.changed;
    if (i >= 20) {
      drains.push(ms);
      drainCpuMs += (used.user + used.system) / 1000;
    }
  }
  const bare = await measure((i) => aggregate.get(pick(i), TODAY), { warmup: 20, iterations: INCREMENTAL });
  const rows: Row[] = withRatios([
    summarize('bare SQL aggregate of one subject (baseline)', bare),
    summarize('drain(): re-rate one subject after a record change', drains, 'bare SQL aggregate of one subject (baseline)'),
  ]);
  sqlite.close();
  await ctx.database.close();

  console.log(`\n| run | workers | load before | seconds | CPU seconds | subjects/s | records/s | ratings written | × baseline |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|`);
  for (const f of full) {
    console.log(`| ${f.name} | ${f.workers} | ${f.loadBefore.toFixed(1)} | ${f.seconds.toFixed(1)} | ${f.cpuSeconds.toFixed(1)} | ${Math.round(f.subjectsPerSec).toLocaleString('en-US')} | ${Math.round(f.recordsPerSec).toLocaleString('en-US')} | ${f.changed.toLocaleString('en-US')} | ${f.ratio === undefined ? '' : `${f.ratio.toFixed(1)}×`} |`);
  }
  console.log(`\n${formatTable(rows)}`);
  const cpuPerDrainMs = drainCpuMs / drains.length;
  console.log(`\nincremental: ${changed} ratings changed over ${drains.length} timed drains; CPU ${cpuPerDrainMs.toFixed(2)} ms per drain (mean)`);
  const target = { fullSeconds: (60 * SUBJECTS) / 1_000_000, incrementalP95Ms: 5 };
  const met = { full: full.slice(1).filter((f) => f.workers === WORKERS).every((f) => f.seconds <= target.fullSeconds), incremental: rows[1]!.p95 <= target.incrementalP95Ms };
  console.log(`targets (scaled to ${SUBJECTS.toLocaleString('en-US')} subjects): full (workers=${WORKERS}) ≤ ${target.fullSeconds.toFixed(1)} s ${met.full ? 'met' : 'MISSED'}; incremental p95 ≤ 5 ms ${met.incremental ? 'met' : 'MISSED'}`);
  rmSync(work, { force: true });
  return { subjects: SUBJECTS, recordsPerSubject: PER_SUBJECT, records: fixture.records, workers: WORKERS, full, incremental: rows, cpuPerDrainMs, loadAverage: loadavg(), target, met };
}

export const ratingsBenchmark: Benchmark = {
  name: 'ratings',
  description: `full re-rating of ${SUBJECTS.toLocaleString('en-US')} subjects × ${PER_SUBJECT} records, and incremental re-rating after a record change (SQLite)`,
  run,
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await run();
  console.log(`results: ${writeResults('ratings', result)}`);
}
