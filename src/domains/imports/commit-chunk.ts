import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../kernel/actor.js';
import type { FieldError } from '../../kernel/errors.js';
import type { IngestRowResult, RecordChannel, RecordService } from '../records/index.js';
import type { BatchRepo } from './batch-repo.js';
import { importInProgress } from './errors.js';
import { ZERO_COUNTS, type Counts, type ImportErrorRow } from './schema.js';

/** A row waiting in a chunk: the raw object for ingestChunk, or the errors it was rejected with before that. */
export interface PendingRow {
  row: number;
  raw?: Record<string, unknown>;
  errors?: FieldError[];
}

export interface ChunkTarget {
  db: Kysely<DB>;
  repo: BatchRepo;
  records: Pick<RecordService, 'ingestChunk'>;
  actor: Actor;
  typeCode: string;
  department: { id: string; code: string };
  channel: RecordChannel;
  /** null in a dry run: nothing is stored */
  batchId: string | null;
  /** the batch's lease holder (file imports); null for API calls */
  owner: string | null;
  now: () => string;
}

export interface ChunkOutcome {
  /** one per pending row, in order */
  results: IngestRowResult[];
  counts: Counts;
  errors: ImportErrorRow[];
}

/** Two writers raced for the same keys: ingestChunk kept nothing of the chunk, so it is safe to send again. */
const RETRIES = 3;

/** The chunk's results in row order (rows rejected before ingestion included), its counts and its error lines. */
function outcomeOf(rows: PendingRow[], ingested: IngestRowResult[]): ChunkOutcome {
  const byRow = new Map(ingested.map((r) => [r.row, r]));
  const results = rows.map((r): IngestRowResult => (r.raw ? byRow.get(r.row)! : { row: r.row, status: 'rejected', errors: r.errors ?? [] }));
  const counts = { ...ZERO_COUNTS };
  const errors: ImportErrorRow[] = [];
  for (const r of results) {
    counts[r.status] += 1;
    for (const e of r.errors ?? []) errors.push({ row: r.row, field: e.field || null, code: e.code, message: e.message });
  }
  return { results, counts, errors };
}

/**
 * One chunk, in ONE transaction: records.ingestChunk validates and stores the
 * rows, and inside its transaction the batch takes the chunk's rejected rows
 * (import_errors), its counts and its new resume point. A crash leaves either
 * all of it or none of it, so a resumed run redoes exactly the chunks whose
 * counters are missing. Losing the batch to another process (its lease) rolls
 * the chunk back and stops the import (IMPORT_IN_PROGRESS).
 */
export async function commitChunk(t: ChunkTarget, rows: PendingRow[], rowsCommitted: number): Promise<ChunkOutcome> {
  const batchId = t.batchId;
  let outcome: ChunkOutcome | undefined;
  const bookkeeping = async (trx: Kysely<DB>, ingested: IngestRowResult[]) => {
    outcome = outcomeOf(rows, ingested);
    if (batchId === null) return;
    if (!(await t.repo.addChunk(trx, batchId, t.owner, outcome.counts, rowsCommitted, t.now()))) throw importInProgress(batchId);
    await t.repo.insertErrors(trx, batchId, outcome.errors);
  };
  const ready = rows.flatMap((r) => (r.raw ? [{ row: r.row, raw: r.raw }] : []));
  if (ready.length === 0) {
    await t.db.transaction().execute((trx) => bookkeeping(trx, []));
    return outcome!;
  }
  const input = { typeCode: t.typeCode, sourceDepartment: t.department, channel: t.channel, batchId, dryRun: batchId === null, rows: ready };
  for (let attempt = 1; ; attempt++) {
    try {
      const ingested = await t.records.ingestChunk(t.actor, input, { inTransaction: bookkeeping });
      return batchId === null ? outcomeOf(rows, ingested) : outcome!;
    } catch (err) {
      if ((err as { code?: string }).code !== 'RECORD_CONCURRENT_WRITE' || attempt >= RETRIES) throw err;
    }
  }
}
