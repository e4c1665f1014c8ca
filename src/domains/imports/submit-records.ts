import { isoNow } from '../../kernel/clock.js';
import type { Actor } from '../../kernel/actor.js';
import { DomainError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { submitterTypeOf } from './batch-open.js';
import { commitChunk } from './commit-chunk.js';
import { departmentOf, type Departments } from './department-of.js';
import { tooManyRecords } from './errors.js';
import { currentType } from './record-type.js';
import { requireImportFor, requireImporter } from './policy.js';
import { objectMapper } from './row-mapper.js';
import type { ImportEngineDeps } from './run-import.js';
import { MAX_RECORDS_PER_CALL, type SubmitRecordsBody } from './schema.js';

export interface SubmitResult {
  batchId: string;
  results: Array<{ index: number; status: 'created' | 'updated' | 'unchanged' | 'rejected'; id?: string; errors?: Array<{ field: string; code: string; message: string; row?: number }> }>;
}

/**
 * SPEC §13 `POST /api/v1/records`: up to 1,000 records in one call, each
 * keyed by field key, code or label, validated and stored as one chunk of a
 * batch of channel `api` (so its rejected rows are kept like a file's).
 * Rows are numbered by their index in the call, from 0. Idempotent: a retry
 * finds every record by its natural key and answers `unchanged`.
 */
export async function submitRecords(deps: ImportEngineDeps & { departments: Departments }, actor: Actor, body: SubmitRecordsBody): Promise<SubmitResult> {
  const { database, clock, repo } = deps;
  const db = database.db;
  requireImporter(actor);
  if (body.records.length > MAX_RECORDS_PER_CALL) throw tooManyRecords(MAX_RECORDS_PER_CALL);
  const department = await departmentOf(deps.departments, actor, body.department);
  requireImportFor(actor, department.id);
  const type = await currentType(deps.catalog, body.type);
  const mapper = objectMapper(type.definition, { departmentCode: department.code });
  const rows = body.records.map((record, index) => {
    const mapped = mapper.mapObject(record, index);
    return 'raw' in mapped ? { row: index, raw: mapped.raw } : { row: index, errors: mapped.errors };
  });
  const batchId = newId();
  const now = isoNow(clock);
  await repo.insert(db, {
    id: batchId, departmentId: department.id, typeCode: body.type, channel: 'api', fileName: null, fileSha256: null, fileSize: null,
    encoding: null, format: 'json', status: 'running', submitterType: submitterTypeOf(actor), submittedBy: actor.id, owner: null, heartbeatAt: now, startedAt: now,
  });
  try {
    const out = await commitChunk({
      db, repo, records: deps.records, actor, typeCode: body.type, department: { id: department.id, code: department.code },
      channel: 'api', batchId, owner: null, now: () => isoNow(clock),
    }, rows, rows.length);
    await repo.finish(db, batchId, { status: 'completed', at: isoNow(clock), rowsTotal: rows.length });
    const results = out.results.map(({ row, status, id, errors }) => ({
      index: row, status, ...(id !== undefined && status !== 'rejected' ? { id } : {}), ...(status === 'rejected' ? { errors: errors ?? [] } : {}),
    }));
    return { batchId, results };
  } catch (err) {
    const code = err instanceof DomainError ? err.code : 'INTERNAL_ERROR';
    await repo.finish(db, batchId, { status: 'failed', at: isoNow(clock), error: { code, message: (err as Error).message, row: null } }).catch(() => {});
    throw err;
  }
}
