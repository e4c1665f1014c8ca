import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { Dialect } from '../../db/connect.js';
import type { DB } from '../../db/schema.js';
import { insertMany, selectIn } from '../../db/bulk.js';
import { parseContent } from './content.js';
import { underObjection } from './objection-flag.js';
import type { RecordStatus, RecordVersion, StoredRecord } from './schema.js';

/**
 * Records, their versions and the outbox: the only place records meet SQL.
 * The ingest path uses multi-row statements (db/bulk.ts); reads use Kysely.
 */

/** What classification needs of a record already stored. */
export interface CurrentRow {
  id: string;
  naturalKey: string;
  status: RecordStatus;
  version: number;
  contentHash: string;
  /** a credit repair outlives corrections: a corrected version keeps the end the repair set */
  repairedOn: string | null;
}

/** A record's columns in RECORD_COLUMNS order. */
export type RecordValues = [
  id: string, naturalKey: string, subjectId: string, typeCode: string, typeVersion: number, sourceDepartmentId: string,
  docNo: string, period: string | null, decisionDate: string, validUntil: string | null, severity: string | null,
  disclosure: string, publicityEnd: string | null, polarity: string, category: string, status: RecordStatus, version: number,
  content: string, contentHash: string, firstReceivedAt: string, lastReceivedAt: string, updatedAt: string,
];

const RECORD_COLUMNS = [
  'id', 'natural_key', 'subject_id', 'type_code', 'type_version', 'source_department_id', 'doc_no', 'period', 'decision_date',
  'valid_until', 'severity', 'disclosure', 'publicity_end', 'polarity', 'category', 'status', 'version', 'content',
  'content_hash', 'first_received_at', 'last_received_at', 'updated_at',
];

/** A correction's new values, in UPDATE_COLUMNS order (the key and first receipt never change). */
export type RecordUpdate = [
  id: string, subjectId: string, typeVersion: number, decisionDate: string, validUntil: string | null, severity: string | null,
  disclosure: string, publicityEnd: string | null, polarity: string, category: string, status: RecordStatus, version: number,
  content: string, contentHash: string, lastReceivedAt: string, updatedAt: string,
];

const UPDATE_COLUMNS = [
  'id', 'subject_id', 'type_version', 'decision_date', 'valid_until', 'severity', 'disclosure', 'publicity_end', 'polarity',
  'category', 'status', 'version', 'content', 'content_hash', 'last_received_at', 'updated_at',
];
const INTEGER_COLUMNS = new Set(['type_version', 'version']);

export type VersionValues = [
  id: string, recordId: string, version: number, change: string, content: string, contentHash: string, typeVersion: number,
  submitterType: string, submitterId: string | null, channel: string, batchId: string | null, receivedAt: string, reason: string | null,
];

const VERSION_COLUMNS = [
  'id', 'record_id', 'version', 'change', 'content', 'content_hash', 'type_version', 'submitter_type', 'submitter_id',
  'channel', 'batch_id', 'received_at', 'reason',
];

export type OutboxValues = [id: string, topic: string, aggregateId: string, payload: string, createdAt: string];
const OUTBOX_COLUMNS = ['id', 'topic', 'aggregate_id', 'payload', 'created_at'];

/** Rows per UPDATE … FROM (VALUES …) statement: 16 parameters each, well under both engines' limits. */
const UPDATE_BATCH = 1000;
const updateTextCache = new Map<string, string>();

/**
 * One statement updates many records, each to its own values:
 * WITH v(cols) AS (VALUES …) UPDATE records SET col = v.col … FROM v WHERE records.id = v.id
 * (SQLite ≥ 3.33 and PostgreSQL alike; PostgreSQL types VALUES parameters as text, hence the casts).
 */
function updateText(dialect: Dialect, rowCount: number): string {
  const key = `${dialect}|${rowCount}`;
  let text = updateTextCache.get(key);
  if (text === undefined) {
    let p = 0;
    const mark = (column: string) => (dialect === 'postgres' ? `$${++p}${INTEGER_COLUMNS.has(column) ? '::integer' : ''}` : '?');
    const tuples = Array.from({ length: rowCount }, () => `(${UPDATE_COLUMNS.map(mark).join(', ')})`).join(', ');
    const sets = UPDATE_COLUMNS.slice(1).map((c) => `${c} = v.${c}`).join(', ');
    text = `WITH v(${UPDATE_COLUMNS.join(', ')}) AS (VALUES ${tuples}) UPDATE records SET ${sets} FROM v WHERE records.id = v.id`;
    if (updateTextCache.size > 100) updateTextCache.clear();
    updateTextCache.set(key, text);
  }
  return text;
}

export { isUniqueViolation } from '../../db/errors.js';

/** Records that stand as upstream list entries on `q.at` through one of the feeds (listEntryRecords and its count). */
function standingOn(dialect: Dialect) {
  const contains = (needle: string) =>
    dialect === 'postgres' ? sql<boolean>`strpos(r.content, ${needle}) > 0` : sql<boolean>`instr(r.content, ${needle}) > 0`;
  return (db: Kysely<DB>, q: { feeds: readonly ListFeedFilter[]; at: string; publicOnly?: boolean }) => db.selectFrom('records as r')
    .where('r.status', '=', 'active')
    // A public list page shows a record only if the record itself is public (its disclosure level), never more.
    .$if(q.publicOnly === true, (qb) => qb.where('r.disclosure', '=', 'public'))
    .where('r.decisionDate', '<=', q.at)
    .where((eb) => eb.or([eb('r.validUntil', 'is not', null), eb('r.publicityEnd', 'is not', null)]))
    .where((eb) => eb.or([eb('r.validUntil', 'is', null), eb('r.validUntil', '>=', q.at)]))
    .where((eb) => eb.or([eb('r.publicityEnd', 'is', null), eb('r.publicityEnd', '>=', q.at)]))
    .where((eb) => eb.or(q.feeds.map((f) => eb.and([
      eb('r.typeCode', '=', f.typeCode),
      ...(f.severities && f.severities.length > 0 ? [eb('r.severity', 'in', [...f.severities])] : []),
      ...(f.fieldEquals ? [contains(fieldNeedle(f.fieldEquals.key, f.fieldEquals.value))] : []),
    ]))));
}

export function createRecordRepo(dialect: Dialect) {
  const standing = standingOn(dialect);
  return {
    async currentByKeys(trx: Kysely<DB>, keys: string[]): Promise<CurrentRow[]> {
      return selectIn<CurrentRow>(trx, dialect, 'records', ['id', 'natural_key', 'status', 'version', 'content_hash', 'repaired_on'], 'natural_key', keys);
    },

    async insertRecords(trx: Kysely<DB>, rows: RecordValues[]): Promise<void> {
      await insertMany(trx, dialect, 'records', RECORD_COLUMNS, rows);
    },

    async updateRecords(trx: Kysely<DB>, rows: RecordUpdate[]): Promise<void> {
      for (let start = 0; start < rows.length; start += UPDATE_BATCH) {
        const slice = rows.slice(start, start + UPDATE_BATCH);
        await trx.executeQuery(CompiledQuery.raw(updateText(dialect, slice.length), slice.flat()));
      }
    },

    /** Identical resubmissions: only the time the source last confirmed the record moves. */
    async touchRecords(trx: Kysely<DB>, ids: string[], at: string): Promise<void> {
      for (let start = 0; start < ids.length; start += UPDATE_BATCH) {
        const slice = ids.slice(start, start + UPDATE_BATCH);
        const marks = slice.map((_, i) => (dialect === 'postgres' ? `$${i + 2}` : '?')).join(', ');
        const text = `UPDATE records SET last_received_at = ${dialect === 'postgres' ? '$1' : '?'} WHERE id IN (${marks})`;
        await trx.executeQuery(CompiledQuery.raw(text, [at, ...slice]));
      }
    },

    async insertVersions(trx: Kysely<DB>, rows: VersionValues[]): Promise<void> {
      await insertMany(trx, dialect, 'record_versions', VERSION_COLUMNS, rows);
    },

    async insertOutbox(trx: Kysely<DB>, rows: OutboxValues[]): Promise<void> {
      await insertMany(trx, dialect, 'outbox', OUTBOX_COLUMNS, rows);
    },

    /** Withdrawal: a new version, conditional on the version read (a concurrent change wins, this one fails). */
    async setStatus(trx: Kysely<DB>, id: string, expectedVersion: number, status: RecordStatus, at: string): Promise<boolean> {
      const result = await trx
        .updateTable('records')
        .set({ status, version: expectedVersion + 1, updatedAt: at, lastReceivedAt: at })
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async findById(db: Kysely<DB>, id: string) {
      return recordQuery(db).where('r.id', '=', id).executeTakeFirst();
    },

    async versionsOf(db: Kysely<DB>, recordId: string) {
      return db.selectFrom('recordVersions').selectAll().where('recordId', '=', recordId).orderBy('version').execute();
    },

    /**
     * A subject's records, newest decision first. `publicOn`: only records whose
     * (inclusive) publicity end is on or after that date; null ends never match,
     * as in isPublicOn, which the caller applies again to what comes back.
     */
    async listForSubject(
      db: Kysely<DB>,
      subjectId: string,
      q: AudienceQuery & { category: string | null; typeCodes: readonly string[] | null; limit: number; offset: number },
    ) {
      let query = recordQuery(db).where('r.subjectId', '=', subjectId);
      if (q.category !== null) query = query.where('r.category', '=', q.category);
      if (q.typeCodes !== null) query = q.typeCodes.length === 0 ? query.where(sql<boolean>`1 = 0`) : query.where('r.typeCode', 'in', q.typeCodes);
      if (q.activeOnly) query = query.where('r.status', '=', 'active');
      if (q.disclosures) query = query.where('r.disclosure', 'in', q.disclosures);
      if (q.publicOn !== null) query = query.where('r.publicityEnd', '>=', q.publicOn);
      return query.orderBy('r.decisionDate', 'desc').orderBy('r.seq', 'desc').limit(q.limit).offset(q.offset).execute();
    },

    /**
     * Records that stand as upstream list entries on `q.at`, newest decision first:
     * active, decided on or before the day, with an end (valid-until or publicity
     * end; the earlier when both) on or after it. A record with neither end never
     * stands: nothing may rest on a record outside its publicity (SPEC §3.2).
     */
    async listEntryRecords(db: Kysely<DB>, q: ListEntryRecordQuery): Promise<ListEntryRecord[]> {
      if (q.feeds.length === 0 || (q.subjectIds !== null && q.subjectIds.length === 0)) return [];
      let query = standing(db, q)
        .innerJoin('departments as d', 'd.id', 'r.sourceDepartmentId')
        .select(['r.id', 'r.subjectId', 'r.typeCode', 'r.docNo', 'r.decisionDate', 'r.validUntil', 'r.publicityEnd', 'r.severity', 'r.content',
          'd.code as departmentCode', 'd.name as departmentName']);
      if (q.subjectIds !== null) query = query.where('r.subjectId', 'in', [...q.subjectIds]);
      query = query.orderBy('r.decisionDate', 'desc').orderBy('r.seq', 'desc');
      if (q.limit !== undefined) query = query.limit(q.limit).offset(q.offset ?? 0);
      return query.execute();
    },

    /** How many records stand on `q.at` through these feeds (every subject; the same filter as listEntryRecords, without paging). */
    async countListEntryRecords(db: Kysely<DB>, q: { feeds: readonly ListFeedFilter[]; at: string; publicOnly?: boolean }): Promise<number> {
      if (q.feeds.length === 0) return 0;
      const row = await standing(db, q).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Which of these ids are records about the subject. */
    async idsOfSubject(db: Kysely<DB>, subjectId: string, ids: readonly string[]): Promise<string[]> {
      if (ids.length === 0) return [];
      const rows = await db.selectFrom('records').select('id').where('subjectId', '=', subjectId).where('id', 'in', [...ids]).execute();
      return rows.map((r) => r.id);
    },

    /** How many records of each category (or polarity) one audience may list (the same filters as listForSubject). */
    async countByCategory(db: Kysely<DB>, subjectId: string, q: AudienceQuery, by: 'category' | 'polarity' = 'category') {
      let query = db.selectFrom('records as r').where('r.subjectId', '=', subjectId);
      if (q.activeOnly) query = query.where('r.status', '=', 'active');
      if (q.disclosures) query = query.where('r.disclosure', 'in', q.disclosures);
      if (q.publicOn !== null) query = query.where('r.publicityEnd', '>=', q.publicOn);
      return query.select((eb) => [eb.ref(`r.${by}`).as('key'), eb.fn.countAll<number | string>().as('n')]).groupBy(`r.${by}`).execute();
    },

    /** The same counts by category and polarity at once (one visit of the subject's rows gives both, and the tabs' counts). */
    async countByCategoryAndPolarity(db: Kysely<DB>, subjectId: string, q: AudienceQuery) {
      let query = db.selectFrom('records as r').where('r.subjectId', '=', subjectId);
      if (q.activeOnly) query = query.where('r.status', '=', 'active');
      if (q.disclosures) query = query.where('r.disclosure', 'in', q.disclosures);
      if (q.publicOn !== null) query = query.where('r.publicityEnd', '>=', q.publicOn);
      return query
        .select((eb) => ['r.category', 'r.polarity', eb.fn.countAll<number | string>().as('n')])
        .groupBy(['r.category', 'r.polarity'])
        .execute();
    },
  };
}

/** Which records an upstream list takes (lists domain): a type, optionally some severity tiers, optionally one field equal to a text value. */
export interface ListFeedFilter {
  typeCode: string;
  severities?: readonly string[] | undefined;
  fieldEquals?: { key: string; value: string } | undefined;
}

export interface ListEntryRecordQuery {
  feeds: readonly ListFeedFilter[];
  /** null: every subject (a public list page) */
  subjectIds: readonly string[] | null;
  /** YYYY-MM-DD: active, decided on or before it, its end (valid-until and publicity end, the earlier) on or after it */
  at: string;
  /** only records whose own disclosure level is public (public pages); checks and staff read every record */
  publicOnly?: boolean;
  limit?: number;
  offset?: number;
}

/** A record that stands as an entry of an upstream list on the day asked. */
export interface ListEntryRecord {
  id: string;
  subjectId: string;
  typeCode: string;
  docNo: string;
  decisionDate: string;
  validUntil: string | null;
  publicityEnd: string | null;
  severity: string | null;
  content: string;
  departmentCode: string;
  departmentName: string;
}

/** The text a field takes in the canonical content (content.ts: `"key":value`, keys unique): a substring test finds it. */
export const fieldNeedle = (key: string, value: string) => `${JSON.stringify(key)}:${JSON.stringify(value)}`;

/** The filters an audience puts on a subject's records. */
export interface AudienceQuery {
  activeOnly: boolean;
  disclosures: string[] | null;
  /** only records public on this day (publicity end on or after it) */
  publicOn: string | null;
}

function recordQuery(db: Kysely<DB>) {
  return db
    .selectFrom('records as r')
    .innerJoin('departments as d', 'd.id', 'r.sourceDepartmentId')
    .selectAll('r')
    .select(['d.code as departmentCode', 'd.name as departmentName']);
}

export type RecordRepo = ReturnType<typeof createRecordRepo>;
export type RecordRow = NonNullable<Awaited<ReturnType<RecordRepo['findById']>>>;
export type VersionRow = Awaited<ReturnType<RecordRepo['versionsOf']>>[number];

/** Row → the domain shape (fields parsed from the canonical content). */
export function toStoredRecord(row: RecordRow): StoredRecord {
  return {
    id: row.id,
    naturalKey: row.naturalKey,
    subjectId: row.subjectId,
    typeCode: row.typeCode,
    typeVersion: Number(row.typeVersion),
    sourceDepartment: { id: row.sourceDepartmentId, code: row.departmentCode, name: row.departmentName },
    docNo: row.docNo,
    period: row.period,
    decisionDate: row.decisionDate,
    validUntil: row.validUntil,
    severity: row.severity as StoredRecord['severity'],
    disclosure: row.disclosure as StoredRecord['disclosure'],
    publicityEnd: row.publicityEnd,
    repairedOn: row.repairedOn ?? null,
    underObjection: underObjection(row),
    polarity: row.polarity,
    category: row.category,
    status: row.status as RecordStatus,
    version: Number(row.version),
    fields: parseContent(row.content),
    contentHash: row.contentHash,
    firstReceivedAt: row.firstReceivedAt,
    lastReceivedAt: row.lastReceivedAt,
    updatedAt: row.updatedAt,
  };
}

export function toRecordVersion(row: VersionRow): RecordVersion {
  return {
    version: Number(row.version),
    change: row.change as RecordVersion['change'],
    fields: parseContent(row.content),
    contentHash: row.contentHash,
    typeVersion: Number(row.typeVersion),
    submitter: { type: row.submitterType as RecordVersion['submitter']['type'], id: row.submitterId },
    channel: row.channel as RecordVersion['channel'],
    batchId: row.batchId,
    receivedAt: row.receivedAt,
    reason: row.reason,
  };
}
