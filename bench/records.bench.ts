// Record ingestion throughput (SPEC §3.3, §14): records.ingestChunk on 行政处罚
// rows in chunks of 1,000 into a fresh SQLite database, as an import hands
// them over (every cell text; 1 in 10 rows about a person), through the real
// services: validation, subject resolution, natural key, versions, outbox, audit.
// Target: the end-to-end import must reach ≥ 50,000 rows/s, so this part must
// run well above it. Knobs: BENCH_ROWS (default 100,000), BENCH_CHUNK (1,000).
// Run alone with `node bin/run-ts.js bench/records.bench.ts`.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openContext } from '../src/app/open-context.js';
import type { AppContext } from '../src/app/context.js';
import { compileValidator, defaultCatalog } from '../src/domains/catalog/index.js';
import { SAMPLE_AUTHORITY, samplePenaltyRow, sampleResidentId, sampleUscc } from '../src/domains/catalog/testing.js';
import type { IngestChunkInput, IngestOutcome } from '../src/domains/records/index.js';
import { systemActor } from '../src/kernel/actor.js';
import { benchConfig } from './search-fixture.js';
import { formatTable, measure, summarize, writeResults, type Benchmark, type Row } from './harness.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const CHUNK = Number(process.env.BENCH_CHUNK ?? 1_000);
const TODAY = '2026-06-15';
const KINDS = ['警告', '罚款', '警告、罚款', '罚款；没收违法所得', '责令停产停业,罚款', '吊销许可证件'];

/** Row i: subject i (enterprise, or a person for i ≡ 9 mod 10), decision number `${series}-${i}`. */
function penaltyRow(i: number, series: string, facts = '当事人未按规定公示年度报告。'): Record<string, unknown> {
  const person = i % 10 === 9;
  const kinds = KINDS[i % KINDS.length]!;
  const birth = `19${50 + (Math.floor(i / 1000) % 50)}${String((Math.floor(i / 50_000) % 12) + 1).padStart(2, '0')}15`;
  return samplePenaltyRow({
    subjectName: person ? `当事人${i}` : `深圳市基准${i}号科技有限公司`,
    subjectCategory: person ? '自然人' : '法人及非法人组织',
    subjectCode: person ? '' : sampleUscc(100_000 + i),
    idNumber: person ? sampleResidentId(birth, i % 1000) : '',
    idType: person ? '身份证' : '',
    legalRep: person ? '' : '张三',
    decisionNo: `深市监南罚〔2026〕${series}-${i}号`,
    violationFacts: facts,
    penaltyKinds: kinds,
    fineAmount: kinds.includes('罚款') ? `${(i % 200) + 1}.${String(i % 100).padStart(2, '0')}` : '',
    decisionDate: `2026-0${(i % 5) + 1}-${String((i % 28) + 1).padStart(2, '0')}`,
  });
}

interface Scenario {
  label: string;
  /** what every row of it should come back as */
  expect: IngestOutcome;
  rows: (i: number) => Record<string, unknown>;
}

const SCENARIOS: Scenario[] = [
  { label: 'first import: new records, new subjects', expect: 'created', rows: (i) => penaltyRow(i, 'A') },
  { label: 'new records, subjects existing', expect: 'created', rows: (i) => penaltyRow(i, 'B') },
  { label: 'resubmission: unchanged', expect: 'unchanged', rows: (i) => penaltyRow(i, 'B') },
  { label: 'corrections: updated', expect: 'updated', rows: (i) => penaltyRow(i, 'B', '当事人逾期未公示年度报告，经责令仍未改正。') },
];

/**
 * rows/s by the wall clock, and per CPU second of this process (user + system):
 * the second figure stays meaningful on a machine shared with other work.
 */
type Figures = Row & { rowsPerSec: number; rowsPerCpuSec: number };

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

async function runScenario(ctx: AppContext, dept: { id: string; code: string }, s: Scenario): Promise<Figures> {
  const chunks = Math.ceil(ROWS / CHUNK);
  const inputs: IngestChunkInput[] = Array.from({ length: chunks }, (_, c) => ({
    typeCode: 'admin_penalty', sourceDepartment: dept, channel: 'file', batchId: `bench-${s.expect}`, today: TODAY,
    rows: Array.from({ length: Math.min(CHUNK, ROWS - c * CHUNK) }, (_, k) => ({ row: c * CHUNK + k + 1, raw: s.rows(c * CHUNK + k) })),
  }));
  const wrong: string[] = [];
  const cpu = process.cpuUsage();
  const samples = await measure(async (c) => {
    const results = await ctx.services.records.ingestChunk(systemActor, inputs[c]!);
    for (const r of results) if (r.status !== s.expect && wrong.length < 3) wrong.push(`row ${r.row}: ${r.status} ${JSON.stringify(r.errors ?? [])}`);
  }, { iterations: chunks, warmup: 0 });
  if (wrong.length > 0) throw new Error(`${s.label}: expected ${s.expect}, got ${wrong.join('; ')}`);
  const seconds = samples.reduce((a, b) => a + b, 0) / 1000;
  return { ...summarize(`sqlite ingestChunk(${CHUNK}): ${s.label}`, samples), rowsPerSec: ROWS / seconds, rowsPerCpuSec: ROWS / cpuSeconds(cpu) };
}

/** The catalogue's validator alone on the same rows: the part of each figure that is not the store's. */
async function validationOnly(): Promise<Figures> {
  const validator = compileValidator({ definition: defaultCatalog().find((d) => d.code === 'admin_penalty')!, version: 1 });
  const rows = Array.from({ length: ROWS }, (_, i) => penaltyRow(i, 'A'));
  const chunks = Math.ceil(ROWS / CHUNK);
  const cpu = process.cpuUsage();
  const samples = await measure((c) => {
    for (let i = c * CHUNK; i < Math.min(ROWS, (c + 1) * CHUNK); i++) validator.validate(rows[i]!, { today: TODAY });
  }, { iterations: chunks, warmup: 0 });
  const seconds = samples.reduce((a, b) => a + b, 0) / 1000;
  return { ...summarize(`validation only (${CHUNK} rows)`, samples), rowsPerSec: ROWS / seconds, rowsPerCpuSec: ROWS / cpuSeconds(cpu) };
}

export const recordsBenchmark: Benchmark = {
  name: 'records',
  description: 'record ingestion throughput: ingestChunk of 行政处罚 rows in chunks into SQLite',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'xinyong-bench-records-'));
    const ctx = await openContext({ config: benchConfig({ file: join(dir, 'records.db') }) });
    try {
      const dept = await ctx.services.accounts.createDepartment(systemActor, { code: SAMPLE_AUTHORITY.code, name: SAMPLE_AUTHORITY.name, kind: 'government' });
      await ctx.services.catalog.ensureDefaults();
      const rows = [];
      for (const s of SCENARIOS) rows.push(await runScenario(ctx, dept, s));
      rows.push(await validationOnly());
      console.log(`\n${ROWS} rows per scenario, chunks of ${CHUNK}; one op = one chunk\n`);
      console.log(formatTable(rows));
      console.log(`\nload average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs; rows/s (wall) | rows per CPU second:`);
      for (const r of rows) console.log(`  ${r.name}: ${r.rowsPerSec.toFixed(0)} | ${r.rowsPerCpuSec.toFixed(0)}`);
      return { rows: ROWS, chunk: CHUNK, results: rows };
    } finally {
      await ctx.database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await recordsBenchmark.run();
  console.log(`\nresults: ${writeResults(recordsBenchmark.name, { name: recordsBenchmark.name, at: new Date().toISOString(), result })}`);
}
