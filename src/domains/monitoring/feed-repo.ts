import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** An outbox row as the pump reads it. */
export interface OutboxRow {
  seq: number;
  id: string;
  topic: string;
  payload: string;
  createdAt: string;
}

/** A version of a record with what a notice needs of the record. */
export interface VersionFactRow {
  recordId: string;
  version: number;
  change: string;
  contentHash: string;
  disclosure: string;
  typeCode: string;
  typeVersion: number;
}

/** A record whose publicity ended on a scanned day. */
export interface ExpiredRow {
  id: string;
  version: number;
  subjectId: string;
  typeCode: string;
  typeVersion: number;
  category: string;
  decisionDate: string;
  publicityEnd: string;
  contentHash: string;
}

/**
 * What monitoring reads of the records domain's tables (never writes): the
 * outbox in seq order, versions with their content hash, and records leaving
 * publicity. Records' own service offers no such reads; these stay here, read-only.
 */
export const feedRepo = {
  /** Outbox rows after `afterSeq`, oldest first (the seq primary key serves it). */
  async outboxAfter(db: Kysely<DB>, afterSeq: number, limit: number): Promise<OutboxRow[]> {
    const rows = await db.selectFrom('outbox').select(['seq', 'id', 'topic', 'payload', 'createdAt'])
      .where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
    return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
  },

  /** Every version of these records, with the record's disclosure and type. */
  async versionsOf(db: Kysely<DB>, recordIds: readonly string[]): Promise<VersionFactRow[]> {
    if (recordIds.length === 0) return [];
    const rows = await db.selectFrom('recordVersions as v').innerJoin('records as r', 'r.id', 'v.recordId')
      .select(['v.recordId', 'v.version', 'v.change', 'v.contentHash', 'r.disclosure', 'r.typeCode', 'r.typeVersion'])
      .where('v.recordId', 'in', recordIds)
      .execute();
    return rows.map((r) => ({ ...r, version: Number(r.version), typeVersion: Number(r.typeVersion) }));
  },

  /**
   * Active, public records whose (inclusive) publicity end is `day`, of
   * subjects someone follows (records_publicity_end_idx serves the day).
   */
  async expiredOn(db: Kysely<DB>, day: string): Promise<ExpiredRow[]> {
    const rows = await db.selectFrom('records as r')
      .select(['r.id', 'r.version', 'r.subjectId', 'r.typeCode', 'r.typeVersion', 'r.category', 'r.decisionDate', 'r.publicityEnd', 'r.contentHash'])
      .where('r.publicityEnd', '=', day)
      .where('r.disclosure', '=', 'public')
      .where('r.status', '=', 'active')
      .where((eb) => eb.exists(eb.selectFrom('follows as f').select('f.id').whereRef('f.subjectId', '=', 'r.subjectId')))
      .orderBy('r.seq')
      .execute();
    return rows.map((r) => ({ ...r, version: Number(r.version), typeVersion: Number(r.typeVersion), publicityEnd: r.publicityEnd! }));
  },
};
