// Record validation throughput (SPEC §3.1, §14): the catalogue's compiled
// validator on 行政处罚 rows as a CSV import hands them over (every cell text),
// one subject per row, mixed penalty kinds, 1 in 10 rows about a person.
// Target: ≥ 50,000 rows/s on one core, so that validation is never what bounds
// an import. Knobs: BENCH_ROWS (default 20,000 distinct rows), BENCH_ROUNDS.
import { defaultCatalog, compileValidator } from '../src/domains/catalog/index.js';
import { samplePenaltyRow, sampleResidentId, sampleUscc } from '../src/domains/catalog/testing.js';
import { formatTable, measure, summarize, type Benchmark, type Row } from './harness.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const BATCH = 1_000;
const TODAY = '2026-06-15';
const KINDS = ['警告', '罚款', '警告、罚款', '罚款；没收违法所得', '责令停产停业,罚款', '吊销许可证件'];

function penaltyRows(n: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => {
    const person = i % 10 === 9;
    const kinds = KINDS[i % KINDS.length]!;
    return samplePenaltyRow({
      subjectName: person ? `当事人${i}` : `深圳市基准${i}号科技有限公司`,
      subjectCategory: person ? '自然人' : '法人及非法人组织',
      subjectCode: person ? '' : sampleUscc(100_000 + i),
      idNumber: person ? sampleResidentId('19800101', i % 1000) : '',
      legalRep: person ? '' : '张三',
      decisionNo: `深市监南罚〔2026〕${i}号`,
      penaltyKinds: kinds,
      fineAmount: kinds.includes('罚款') ? `${(i % 200) + 1}.${String(i % 100).padStart(2, '0')}` : '',
      decisionDate: `2026-0${(i % 5) + 1}-${String((i % 28) + 1).padStart(2, '0')}`,
    });
  });
}

export const validateBenchmark: Benchmark = {
  name: 'validate',
  description: 'record validation throughput: 行政处罚 rows through the compiled validator',
  async run() {
    const definition = defaultCatalog().find((d) => d.code === 'admin_penalty')!;
    const rows = penaltyRows(ROWS);
    const batches = Math.ceil(ROWS / BATCH);
    let rejected = 0;
    // A fresh compilation per round, so the USCC prefix memo starts cold each time, as for a new import.
    const round = () => {
      const validator = compileValidator({ definition, version: 1 });
      return (i: number) => {
        const start = (i % batches) * BATCH;
        for (let r = start; r < Math.min(start + BATCH, ROWS); r++) if (!validator.validate(rows[r]!, { today: TODAY }).ok) rejected++;
      };
    };
    await measure(round(), { iterations: 0, warmup: batches * 2 });
    const samples: number[] = [];
    // CPU time as well as wall time: on a loaded machine the wall clock counts other processes' turns.
    const cpuBefore = process.cpuUsage();
    for (let r = 0; r < ROUNDS; r++) samples.push(...(await measure(round(), { iterations: batches, warmup: 0 })));
    const cpu = process.cpuUsage(cpuBefore);
    const row: Row = summarize(`admin_penalty: batch of ${BATCH} rows`, samples);
    const rowsPerSec = Math.round(BATCH * row.opsPerSec);
    const rowsPerCpuSec = Math.round((ROUNDS * ROWS) / ((cpu.user + cpu.system) / 1e6));
    console.log(formatTable([row]));
    console.log(`\nthroughput: ${rowsPerSec.toLocaleString('en')} rows/s wall, ${rowsPerCpuSec.toLocaleString('en')} rows per CPU second`
      + ` (${ROWS} distinct rows, ${ROUNDS} rounds); rejected ${rejected}`);
    if (rejected > 0) throw new Error('benchmark rows must all be valid');
    return { rows: ROWS, rounds: ROUNDS, batch: BATCH, rowsPerSec, rowsPerCpuSec, table: row };
  },
};
