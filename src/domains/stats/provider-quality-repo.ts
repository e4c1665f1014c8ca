import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { toCount } from '../../db/values.js';
import type { Period } from './provider-quality-period.js';
import type { DepartmentRef } from './provider-quality-schema.js';

/** A batch row's counts summed per department and type. */
export interface BatchTotals {
  departmentId: string;
  typeCode: string;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** Records sharing a department, type, decision date and hour of first receipt (UTC `YYYY-MM-DDTHH`). */
export interface ReceiptGroup {
  departmentId: string;
  typeCode: string;
  decisionDate: string;
  receivedHour: string;
  count: number;
}

export interface LateRow {
  id: string;
  typeCode: string;
  docNo: string;
  decisionDate: string;
  firstReceivedAt: string;
}

/** A decision date whose records are late when first received at or after `lateFrom` (an instant). */
export interface LateThreshold {
  decisionDate: string;
  lateFrom: string;
}

/**
 * Provider quality, read straight from what ingestion stores: import_batches
 * (by start time, import_batches_started_idx / _department_idx), import_errors
 * (through import_errors_batch_idx) and records (records_timeliness_idx covers
 * the timeliness queries: department, type, first receipt, decision date).
 */
export const qualityRepo = {
  async departments(db: Kysely<DB>): Promise<Array<DepartmentRef & { kind: string }>> {
    return db.selectFrom('departments').select(['id', 'code', 'name', 'nameEn', 'kind']).orderBy('code').execute();
  },

  async batchTotals(db: Kysely<DB>, period: Period, departmentId?: string): Promise<BatchTotals[]> {
    let q = db.selectFrom('importBatches')
      .select((eb) => ['departmentId', 'typeCode', eb.fn.sum<number>('created').as('created'), eb.fn.sum<number>('updated').as('updated'),
        eb.fn.sum<number>('unchanged').as('unchanged'), eb.fn.sum<number>('rejected').as('rejected')])
      .where('startedAt', '>=', period.startsAt).where('startedAt', '<', period.endsBefore);
    if (departmentId) q = q.where('departmentId', '=', departmentId);
    const rows = await q.groupBy(['departmentId', 'typeCode']).execute();
    return rows.map((r) => ({
      departmentId: r.departmentId, typeCode: r.typeCode,
      created: toCount(r.created), updated: toCount(r.updated), unchanged: toCount(r.unchanged), rejected: toCount(r.rejected),
    }));
  },

  async errorCounts(db: Kysely<DB>, period: Period, departmentId?: string): Promise<Array<{ departmentId: string; typeCode: string; code: string; count: number }>> {
    let q = db.selectFrom('importErrors as e').innerJoin('importBatches as b', 'b.id', 'e.batchId')
      .select((eb) => ['b.departmentId', 'b.typeCode', 'e.code', eb.fn.countAll<number>().as('count')])
      .where('b.startedAt', '>=', period.startsAt).where('b.startedAt', '<', period.endsBefore);
    if (departmentId) q = q.where('b.departmentId', '=', departmentId);
    const rows = await q.groupBy(['b.departmentId', 'b.typeCode', 'e.code']).execute();
    return rows.map((r) => ({ departmentId: r.departmentId, typeCode: r.typeCode, code: r.code, count: toCount(r.count) }));
  },

  /** Only the two dates per record, grouped: the database reads the covering index and returns few rows. */
  async receiptGroups(db: Kysely<DB>, period: Period, departmentIds: string[], types: readonly string[]): Promise<ReceiptGroup[]> {
    if (departmentIds.length === 0) return [];
    const hour = sql<string>`substr(first_received_at, 1, 13)`;
    const rows = await db.selectFrom('records')
      .select((eb) => ['sourceDepartmentId', 'typeCode', 'decisionDate', hour.as('receivedHour'), eb.fn.countAll<number>().as('count')])
      .where('sourceDepartmentId', 'in', departmentIds).where('typeCode', 'in', types)
      .where('firstReceivedAt', '>=', period.startsAt).where('firstReceivedAt', '<', period.endsBefore)
      .groupBy(['sourceDepartmentId', 'typeCode', 'decisionDate', hour])
      .execute();
    return rows.map((r) => ({ departmentId: r.sourceDepartmentId, typeCode: r.typeCode, decisionDate: r.decisionDate, receivedHour: r.receivedHour, count: toCount(r.count) }));
  },

  /**
   * A department's late records in the period, oldest decision first: those
   * decided before `lateBefore` (late whenever received in the period) and
   * those first received at or after their decision date's threshold.
   */
  async lateRecords(db: Kysely<DB>, q: { period: Period; departmentId: string; types: readonly string[]; lateBefore: string; thresholds: LateThreshold[]; limit: number; offset: number }): Promise<LateRow[]> {
    // VALUES needs a row: a sentinel no decision date equals.
    const thresholds = q.thresholds.length > 0 ? q.thresholds : [{ decisionDate: '', lateFrom: '' }];
    const values = sql.join(thresholds.map((t) => sql`(${t.decisionDate}, ${t.lateFrom})`));
    const types = sql.join(q.types.map((t) => sql`${t}`));
    const result = await sql<LateRow>`WITH late(d, t) AS (VALUES ${values})
      SELECT r.id, r.type_code, r.doc_no, r.decision_date, r.first_received_at FROM records r
      WHERE r.source_department_id = ${q.departmentId} AND r.type_code IN (${types})
        AND r.first_received_at >= ${q.period.startsAt} AND r.first_received_at < ${q.period.endsBefore}
        AND (r.decision_date < ${q.lateBefore}
          OR EXISTS (SELECT 1 FROM late WHERE late.d = r.decision_date AND r.first_received_at >= late.t))
      ORDER BY r.decision_date, r.first_received_at, r.id
      LIMIT ${q.limit} OFFSET ${q.offset}`.execute(db);
    return result.rows;
  },
};
