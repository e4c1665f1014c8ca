import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { toCount } from '../../db/values.js';

/** A subject's place in the coverage table: '' stands for "not recorded". */
export interface Cell {
  subjectType: string;
  street: string;
  industry: string;
}

export interface SubjectCell extends Cell {
  subjectId: string;
}

export interface CellDelta extends Cell {
  subjects: number;
  covered: number;
}

export interface MonthDelta {
  departmentId: string;
  typeCode: string;
  month: string;
  created: number;
  withdrawn: number;
}

export interface TimelinessDelta {
  departmentId: string;
  typeCode: string;
  month: string;
  workingDays: number;
  records: number;
}

/** Rows counted by department, type and UTC hour (`YYYY-MM-DDTHH`): the application folds hours into China months. */
export interface HourGroup {
  departmentId: string;
  typeCode: string;
  hour: string;
  count: number;
}

const CHUNK = 500;
const chunks = <T>(rows: readonly T[]): T[][] => Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, i) => rows.slice(i * CHUNK, (i + 1) * CHUNK));

/** Summary tables of migration 0018: the only writer is the aggregates consumer. */
export const aggregatesRepo = {
  async clear(trx: Kysely<DB>, which: 'all' | 'timeliness'): Promise<void> {
    await trx.deleteFrom('statsTimeliness').execute();
    if (which === 'timeliness') return;
    await trx.deleteFrom('statsRecordMonths').execute();
    await trx.deleteFrom('statsCells').execute();
    await trx.deleteFrom('statsSubjects').execute();
  },

  /** Every subject with its cell and active records, then the cells, in two statements. */
  async rebuildSubjects(trx: Kysely<DB>): Promise<void> {
    await sql`INSERT INTO stats_subjects (subject_id, subject_type, street, industry, records)
      SELECT s.id, s.type, COALESCE(s.street, ''), COALESCE(s.industry, ''), COALESCE(r.n, 0)
      FROM subjects s LEFT JOIN (SELECT subject_id, COUNT(*) AS n FROM records WHERE status = 'active' GROUP BY subject_id) r ON r.subject_id = s.id`.execute(trx);
    await sql`INSERT INTO stats_cells (subject_type, street, industry, subjects, covered)
      SELECT subject_type, street, industry, COUNT(*), SUM(CASE WHEN records > 0 THEN 1 ELSE 0 END)
      FROM stats_subjects GROUP BY subject_type, street, industry`.execute(trx);
  },

  /** Records by department, type and hour of first receipt; withdrawn ones by the hour of their last change. */
  async recordHours(trx: Kysely<DB>, what: 'created' | 'withdrawn'): Promise<HourGroup[]> {
    const column = what === 'created' ? 'first_received_at' : 'updated_at';
    const hour = sql<string>`substr(${sql.ref(column)}, 1, 13)`;
    let q = trx.selectFrom('records').select((eb) => ['sourceDepartmentId', 'typeCode', hour.as('hour'), eb.fn.countAll<number>().as('count')]);
    if (what === 'withdrawn') q = q.where('status', '=', 'withdrawn');
    const rows = await q.groupBy(['sourceDepartmentId', 'typeCode', hour]).execute();
    return rows.map((r) => ({ departmentId: r.sourceDepartmentId, typeCode: r.typeCode, hour: r.hour, count: toCount(r.count) }));
  },

  /** The timely types' records by department, type, decision date and hour of first receipt (records_timeliness_idx). */
  async receiptHours(trx: Kysely<DB>, types: readonly string[]): Promise<Array<HourGroup & { decisionDate: string }>> {
    const hour = sql<string>`substr(first_received_at, 1, 13)`;
    const rows = await trx.selectFrom('records')
      .select((eb) => ['sourceDepartmentId', 'typeCode', 'decisionDate', hour.as('hour'), eb.fn.countAll<number>().as('count')])
      .where('typeCode', 'in', [...types])
      .groupBy(['sourceDepartmentId', 'typeCode', 'decisionDate', hour])
      .execute();
    return rows.map((r) => ({ departmentId: r.sourceDepartmentId, typeCode: r.typeCode, decisionDate: r.decisionDate, hour: r.hour, count: toCount(r.count) }));
  },

  async addMonths(trx: Kysely<DB>, rows: readonly MonthDelta[]): Promise<void> {
    for (const part of chunks(rows)) {
      await trx.insertInto('statsRecordMonths').values(part)
        .onConflict((oc) => oc.columns(['departmentId', 'typeCode', 'month']).doUpdateSet((eb) => ({
          created: eb('statsRecordMonths.created', '+', eb.ref('excluded.created')),
          withdrawn: eb('statsRecordMonths.withdrawn', '+', eb.ref('excluded.withdrawn')),
        }))).execute();
    }
  },

  async addTimeliness(trx: Kysely<DB>, rows: readonly TimelinessDelta[]): Promise<void> {
    for (const part of chunks(rows)) {
      await trx.insertInto('statsTimeliness').values(part)
        .onConflict((oc) => oc.columns(['departmentId', 'typeCode', 'month', 'workingDays']).doUpdateSet((eb) => ({
          records: eb('statsTimeliness.records', '+', eb.ref('excluded.records')),
        }))).execute();
    }
  },

  async addCells(trx: Kysely<DB>, rows: readonly CellDelta[]): Promise<void> {
    for (const part of chunks(rows.filter((r) => r.subjects !== 0 || r.covered !== 0))) {
      await trx.insertInto('statsCells').values(part)
        .onConflict((oc) => oc.columns(['subjectType', 'street', 'industry']).doUpdateSet((eb) => ({
          subjects: eb('statsCells.subjects', '+', eb.ref('excluded.subjects')),
          covered: eb('statsCells.covered', '+', eb.ref('excluded.covered')),
        }))).execute();
    }
  },

  async statsSubjects(trx: Kysely<DB>, ids: readonly string[]): Promise<Array<SubjectCell & { records: number }>> {
    const out: Array<SubjectCell & { records: number }> = [];
    for (const part of chunks(ids)) {
      if (part.length === 0) continue;
      const rows = await trx.selectFrom('statsSubjects').selectAll().where('subjectId', 'in', part).execute();
      out.push(...rows.map((r) => ({ ...r, records: Number(r.records) })));
    }
    return out;
  },

  async subjectCells(trx: Kysely<DB>, ids: readonly string[]): Promise<SubjectCell[]> {
    const out: SubjectCell[] = [];
    for (const part of chunks(ids)) {
      if (part.length === 0) continue;
      const rows = await trx.selectFrom('subjects').select(['id', 'type', 'street', 'industry']).where('id', 'in', part).execute();
      out.push(...rows.map((r) => ({ subjectId: r.id, subjectType: r.type, street: r.street ?? '', industry: r.industry ?? '' })));
    }
    return out;
  },

  async activeCounts(trx: Kysely<DB>, ids: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const part of chunks(ids)) {
      if (part.length === 0) continue;
      const rows = await trx.selectFrom('records').select((eb) => ['subjectId', eb.fn.countAll<number>().as('n')])
        .where('subjectId', 'in', part).where('status', '=', 'active').groupBy('subjectId').execute();
      for (const r of rows) out.set(r.subjectId, toCount(r.n));
    }
    return out;
  },

  async putSubject(trx: Kysely<DB>, row: SubjectCell & { records: number }): Promise<void> {
    await trx.insertInto('statsSubjects').values(row)
      .onConflict((oc) => oc.column('subjectId').doUpdateSet({ subjectType: row.subjectType, street: row.street, industry: row.industry, records: row.records }))
      .execute();
  },

  /** Subjects changed after the keyset position (updated_at, id) and before `until`, oldest first. */
  async changedSubjects(trx: Kysely<DB>, after: { at: string; id: string }, until: string, limit: number): Promise<Array<SubjectCell & { updatedAt: string }>> {
    const rows = await trx.selectFrom('subjects').select(['id', 'type', 'street', 'industry', 'updatedAt'])
      .where((eb) => eb.or([eb('updatedAt', '>', after.at), eb.and([eb('updatedAt', '=', after.at), eb('id', '>', after.id)])]))
      .where('updatedAt', '<', until)
      .orderBy('updatedAt').orderBy('id').limit(limit).execute();
    return rows.map((r) => ({ subjectId: r.id, subjectType: r.type, street: r.street ?? '', industry: r.industry ?? '', updatedAt: r.updatedAt }));
  },

  async latestSubjectChange(trx: Kysely<DB>): Promise<{ at: string; id: string }> {
    const row = await trx.selectFrom('subjects').select(['updatedAt', 'id']).orderBy('updatedAt', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
    return row ? { at: row.updatedAt, id: row.id } : { at: '', id: '' };
  },

  async maxOutboxSeq(trx: Kysely<DB>): Promise<number> {
    const row = await trx.selectFrom('outbox').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
    return toCount(row?.seq as number | null);
  },

  async outboxAfter(trx: Kysely<DB>, seq: number, limit: number): Promise<Array<{ seq: number; topic: string; payload: string; createdAt: string }>> {
    const rows = await trx.selectFrom('outbox').select(['seq', 'topic', 'payload', 'createdAt']).where('seq', '>', seq).orderBy('seq').limit(limit).execute();
    return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
  },

  /** The working-day calendar's rows as one string: a change means the timeliness histogram is recounted. */
  async calendarFingerprint(trx: Kysely<DB>): Promise<string> {
    const rows = await trx.selectFrom('calendarDays').select(['date', 'kind']).orderBy('date').execute();
    return rows.map((r) => `${r.date}:${r.kind}`).join(',');
  },
};
