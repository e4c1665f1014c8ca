import type { Database } from '../../db/connect.js';
import type { Actor } from '../../kernel/actor.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { isoNow, type Clock } from '../../kernel/clock.js';
import { DomainError } from '../../kernel/errors.js';
import type { CatalogService } from '../catalog/index.js';
import type { RecordService } from '../records/index.js';
import { openFileBatch } from './batch-open.js';
import type { BatchRepo } from './batch-repo.js';
import { emptyFile, UnusableFileError } from './errors.js';
import { hashFile } from './file-hash.js';
import { currentType } from './record-type.js';
import { requireImportFor } from './policy.js';
import type { DeclaredEncoding } from './readers/detect-encoding.js';
import { openRowSource } from './readers/open-source.js';
import type { ImportFormat, RowSource } from './readers/row-source.js';
import { objectMapper, tableMapper, type RowMapper } from './row-mapper.js';
import { readChunks } from './read-chunks.js';
import { addCounts, ZERO_COUNTS, type BatchError, type Counts, type ImportBatch, type ImportErrorRow, type ImportProgress, type ImportStatus } from './schema.js';

export interface ImportEngineDeps {
  database: Database;
  clock: Clock;
  audit: AuditTrail;
  catalog: Pick<CatalogService, 'current'>;
  records: Pick<RecordService, 'ingestChunk'>;
  repo: BatchRepo;
}

export interface RunImportInput {
  path: string;
  /** the name the file came with: its extension helps tell the format */
  fileName?: string | null;
  format?: ImportFormat;
  encoding?: DeclaredEncoding;
  typeCode: string;
  /** the source department; in a dry run it need not exist yet */
  department: { id: string; code: string };
  actor: Actor;
  channel: 'file' | 'cli';
  dryRun?: boolean;
  chunkSize?: number;
  /** the file's hash and size, when already known (an upload is hashed while it is stored) */
  file?: { sha256: string; size: number };
  /** a batch this process already opened for the file (uploads) */
  batch?: { batch: ImportBatch; resumed: boolean };
  runningHere?: (batchId: string) => boolean;
  onProgress?: (p: ImportProgress) => void;
  /** each chunk's rejected rows, once committed */
  onRejected?: (errors: ImportErrorRow[]) => void | Promise<void>;
  signal?: AbortSignal;
}

export interface ImportResult {
  batchId: string | null;
  status: ImportStatus;
  /** the whole file's counts, rows committed by earlier runs of a resumed batch included */
  counts: Counts;
  /** data rows an earlier run had committed (skipped unread), 0 for a fresh batch */
  resumedAfter: number;
  unknownColumns: string[];
  legacy: boolean;
  /** where a file broke midway: the rows before it are kept (docs/data-formats.md) */
  failure: BatchError | null;
}

const breakOf = (err: UnusableFileError): BatchError => ({ code: err.code, message: err.message, row: err.row });

/**
 * Imports one file (SPEC §3.3): streamed, validated and stored chunk by chunk,
 * resumable after a crash. A file that cannot be read at all throws
 * UnusableFileError and stores nothing; one that breaks midway keeps what
 * came before the break and returns with `failure` set.
 */
export async function runImport(deps: ImportEngineDeps, input: RunImportInput): Promise<ImportResult> {
  const { database, clock, repo } = deps;
  const db = database.db;
  requireImportFor(input.actor, input.department.id);
  const type = await currentType(deps.catalog, input.typeCode);
  const dryRun = input.dryRun ?? false;
  const file = input.file ?? (await hashFile(input.path));
  const opened = dryRun ? null : (input.batch ?? (await openFileBatch({ db, repo, clock, audit: deps.audit }, {
    actor: input.actor, departmentId: input.department.id, typeCode: input.typeCode, channel: input.channel,
    fileName: input.fileName ?? null, file, runningHere: input.runningHere,
  })));
  const batch = opened?.batch ?? null;
  const before = opened?.resumed ? batch!.counts : ZERO_COUNTS;
  const resumedAfter = opened?.resumed ? batch!.rowsCommitted : 0;
  const finish = (status: ImportStatus, extra: { rowsTotal?: number; rowsCommitted?: number; error?: BatchError | null } = {}) =>
    batch ? repo.finish(db, batch.id, { status, at: isoNow(clock), ...extra }) : Promise.resolve();

  let source: RowSource | undefined;
  try {
    source = await openRowSource(input.path, { fileName: input.fileName, format: input.format, encoding: input.encoding });
    const ctx = { departmentCode: input.department.code };
    const mapper: RowMapper = source.header ? tableMapper(type.definition, source.header, ctx) : objectMapper(type.definition, ctx);
    if (batch) await repo.setFormat(db, batch.id, source.format, source.encoding);
    const read = await readChunks(source, mapper, {
      db, repo, records: deps.records, actor: input.actor, typeCode: input.typeCode, department: input.department,
      channel: input.channel, batchId: batch?.id ?? null, owner: batch?.owner ?? null, now: () => isoNow(clock),
    }, {
      chunkSize: input.chunkSize ?? 1000, skipThrough: resumedAfter, before, bytesTotal: file.size,
      onProgress: input.onProgress, onRejected: input.onRejected, signal: input.signal,
    });
    const counts = addCounts(before, read.counts);
    const base = { batchId: batch?.id ?? null, counts, resumedAfter, unknownColumns: mapper.unknownColumns, legacy: mapper.legacy };
    if (read.failure) {
      if (read.dataRows === 0 && resumedAfter === 0) throw read.failure;
      await finish('failed', { error: breakOf(read.failure) });
      return { ...base, status: 'failed', failure: breakOf(read.failure) };
    }
    if (read.dataRows === 0 && resumedAfter === 0) throw emptyFile();
    await finish('completed', { rowsTotal: read.lastPosition, rowsCommitted: read.lastPosition });
    return { ...base, status: 'completed', failure: null };
  } catch (err) {
    if (err instanceof UnusableFileError) {
      await finish(batch && (batch.rowsCommitted > 0 || opened?.resumed) ? 'failed' : 'unreadable', { error: breakOf(err) });
    } else if (!(err instanceof DomainError && err.code === 'IMPORT_IN_PROGRESS')) {
      const code = err instanceof DomainError ? err.code : 'INTERNAL_ERROR';
      // Recording the failure must not hide the error that caused it.
      await finish('failed', { error: { code, message: err instanceof Error ? err.message : String(err), row: null } }).catch(() => undefined);
    }
    throw err;
  } finally {
    await source?.close();
  }
}
