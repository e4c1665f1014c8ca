import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Database } from '../../db/connect.js';
import type { Actor } from '../../kernel/actor.js';
import type { AccountsService } from '../accounts/index.js';
import type { AuditTrail } from '../../kernel/audit.js';
import type { Clock } from '../../kernel/clock.js';
import type { CatalogService } from '../catalog/index.js';
import type { RecordService } from '../records/index.js';
import { openFileBatch } from './batch-open.js';
import { createBatchQueries } from './batch-queries.js';
import { createBatchRepo } from './batch-repo.js';
import { departmentOf, type Departments } from './department-of.js';
import { currentType } from './record-type.js';
import { requireImportFor, requireImporter } from './policy.js';
import type { DeclaredEncoding } from './readers/detect-encoding.js';
import type { ImportFormat } from './readers/row-source.js';
import { runImport, type ImportEngineDeps, type RunImportInput } from './run-import.js';
import type { SubmitRecordsBody } from './schema.js';
import { ensureSourceDepartment, type SourceDepartmentRequest } from './source-department.js';
import { submitRecords } from './submit-records.js';
import { createUploadJobs } from './upload-jobs.js';
import { storeUpload } from './upload-store.js';

export interface ImportServiceDeps {
  database: Database;
  clock: Clock;
  audit: AuditTrail;
  catalog: Pick<CatalogService, 'current'>;
  records: Pick<RecordService, 'ingestChunk'>;
  departments: Departments & Pick<AccountsService, 'createDepartment'>;
  /** where uploads wait while they import (default: a private directory made in the system temp directory) */
  uploadDir?: string;
  /** bytes; default 2 GiB */
  maxUploadBytes?: number;
}

export interface UploadInput {
  file: Readable & { truncated?: boolean };
  fileName: string | null;
  typeCode: string;
  /** USCC of the department, for the credit office importing on a department's behalf */
  department?: string;
  encoding?: DeclaredEncoding;
  format?: ImportFormat;
}

export const DEFAULT_MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;

/** Imports (SPEC §3.3): files from the CLI and uploads, API calls, and the batches they leave. */
export function createImportService(deps: ImportServiceDeps) {
  const { database, clock, departments } = deps;
  const repo = createBatchRepo(database.dialect);
  const jobs = createUploadJobs();
  const engine: ImportEngineDeps = { database, clock, audit: deps.audit, catalog: deps.catalog, records: deps.records, repo };
  let uploadDir: Promise<string> | undefined;
  /** mkdtemp: a fresh directory only this process can enter, never one someone else prepared. */
  const uploads = () => (uploadDir ??= deps.uploadDir ? Promise.resolve(deps.uploadDir) : mkdtemp(join(tmpdir(), 'xinyong-uploads-')));
  const maxUploadBytes = deps.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;

  return {
    maxUploadBytes,
    ...createBatchQueries({ db: database.db, repo, clock, departments, jobs }),

    /** A file on disk, in this process (the CLI): see run-import.ts. */
    runImport: (input: RunImportInput) => runImport(engine, { runningHere: jobs.isRunning, ...input }),

    /** SPEC §13 POST /api/v1/records. */
    submitRecords: (actor: Actor, body: SubmitRecordsBody) => submitRecords({ ...engine, departments }, actor, body),

    /** The CLI's --source department, registered when new. */
    ensureSourceDepartment: (actor: Actor, req: SourceDepartmentRequest) => ensureSourceDepartment({ accounts: departments, catalog: deps.catalog }, actor, req),

    /**
     * An uploaded file: checked who may import what first, stored while hashed,
     * then imported in the background; returns the batch to poll. The same file
     * uploaded again while it imports here joins that batch; after a failure
     * it resumes it.
     */
    async upload(actor: Actor, input: UploadInput, onError: (err: unknown) => void): Promise<{ batchId: string }> {
      requireImporter(actor);
      const department = await departmentOf(departments, actor, input.department);
      requireImportFor(actor, department.id);
      await currentType(deps.catalog, input.typeCode);
      const stored = await storeUpload(input.file, await uploads(), maxUploadBytes);
      try {
        const open = await repo.findOpen(database.db, department.id, input.typeCode, stored.sha256);
        if (open && jobs.isRunning(open.id)) {
          await rm(stored.path, { force: true });
          return { batchId: open.id };
        }
        const opened = await openFileBatch({ db: database.db, repo, clock, audit: deps.audit }, {
          actor, departmentId: department.id, typeCode: input.typeCode, channel: 'file', fileName: input.fileName, file: stored, runningHere: jobs.isRunning,
        });
        jobs.start(opened.batch.id, (signal, report) => runImport(engine, {
          path: stored.path, fileName: input.fileName, format: input.format, encoding: input.encoding, typeCode: input.typeCode,
          department: { id: department.id, code: department.code }, actor, channel: 'file', file: stored, batch: opened, signal,
          onProgress: (p) => report(p.bytesTotal > 0 ? Math.min(1, p.bytesRead / p.bytesTotal) : 0),
        }).then(() => undefined).finally(() => rm(stored.path, { force: true })), onError);
        return { batchId: opened.batch.id };
      } catch (err) {
        await rm(stored.path, { force: true });
        throw err;
      }
    },

    /** Waits until a background import ends (tests). */
    settled: (batchId: string) => jobs.settled(batchId),

    /** Stops the background imports at their next chunk boundary (server shutdown). */
    close: () => jobs.close(),
  };
}

export type ImportService = ReturnType<typeof createImportService>;
