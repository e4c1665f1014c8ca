import { sql, type Kysely, type Selectable } from 'kysely';
import { insertMany } from '../../db/bulk.js';
import type { Dialect } from '../../db/connect.js';
import type { DB, ImportBatchesTable } from '../../db/schema.js';
import type { BatchError, BatchFormat, Counts, ImportBatch, ImportChannel, ImportErrorRow, ImportStatus } from './schema.js';

type BatchRow = Selectable<ImportBatchesTable>;
export type NewBatch = Omit<ImportBatch, 'counts' | 'rowsCommitted' | 'rowsTotal' | 'finishedAt' | 'error'>;

const n = (v: number | string | null) => (v === null ? null : Number(v));

export function toBatch(r: BatchRow): ImportBatch {
  return {
    id: r.id, departmentId: r.departmentId, typeCode: r.typeCode, channel: r.channel as ImportChannel, fileName: r.fileName,
    fileSha256: r.fileSha256, fileSize: n(r.fileSize), encoding: r.encoding, format: r.format as BatchFormat | null, status: r.status as ImportStatus,
    rowsTotal: n(r.rowsTotal), rowsCommitted: Number(r.rowsCommitted),
    counts: { created: Number(r.created), updated: Number(r.updated), unchanged: Number(r.unchanged), rejected: Number(r.rejected) },
    submitterType: r.submitterType, submittedBy: r.submittedBy, owner: r.owner, heartbeatAt: r.heartbeatAt, startedAt: r.startedAt,
    finishedAt: r.finishedAt, error: r.errorCode ? { code: r.errorCode, message: r.errorMessage ?? '', row: n(r.errorRow) } : null,
  };
}

/** import_batches and import_errors: the only place imports meet SQL. */
export function createBatchRepo(dialect: Dialect) {
  return {
    /** false when the file already has an open batch (the partial unique index): find that one instead. */
    async insert(db: Kysely<DB>, b: NewBatch): Promise<boolean> {
      const result = await db.insertInto('importBatches').values({
        id: b.id, departmentId: b.departmentId, typeCode: b.typeCode, channel: b.channel, fileName: b.fileName, fileSha256: b.fileSha256,
        fileSize: b.fileSize, encoding: b.encoding, format: b.format, status: b.status, submitterType: b.submitterType, submittedBy: b.submittedBy,
        owner: b.owner, heartbeatAt: b.heartbeatAt, startedAt: b.startedAt,
      }).onConflict((oc) => oc.doNothing()).executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    async setFormat(db: Kysely<DB>, id: string, format: BatchFormat, encoding: string | null): Promise<void> {
      await db.updateTable('importBatches').set({ format, encoding }).where('id', '=', id).execute();
    },

    async find(db: Kysely<DB>, id: string): Promise<ImportBatch | undefined> {
      const row = await db.selectFrom('importBatches').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toBatch(row);
    },

    /** The batch of this file still open (running or failed): at most one, by the partial unique index. */
    async findOpen(db: Kysely<DB>, departmentId: string, typeCode: string, sha256: string): Promise<ImportBatch | undefined> {
      const row = await db.selectFrom('importBatches').selectAll()
        .where('departmentId', '=', departmentId).where('typeCode', '=', typeCode).where('fileSha256', '=', sha256)
        .where('status', 'in', ['running', 'failed']).executeTakeFirst();
      return row && toBatch(row);
    },

    /** Compare-and-set: takes the batch over only if it is still as `seen` left it. */
    async claim(db: Kysely<DB>, seen: ImportBatch, owner: string, now: string): Promise<boolean> {
      const result = await db.updateTable('importBatches')
        .set({ status: 'running', owner, heartbeatAt: now, errorCode: null, errorMessage: null, errorRow: null, finishedAt: null })
        .where('id', '=', seen.id).where('status', '=', seen.status).where('owner', seen.owner === null ? 'is' : '=', seen.owner)
        .where('rowsCommitted', '=', seen.rowsCommitted)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Adds a chunk's counts and moves the resume point, if `owner` still holds the batch. */
    async addChunk(db: Kysely<DB>, id: string, owner: string | null, delta: Counts, rowsCommitted: number, now: string): Promise<boolean> {
      let q = db.updateTable('importBatches').set({
        created: sql`created + ${delta.created}`, updated: sql`updated + ${delta.updated}`, unchanged: sql`unchanged + ${delta.unchanged}`,
        rejected: sql`rejected + ${delta.rejected}`, rowsCommitted, heartbeatAt: now,
      }).where('id', '=', id);
      if (owner !== null) q = q.where('owner', '=', owner);
      return Number((await q.executeTakeFirst()).numUpdatedRows) === 1;
    },

    async finish(db: Kysely<DB>, id: string, end: { status: ImportStatus; at: string; rowsTotal?: number; rowsCommitted?: number; error?: BatchError | null }): Promise<void> {
      await db.updateTable('importBatches').set({
        status: end.status, finishedAt: end.at, heartbeatAt: end.at,
        errorCode: end.error?.code ?? null, errorMessage: end.error?.message ?? null, errorRow: end.error?.row ?? null,
        ...(end.rowsTotal !== undefined ? { rowsTotal: end.rowsTotal } : {}),
        ...(end.rowsCommitted !== undefined ? { rowsCommitted: end.rowsCommitted } : {}),
      }).where('id', '=', id).execute();
    },

    async insertErrors(db: Kysely<DB>, batchId: string, errors: ImportErrorRow[]): Promise<void> {
      await insertMany(db, dialect, 'import_errors', ['batch_id', 'row', 'field', 'code', 'message'], errors.map((e) => [batchId, e.row, e.field, e.code, e.message]));
    },

    /** A page of a batch's errors after `afterSeq`, in file order of commitment. */
    async errorsAfter(db: Kysely<DB>, batchId: string, afterSeq: number, limit: number): Promise<Array<ImportErrorRow & { seq: number }>> {
      const rows = await db.selectFrom('importErrors').select(['seq', 'row', 'field', 'code', 'message'])
        .where('batchId', '=', batchId).where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
      return rows.map((r) => ({ seq: Number(r.seq), row: Number(r.row), field: r.field, code: r.code, message: r.message }));
    },

    async list(db: Kysely<DB>, f: { departmentId?: string; typeCode?: string; status?: string; channel?: string }, limit: number, offset: number): Promise<ImportBatch[]> {
      let q = db.selectFrom('importBatches').selectAll();
      if (f.departmentId) q = q.where('departmentId', '=', f.departmentId);
      if (f.typeCode) q = q.where('typeCode', '=', f.typeCode);
      if (f.status) q = q.where('status', '=', f.status);
      if (f.channel) q = q.where('channel', '=', f.channel);
      const rows = await q.orderBy('startedAt', 'desc').orderBy('id').limit(limit).offset(offset).execute();
      return rows.map(toBatch);
    },
  };
}

export type BatchRepo = ReturnType<typeof createBatchRepo>;
