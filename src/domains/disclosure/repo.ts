import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { RecordRow } from '../records/index.js';
import type { DisclosureSource, PublicTally } from './schema.js';

/** A record row with its source department and the subject it is about. */
export type ListedRow = RecordRow & { subjectCode: string | null; subjectName: string; subjectType: string; subjectIdNumberMasked: string | null };

/**
 * Records the public may see on `today`, with their department and subject:
 * active, disclosure public, publicity end on or after today (SPEC §3.2; the
 * same filter as the records' public audience, checked again by isPublicOn).
 */
function publicOn(db: Kysely<DB>, today: string) {
  return db
    .selectFrom('records as r')
    .innerJoin('departments as d', 'd.id', 'r.sourceDepartmentId')
    .innerJoin('subjects as s', 's.id', 'r.subjectId')
    .selectAll('r')
    .select([
      'd.code as departmentCode', 'd.name as departmentName',
      's.code as subjectCode', 's.name as subjectName', 's.type as subjectType', 's.idNumberMasked as subjectIdNumberMasked',
    ])
    .where('r.status', '=', 'active')
    .where('r.disclosure', '=', 'public')
    .where('r.publicityEnd', '>=', today);
}

/** Public listings across subjects: the only place this domain meets SQL. */
export function createDisclosureRepo() {
  return {
    /** One category's records, newest decision first (index records(category, decision_date, seq), migration 0010). */
    async latest(db: Kysely<DB>, q: { category: string; today: string; departmentId: string | null; from: string | null; to: string | null; limit: number; offset: number }): Promise<ListedRow[]> {
      let query = publicOn(db, q.today).where('r.category', '=', q.category);
      if (q.departmentId !== null) query = query.where('r.sourceDepartmentId', '=', q.departmentId);
      if (q.from !== null) query = query.where('r.decisionDate', '>=', q.from);
      if (q.to !== null) query = query.where('r.decisionDate', '<=', q.to);
      return query.orderBy('r.decisionDate', 'desc').orderBy('r.seq', 'desc').limit(q.limit).offset(q.offset).execute();
    },

    /** A subject's public records today, counted per type, category and polarity. */
    async tallyForSubject(db: Kysely<DB>, subjectId: string, today: string): Promise<PublicTally[]> {
      const rows = await db.selectFrom('records as r')
        .select((eb) => ['r.typeCode', 'r.category', 'r.polarity', eb.fn.countAll<number | string>().as('n')])
        .where('r.subjectId', '=', subjectId)
        .where('r.status', '=', 'active')
        .where('r.disclosure', '=', 'public')
        .where('r.publicityEnd', '>=', today)
        .groupBy(['r.typeCode', 'r.category', 'r.polarity'])
        .execute();
      return rows.map((r) => ({ typeCode: r.typeCode, category: r.category, polarity: r.polarity, count: Number(r.n) }));
    },

    async departmentIdByCode(db: Kysely<DB>, code: string): Promise<string | null> {
      const row = await db.selectFrom('departments').select('id').where('code', '=', code).executeTakeFirst();
      return row?.id ?? null;
    },

    /** Departments that have submitted records (one index probe each: departments are few, records many). */
    async sources(db: Kysely<DB>): Promise<DisclosureSource[]> {
      return db.selectFrom('departments as d')
        .select(['d.code', 'd.name'])
        .where(sql<boolean>`EXISTS (SELECT 1 FROM records r WHERE r.source_department_id = d.id)`)
        .orderBy('d.name')
        .execute();
    },
  };
}

export type DisclosureRepo = ReturnType<typeof createDisclosureRepo>;
