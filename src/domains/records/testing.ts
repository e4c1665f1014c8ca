// Fixtures for the records domain's tests and for the domains built on it
// (imports, archive): a source department and 行政处罚 rows it may submit.
import { systemActor, type Actor } from '../../kernel/actor.js';
import { SAMPLE_AUTHORITY, samplePenaltyRow, sampleResidentId, sampleUscc } from '../catalog/testing.js';
import type { IngestChunkInput, IngestRow } from './schema.js';

export { SAMPLE_AUTHORITY, samplePenaltyRow, sampleResidentId, sampleUscc };

/** A provider (user) of the given department. */
export const providerOf = (departmentId: string, id = 'u-provider'): Actor => ({ ...systemActor, kind: 'user', id, role: 'provider', departmentId });

/** A penalty row of its own document number against enterprise n. */
export function penaltyRow(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return samplePenaltyRow({
    subjectName: `深圳市测试${n}号科技有限公司`,
    subjectCode: sampleUscc(100_000 + n),
    decisionNo: `深市监南罚〔2026〕${n}号`,
    ...overrides,
  });
}

/** Rows numbered from 1, as a file's data lines would be. */
export const numbered = (raws: Array<Record<string, unknown>>): IngestRow[] => raws.map((raw, i) => ({ row: i + 1, raw }));

/** A chunk of admin_penalty rows from the department. */
export function penaltyChunk(department: { id: string; code: string }, raws: Array<Record<string, unknown>>, extra: Partial<IngestChunkInput> = {}): IngestChunkInput {
  return { typeCode: 'admin_penalty', sourceDepartment: department, channel: 'file', batchId: 'batch-1', rows: numbered(raws), ...extra };
}
