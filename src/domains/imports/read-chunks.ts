import { DomainError } from '../../kernel/errors.js';
import { commitChunk, type ChunkTarget, type PendingRow } from './commit-chunk.js';
import { UnusableFileError } from './errors.js';
import { isBlankRow, type RowSource } from './readers/row-source.js';
import type { RowMapper } from './row-mapper.js';
import { addCounts, ZERO_COUNTS, type Counts, type ImportErrorRow, type ImportProgress } from './schema.js';

export interface ReadOptions {
  chunkSize: number;
  /** data rows (positions) an earlier run committed: skipped unread */
  skipThrough: number;
  /** counts of the earlier runs, for progress */
  before: Counts;
  bytesTotal: number;
  onProgress?: (p: ImportProgress) => void;
  onRejected?: (errors: ImportErrorRow[]) => void | Promise<void>;
  signal?: AbortSignal;
}

export interface ReadOutcome {
  /** this run's counts */
  counts: Counts;
  /** position of the last data row read (blank ones included) */
  lastPosition: number;
  /** non-blank data rows this run read */
  dataRows: number;
  /** the break that ended reading early, the rows before it committed */
  failure: UnusableFileError | null;
}

/** Reported every this many skipped rows while a resumed run reads past what is committed. */
const SKIP_PROGRESS_EVERY = 50_000;

export const interrupted = () => new DomainError('IMPORT_INTERRUPTED', 503, '导入被中断，可重新运行以继续 / the import was interrupted; run it again to resume');

/**
 * The import loop: rows → raw objects → chunks of `chunkSize` → commitChunk.
 * Blank rows are skipped (they keep their row numbers), rows up to
 * `skipThrough` are read past without validation. A break in the file
 * (UnusableFileError) ends reading: the rows read before it are committed
 * and the break is returned, never half a chunk left behind.
 */
export async function readChunks(source: RowSource, mapper: RowMapper, target: ChunkTarget, opts: ReadOptions): Promise<ReadOutcome> {
  let pending: PendingRow[] = [];
  let counts: Counts = { ...ZERO_COUNTS };
  let lastPosition = 0;
  let committedThrough = opts.skipThrough;
  let dataRows = 0;
  let failure: UnusableFileError | null = null;
  const progress = () =>
    opts.onProgress?.({ rows: lastPosition, bytesRead: source.bytesRead(), bytesTotal: opts.bytesTotal, counts: addCounts(opts.before, counts) });

  const flush = async (through: number) => {
    const out = await commitChunk(target, pending, through);
    pending = [];
    committedThrough = through;
    counts = addCounts(counts, out.counts);
    if (out.errors.length > 0) await opts.onRejected?.(out.errors);
    progress();
    if (opts.signal?.aborted) throw interrupted();
  };

  try {
    for await (const row of source.rows) {
      lastPosition = row.position;
      if (row.position <= opts.skipThrough) {
        if (row.position % SKIP_PROGRESS_EVERY === 0) progress();
        continue;
      }
      if (row.cells && isBlankRow(row.cells)) continue;
      dataRows += 1;
      const mapped = mapper.map(row);
      pending.push('raw' in mapped ? { row: row.row, raw: mapped.raw } : { row: row.row, errors: mapped.errors });
      if (pending.length >= opts.chunkSize) await flush(row.position);
    }
  } catch (err) {
    if (!(err instanceof UnusableFileError)) throw err;
    failure = err;
  }
  if (pending.length > 0) await flush(lastPosition);
  else if (lastPosition > committedThrough) progress();
  return { counts, lastPosition, dataRows, failure };
}
