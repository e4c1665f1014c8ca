import type { Kysely } from 'kysely';
import type { CatalogTypesTable, DB } from '../../db/schema.js';

export type CatalogRow = CatalogTypesTable;

/** catalog_types queries: the only place in this domain that speaks Kysely. */
export const catalogRepo = {
  async codes(db: Kysely<DB>): Promise<string[]> {
    const rows = await db.selectFrom('catalogTypes').select('code').distinct().execute();
    return rows.map((r) => r.code);
  },

  /** The highest version of every type. */
  async latestVersions(db: Kysely<DB>): Promise<Array<{ code: string; version: number }>> {
    const rows = await db.selectFrom('catalogTypes').select(['code', (eb) => eb.fn.max<number>('version').as('version')]).groupBy('code').orderBy('code').execute();
    return rows.map((r) => ({ code: r.code, version: Number(r.version) }));
  },

  async latestVersion(db: Kysely<DB>, code: string): Promise<number | undefined> {
    const row = await db.selectFrom('catalogTypes').select((eb) => eb.fn.max<number>('version').as('version')).where('code', '=', code).executeTakeFirst();
    return row?.version === null || row?.version === undefined ? undefined : Number(row.version);
  },

  async find(db: Kysely<DB>, code: string, version: number): Promise<CatalogRow | undefined> {
    return db.selectFrom('catalogTypes').selectAll().where('code', '=', code).where('version', '=', version).executeTakeFirst();
  },

  async findMany(db: Kysely<DB>, keys: ReadonlyArray<{ code: string; version: number }>): Promise<CatalogRow[]> {
    if (keys.length === 0) return [];
    return db.selectFrom('catalogTypes').selectAll()
      .where((eb) => eb.or(keys.map((k) => eb.and([eb('code', '=', k.code), eb('version', '=', k.version)]))))
      .execute();
  },

  /** Inserts the rows whose (code, version) is free; returns how many went in (a concurrent writer may have won). */
  async insert(db: Kysely<DB>, rows: CatalogRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    const result = await db.insertInto('catalogTypes').values(rows).onConflict((oc) => oc.columns(['code', 'version']).doNothing()).executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0);
  },
};
