// Stores the demo records through the real ingestion path: the departments are
// registered as the CLI import registers an unknown source (by USCC, system
// actor), and every row goes through `records.ingestChunk` (channel `cli`,
// chunks of 1,000 per type and department), so the catalogue validates it and
// natural keys make a second run `unchanged`.
import { systemActor, type Actor } from '../../../kernel/actor.js';
import type { FieldError } from '../../../kernel/errors.js';
import type { AccountsService } from '../../accounts/index.js';
import type { RecordService } from '../service.js';
import type { IngestOutcome } from '../schema.js';
import { DEMO_DEPARTMENTS, type DemoDepartmentKey } from './demo-departments.js';
import { createDemoRecordGenerator, type DemoRecordOptions } from './generate-demo-records.js';
import type { DemoRecord, DemoRecordSubject } from './record-kit.js';

export interface DemoRecordDeps {
  records: Pick<RecordService, 'ingestChunk'>;
  accounts: Pick<AccountsService, 'findDepartmentByCode' | 'createDepartment'>;
}

export interface DemoRecordResult {
  counts: Record<IngestOutcome, number>;
  /** stored (created or unchanged) rows per record type */
  byType: Record<string, number>;
  subjects: number;
  /** the first few rejections, to say what went wrong (a demo row should never be rejected) */
  problems: Array<{ typeCode: string; errors: FieldError[] }>;
}

export interface SeedDemoRecordOptions extends DemoRecordOptions {
  chunkSize?: number;
  /** called after every `progressEvery` subjects (default 10,000) with the subjects done */
  progress?: (subjects: number, result: DemoRecordResult) => void;
  progressEvery?: number;
}

type Departments = Record<DemoDepartmentKey, { id: string; code: string }>;

/** The demo departments, registered when missing (as `xinyong import --source` registers an unknown department). */
export async function ensureDemoDepartments(accounts: DemoRecordDeps['accounts'], actor: Actor = systemActor): Promise<Departments> {
  const out = {} as Departments;
  for (const [key, d] of Object.entries(DEMO_DEPARTMENTS) as Array<[DemoDepartmentKey, (typeof DEMO_DEPARTMENTS)[DemoDepartmentKey]]>) {
    const found = await accounts.findDepartmentByCode(d.code);
    out[key] = found ?? (await accounts.createDepartment(actor, { code: d.code, name: d.name, nameEn: d.nameEn, kind: d.kind }));
  }
  return out;
}

/** Generates the records of `subjects` (in their order) and ingests them as the CLI does. */
export async function seedDemoRecords(
  deps: DemoRecordDeps,
  subjects: AsyncIterable<DemoRecordSubject> | Iterable<DemoRecordSubject>,
  opts: SeedDemoRecordOptions,
): Promise<DemoRecordResult> {
  const result: DemoRecordResult = { counts: { created: 0, updated: 0, unchanged: 0, rejected: 0 }, byType: {}, subjects: 0, problems: [] };
  if (opts.perSubject === 0) return result;
  const chunkSize = opts.chunkSize ?? 1000;
  const every = opts.progressEvery ?? 10_000;
  let departments: Departments | undefined;
  const generator = createDemoRecordGenerator(opts);
  const buffers = new Map<string, DemoRecord[]>();

  const flush = async (rows: DemoRecord[]) => {
    const { typeCode, department } = rows[0]!;
    departments ??= await ensureDemoDepartments(deps.accounts);
    const results = await deps.records.ingestChunk(systemActor, {
      typeCode, sourceDepartment: departments[department], channel: 'cli', batchId: `demo-records:${opts.seed}`,
      rows: rows.map((r, i) => ({ row: i + 1, raw: r.raw })),
    });
    for (const r of results) {
      result.counts[r.status] += 1;
      if (r.status === 'rejected') {
        if (result.problems.length < 5) result.problems.push({ typeCode, errors: r.errors ?? [] });
      } else {
        result.byType[typeCode] = (result.byType[typeCode] ?? 0) + 1;
      }
    }
  };

  for await (const subject of subjects) {
    for (const record of generator.recordsOf(subject)) {
      const key = `${record.typeCode}|${record.department}`;
      const buffer = buffers.get(key) ?? [];
      buffer.push(record);
      buffers.set(key, buffer);
      if (buffer.length >= chunkSize) {
        buffers.delete(key);
        await flush(buffer);
      }
    }
    result.subjects += 1;
    if (opts.progress && result.subjects % every === 0) opts.progress(result.subjects, result);
  }
  for (const buffer of buffers.values()) await flush(buffer);
  return result;
}
