import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { toCount } from '../../db/values.js';

export interface MonthRange {
  from: string;
  to: string;
}

/** Reads of the summary tables (migration 0018): small grouped queries, whatever the size of `records`. */
export const statisticsRepo = {
  async cells(db: Kysely<DB>, by: 'type' | 'street' | 'industry', filter: { street?: string | undefined; industry?: string | undefined }) {
    const column = by === 'type' ? 'subject_type' : by;
    let q = db.selectFrom('statsCells')
      .select((eb) => [sql<string>`${sql.ref(column)}`.as('key'), eb.fn.sum<number>('subjects').as('subjects'), eb.fn.sum<number>('covered').as('covered')]);
    if (filter.street) q = q.where('street', '=', filter.street);
    if (filter.industry) q = q.where('industry', '=', filter.industry);
    const rows = await q.groupBy(sql.ref(column)).orderBy(sql.ref(column)).execute();
    return rows.map((r) => ({ key: r.key, subjects: toCount(r.subjects), covered: toCount(r.covered) }));
  },

  async months(db: Kysely<DB>, range: MonthRange, department?: string) {
    let q = db.selectFrom('statsRecordMonths')
      .select((eb) => ['departmentId', 'typeCode', 'month', eb.fn.sum<number>('created').as('created'), eb.fn.sum<number>('withdrawn').as('withdrawn')])
      .where('month', '>=', range.from).where('month', '<=', range.to);
    if (department) q = q.where('departmentId', '=', department);
    const rows = await q.groupBy(['departmentId', 'typeCode', 'month']).execute();
    return rows.map((r) => ({ departmentId: r.departmentId, typeCode: r.typeCode, month: r.month, created: toCount(r.created), withdrawn: toCount(r.withdrawn) }));
  },

  async timeliness(db: Kysely<DB>, range: MonthRange, department?: string) {
    let q = db.selectFrom('statsTimeliness')
      .select((eb) => ['departmentId', 'month', 'workingDays', eb.fn.sum<number>('records').as('records')])
      .where('month', '>=', range.from).where('month', '<=', range.to);
    if (department) q = q.where('departmentId', '=', department);
    const rows = await q.groupBy(['departmentId', 'month', 'workingDays']).execute();
    return rows.map((r) => ({ departmentId: r.departmentId, month: r.month, workingDays: Number(r.workingDays), records: toCount(r.records) }));
  },

  async departments(db: Kysely<DB>) {
    return db.selectFrom('departments').select(['id', 'code', 'name', 'nameEn', 'kind']).orderBy('code').execute();
  },

  /** Rows submitted and rejected per department and China month of the batch start (import_batches_started_idx). */
  async batchMonths(db: Kysely<DB>, startsAt: string, endsBefore: string) {
    const hour = sql<string>`substr(started_at, 1, 13)`;
    const rows = await db.selectFrom('importBatches')
      .select((eb) => ['departmentId', hour.as('hour'), eb.fn.sum<number>('created').as('created'), eb.fn.sum<number>('updated').as('updated'),
        eb.fn.sum<number>('unchanged').as('unchanged'), eb.fn.sum<number>('rejected').as('rejected')])
      .where('startedAt', '>=', startsAt).where('startedAt', '<', endsBefore)
      .groupBy(['departmentId', hour]).execute();
    return rows.map((r) => ({
      departmentId: r.departmentId, hour: r.hour,
      accepted: toCount(r.created) + toCount(r.updated) + toCount(r.unchanged), rejected: toCount(r.rejected),
    }));
  },

  async duties(db: Kysely<DB>) {
    return db.selectFrom('departmentDuties').select(['departmentId', 'typeCode']).orderBy('departmentId').orderBy('typeCode').execute();
  },
};
