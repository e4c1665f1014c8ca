import { z } from 'zod';
import { paginationQuery } from '../../kernel/http.js';
import { INGEST_OUTCOMES } from '../records/index.js';

/** How a batch arrived: the provider API, a file upload, the local CLI. */
export const IMPORT_CHANNELS = ['api', 'file', 'cli'] as const;
export type ImportChannel = (typeof IMPORT_CHANNELS)[number];

/** running → completed; running → failed (a break midway, a crash: resumable); unreadable (nothing could be read). */
export const IMPORT_STATUSES = ['running', 'completed', 'failed', 'unreadable'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** `json` is an API call's body. */
export const IMPORT_FORMATS = ['csv', 'xlsx', 'ndjson', 'json'] as const;
export type BatchFormat = (typeof IMPORT_FORMATS)[number];

export const ENCODINGS = ['auto', 'utf-8', 'gb18030'] as const;

/** SPEC §13: the four counts the CLI prints and the API answers with. */
export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}
export const ZERO_COUNTS: Readonly<Counts> = Object.freeze({ created: 0, updated: 0, unchanged: 0, rejected: 0 });
export const addCounts = (a: Counts, b: Counts): Counts => ({
  created: a.created + b.created, updated: a.updated + b.updated, unchanged: a.unchanged + b.unchanged, rejected: a.rejected + b.rejected,
});

/** Where a running import stands, for progress bars. */
export interface ImportProgress {
  /** data rows read so far (a resumed run starts past the committed ones) */
  rows: number;
  bytesRead: number;
  bytesTotal: number;
  /** the whole file's counts so far */
  counts: Counts;
}

export interface ImportBatch {
  id: string;
  departmentId: string;
  typeCode: string;
  channel: ImportChannel;
  fileName: string | null;
  fileSha256: string | null;
  fileSize: number | null;
  encoding: string | null;
  format: BatchFormat | null;
  status: ImportStatus;
  rowsTotal: number | null;
  rowsCommitted: number;
  counts: Counts;
  submitterType: string;
  submittedBy: string | null;
  owner: string | null;
  heartbeatAt: string | null;
  startedAt: string;
  finishedAt: string | null;
  /** why the import stopped or could not start; `row` where a file broke midway */
  error: BatchError | null;
}

export interface BatchError {
  code: string;
  message: string;
  row: number | null;
}

/** One rejected row's problem, as kept in import_errors and written to the error CSV. */
export interface ImportErrorRow {
  row: number;
  field: string | null;
  code: string;
  message: string;
}

/** A line of an error report: a rejected row's problem, or (row possibly null) why the file stopped. */
export type ErrorLine = Omit<ImportErrorRow, 'row'> & { row: number | null };

const fieldErrorSchema = z.object({ field: z.string(), code: z.string(), message: z.string(), row: z.number().int().optional() });

export const MAX_RECORDS_PER_CALL = 1000;

/** SPEC §13 `POST /api/v1/records`; `department` (a USCC) lets credit-office staff submit for a department. */
export const submitRecordsBodySchema = z
  .strictObject({
    type: z.string().min(1).max(64).describe('record type code, e.g. admin_penalty'),
    records: z.array(z.record(z.string(), z.unknown()).describe('one record keyed by field key, field code or Chinese label')).min(1)
      .describe(`1 to ${MAX_RECORDS_PER_CALL} records; more → 400 TOO_MANY_RECORDS`),
    department: z.string().min(1).max(40).optional().describe('staff and admins: the department (USCC) the records come from; providers submit for their own'),
  })
  .meta({ id: 'SubmitRecords' });
export type SubmitRecordsBody = z.infer<typeof submitRecordsBodySchema>;

export const submitResultSchema = z.object({
  index: z.number().int().describe('position in `records`, from 0'),
  status: z.enum(INGEST_OUTCOMES),
  id: z.string().optional(),
  errors: z.array(fieldErrorSchema).optional(),
});
export const submitRecordsResponseSchema = z.object({ results: z.array(submitResultSchema) }).meta({ id: 'SubmitRecordsResult' });

const countsSchema = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), rejected: z.number().int() });

export const importBatchSchema = z
  .object({
    id: z.string(),
    department: z.object({ id: z.string(), code: z.string(), name: z.string() }),
    type: z.string(),
    channel: z.enum(IMPORT_CHANNELS),
    fileName: z.string().nullable(),
    fileSha256: z.string().nullable(),
    fileSize: z.number().int().nullable(),
    format: z.enum(IMPORT_FORMATS).nullable(),
    encoding: z.string().nullable(),
    status: z.enum(IMPORT_STATUSES),
    rowsTotal: z.number().int().nullable().describe('data rows in the file, once read to the end'),
    rowsCommitted: z.number().int().describe('data rows committed so far (a resumed import skips these)'),
    counts: countsSchema,
    progress: z.number().min(0).max(1).nullable().describe('share of the file read, while this server runs the import'),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    error: z.object({ code: z.string(), message: z.string(), row: z.number().int().nullable() }).nullable()
      .describe('why the import stopped (a file that broke at `row`) or could not start'),
  })
  .meta({ id: 'ImportBatch' });
export type PresentedBatch = z.infer<typeof importBatchSchema>;

export const batchListQuerySchema = paginationQuery.extend({
  department: z.string().min(1).max(40).optional().describe('USCC of the department (staff and auditors; providers see their own)'),
  type: z.string().min(1).max(64).optional(),
  status: z.enum(IMPORT_STATUSES).optional(),
  channel: z.enum(IMPORT_CHANNELS).optional(),
});
export type BatchListQuery = z.infer<typeof batchListQuerySchema>;

export const batchPageSchema = z
  .object({ items: z.array(importBatchSchema), page: z.number().int(), pageSize: z.number().int(), hasMore: z.boolean() })
  .meta({ id: 'ImportBatchPage' });

export const uploadAcceptedSchema = z.object({ batchId: z.string() }).meta({ id: 'ImportAccepted' });
