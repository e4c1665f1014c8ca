import type { Kysely, Selectable } from 'kysely';
import type { DB, SubjectsTable } from '../../db/schema.js';
import type { Subject, SubjectStatus, SubjectType } from './schema.js';

export type SubjectRow = Selectable<SubjectsTable>;
export type NewSubjectRow = Omit<SubjectRow, 'seq'>;

/** Subject rows, their names and aliases. The only place subjects meet SQL. */
export function createSubjectRepo() {
  return {
    async insert(trx: Kysely<DB>, row: NewSubjectRow): Promise<number> {
      const inserted = await trx.insertInto('subjects').values(row).returning('seq').executeTakeFirstOrThrow();
      return Number(inserted.seq);
    },

    async update(trx: Kysely<DB>, id: string, values: Partial<NewSubjectRow>): Promise<void> {
      await trx.updateTable('subjects').set(values).where('id', '=', id).execute();
    },

    async insertNames(trx: Kysely<DB>, rows: DB['subjectNames'][]): Promise<void> {
      if (rows.length > 0) await trx.insertInto('subjectNames').values(rows).execute();
    },

    async closeCurrentName(trx: Kysely<DB>, subjectId: string, validTo: string): Promise<void> {
      await trx
        .updateTable('subjectNames')
        .set({ kind: 'former', validTo })
        .where('subjectId', '=', subjectId)
        .where('kind', '=', 'current')
        .execute();
    },

    async insertAliases(trx: Kysely<DB>, rows: DB['subjectAliases'][]): Promise<void> {
      if (rows.length > 0) await trx.insertInto('subjectAliases').values(rows).execute();
    },

    async findRowByCode(db: Kysely<DB>, code: string): Promise<SubjectRow | undefined> {
      return db.selectFrom('subjects').selectAll().where('code', '=', code).executeTakeFirst();
    },

    async findRowById(db: Kysely<DB>, id: string): Promise<SubjectRow | undefined> {
      return db.selectFrom('subjects').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async findRowByIdNumberHash(db: Kysely<DB>, hash: string): Promise<SubjectRow | undefined> {
      return db.selectFrom('subjects').selectAll().where('idNumberHash', '=', hash).executeTakeFirst();
    },

    async findIdsByAlias(db: Kysely<DB>, value: string): Promise<string[]> {
      const rows = await db.selectFrom('subjectAliases').select('subjectId').where('value', '=', value).execute();
      return rows.map((r) => r.subjectId);
    },

    async findIdsByExactName(db: Kysely<DB>, nameNorm: string, limit: number): Promise<string[]> {
      const rows = await db
        .selectFrom('subjectNames')
        .select('subjectId')
        .where('nameNorm', '=', nameNorm)
        .limit(limit)
        .execute();
      return [...new Set(rows.map((r) => r.subjectId))];
    },

    async rowsById(db: Kysely<DB>, ids: string[]): Promise<SubjectRow[]> {
      if (ids.length === 0) return [];
      return db.selectFrom('subjects').selectAll().where('id', 'in', ids).execute();
    },

    /** Former names and aliases for a set of subjects, in one query each. */
    async detailsFor(db: Kysely<DB>, ids: string[]) {
      if (ids.length === 0) return { names: [], aliases: [] };
      const names = await db
        .selectFrom('subjectNames')
        .select(['subjectId', 'name', 'kind', 'createdAt'])
        .where('subjectId', 'in', ids)
        .where('kind', '=', 'former')
        .orderBy('createdAt')
        .execute();
      const aliases = await db
        .selectFrom('subjectAliases')
        .select(['subjectId', 'scheme', 'value'])
        .where('subjectId', 'in', ids)
        .orderBy('scheme')
        .execute();
      return { names, aliases };
    },
  };
}

export type SubjectRepo = ReturnType<typeof createSubjectRepo>;

/** Row + details → the domain shape (no secrets: the encrypted ID number and its hash stay behind). */
export function toSubject(
  row: SubjectRow,
  formerNames: string[],
  aliases: { scheme: string; value: string }[],
): Subject {
  return {
    id: row.id,
    seq: Number(row.seq),
    type: row.type as SubjectType,
    code: row.code,
    idNumberMasked: row.idNumberMasked,
    name: row.name,
    formerNames,
    legalRep: row.legalRep,
    address: row.address,
    street: row.street,
    divisionCode: row.divisionCode,
    industry: row.industry,
    establishedOn: row.establishedOn,
    status: row.status as SubjectStatus,
    aliases,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}
