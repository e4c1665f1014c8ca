// A small hand-checked data set for the provider quality tests, written straight
// into the tables ingestion fills (the figures are read by query from them).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { newId } from '../../kernel/ids.js';

export interface RecordFixture {
  id: string;
  departmentId: string;
  subjectId: string;
  type: string;
  docNo: string;
  decisionDate: string;
  /** ISO-8601 UTC, as stored */
  firstReceivedAt: string;
  /** a later correction (version 2), which must not move the first receipt */
  correctedAt?: string;
}

export async function insertRecord(db: Kysely<DB>, r: RecordFixture): Promise<void> {
  const last = r.correctedAt ?? r.firstReceivedAt;
  await db.insertInto('records').values({
    id: r.id, naturalKey: `${r.departmentId}|${r.type}|${r.docNo}|`, subjectId: r.subjectId, typeCode: r.type, typeVersion: 1,
    sourceDepartmentId: r.departmentId, docNo: r.docNo, period: null, decisionDate: r.decisionDate, validUntil: null, severity: null,
    disclosure: 'public', publicityEnd: null, polarity: 'negative', category: 'penalties', status: 'active', version: r.correctedAt ? 2 : 1,
    content: '{}', contentHash: 'h', firstReceivedAt: r.firstReceivedAt, lastReceivedAt: last, updatedAt: last,
  }).execute();
  const version = (n: number, change: string, at: string) => ({
    id: newId(), recordId: r.id, version: n, change, content: '{}', contentHash: `h${n}`, typeVersion: 1, submitterType: 'user',
    submitterId: 'u-provider', channel: 'file', batchId: null, receivedAt: at, reason: null,
  });
  await db.insertInto('recordVersions').values([
    version(1, 'created', r.firstReceivedAt), ...(r.correctedAt ? [version(2, 'updated', r.correctedAt)] : []),
  ]).execute();
}

export interface BatchFixture {
  departmentId: string;
  type: string;
  channel: 'api' | 'file' | 'cli';
  startedAt: string;
  created?: number;
  updated?: number;
  unchanged?: number;
  rejected?: number;
  /** [row, code] per error line: a row may have several */
  errors?: Array<[number, string]>;
  status?: 'running' | 'completed' | 'failed' | 'unreadable';
  fileName?: string;
  /** host:pid holding a running batch */
  owner?: string;
}

export async function insertBatch(db: Kysely<DB>, b: BatchFixture): Promise<string> {
  const id = newId();
  await db.insertInto('importBatches').values({
    id, departmentId: b.departmentId, typeCode: b.type, channel: b.channel, fileName: b.fileName ?? (b.channel === 'file' ? 'penalties.csv' : null),
    fileSha256: null, fileSize: null, encoding: null, format: b.channel === 'api' ? 'json' : 'csv', status: b.status ?? 'completed', rowsTotal: null,
    created: b.created ?? 0, updated: b.updated ?? 0, unchanged: b.unchanged ?? 0, rejected: b.rejected ?? 0,
    submitterType: 'user', submittedBy: 'u-provider', owner: b.owner ?? null, heartbeatAt: b.startedAt, startedAt: b.startedAt,
    finishedAt: b.status === 'running' ? null : b.startedAt,
    errorCode: null, errorMessage: null, errorRow: null,
  }).execute();
  if (b.errors?.length) {
    await db.insertInto('importErrors').values(b.errors.map(([row, code]) => ({ batchId: id, row, field: 'decisionDate', code, message: `${code} <b>` }))).execute();
  }
  return id;
}
