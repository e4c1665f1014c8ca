// npm run bench [-- NAME …]: runs the named benchmarks (all by default), prints
// each table and writes bench/out/<name>.json. Knobs: BENCH_SUBJECTS (default
// 1,000,000), BENCH_SEED, BENCH_ROUNDS, BENCH_REBUILD=1, BENCH_IMPORT_ROWS (1,000,000),
// BENCH_PROFILE=1 (CPU profile of the import), DATABASE_URL (PostgreSQL too),
// BENCH_RECORDS (archive: 10,000,000), BENCH_DURATION, BENCH_CONNECTIONS (archive load runs).
// BENCH_LIST_ENTRIES (checks: 100,000), BENCH_CHECK_ROUNDS (checks: 2 runs each of baseline and checks).
// BENCH_REPORTS (reports: 60 per round).
// BENCH_RECORDS_PER_SUBJECT (ratings: 10), BENCH_INCREMENTAL (ratings: 300 drains), BENCH_UNCHANGED=0.
import { cpus } from 'node:os';
import { writeResults, type Benchmark } from './harness.js';
import { searchBenchmark } from './search.bench.js';
import { importBenchmark } from './import.bench.js';
import { validateBenchmark } from './validate.bench.js';
import { recordsBenchmark } from './records.bench.js';
import { archiveBenchmark } from './archive.bench.js';
import { checksBenchmark } from './checks.bench.js';
import { ratingsBenchmark } from './ratings.bench.js';
import { dashboardBenchmark } from './dashboard.bench.js';
import { reportsBenchmark } from './reports.bench.js';

const BENCHMARKS: readonly Benchmark[] = [searchBenchmark, importBenchmark, validateBenchmark, recordsBenchmark, archiveBenchmark, checksBenchmark, ratingsBenchmark, reportsBenchmark, dashboardBenchmark];

const names = process.argv.slice(2);
const unknown = names.filter((n) => !BENCHMARKS.some((b) => b.name === n));
if (unknown.length > 0) {
  console.error(`unknown benchmark: ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => `${b.name} (${b.description})`).join('; ')}`);
  process.exit(2);
}
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, platform: process.platform };
console.log(`machine: ${machine.cpus} × ${machine.cpu}, Node ${machine.node}`);
for (const bench of BENCHMARKS.filter((b) => names.length === 0 || names.includes(b.name))) {
  console.log(`\n## ${bench.name}: ${bench.description}`);
  const result = await bench.run();
  const file = writeResults(bench.name, { name: bench.name, at: new Date().toISOString(), machine, result });
  console.log(`\nresults: ${file}`);
}
