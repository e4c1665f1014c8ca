import type { Kysely } from 'kysely';
import type { DB, RatingModelVersionsTable, RatingModelsTable } from '../../db/schema.js';

export type ModelRow = RatingModelsTable & { latestVersion: number };
export type VersionRow = RatingModelVersionsTable;

/** Rating models and their versions: a version is inserted once and only its status ever changes (draft → published). */
export const modelRepo = {
  async list(db: Kysely<DB>): Promise<ModelRow[]> {
    const rows = await db.selectFrom('ratingModels as m')
      .innerJoin('ratingModelVersions as v', 'v.modelCode', 'm.code')
      .select(['m.code', 'm.kind', 'm.name', 'm.publishedVersion', 'm.createdAt', 'm.createdBy'])
      .select((eb) => eb.fn.max('v.version').as('latestVersion'))
      .groupBy(['m.code', 'm.kind', 'm.name', 'm.publishedVersion', 'm.createdAt', 'm.createdBy'])
      .orderBy('m.createdAt').orderBy('m.code')
      .execute();
    return rows.map((r) => ({ ...r, publishedVersion: r.publishedVersion === null ? null : Number(r.publishedVersion), latestVersion: Number(r.latestVersion) }));
  },

  async codes(db: Kysely<DB>): Promise<string[]> {
    return (await db.selectFrom('ratingModels').select('code').execute()).map((r) => r.code);
  },

  async find(db: Kysely<DB>, code: string): Promise<RatingModelsTable | undefined> {
    const row = await db.selectFrom('ratingModels').selectAll().where('code', '=', code).executeTakeFirst();
    return row && { ...row, publishedVersion: row.publishedVersion === null ? null : Number(row.publishedVersion) };
  },

  async versions(db: Kysely<DB>, code: string): Promise<VersionRow[]> {
    const rows = await db.selectFrom('ratingModelVersions').selectAll().where('modelCode', '=', code).orderBy('version').execute();
    return rows.map((r) => ({ ...r, version: Number(r.version) }));
  },

  async version(db: Kysely<DB>, code: string, version: number): Promise<VersionRow | undefined> {
    const row = await db.selectFrom('ratingModelVersions').selectAll().where('modelCode', '=', code).where('version', '=', version).executeTakeFirst();
    return row && { ...row, version: Number(row.version) };
  },

  /** The published version of every model that has one (the definitions are read once per version, see version()). */
  async published(db: Kysely<DB>): Promise<Array<{ code: string; version: number }>> {
    const rows = await db.selectFrom('ratingModels').select(['code', 'publishedVersion']).where('publishedVersion', 'is not', null).orderBy('code').execute();
    return rows.map((r) => ({ code: r.code, version: Number(r.publishedVersion) }));
  },

  async insertModel(trx: Kysely<DB>, row: RatingModelsTable): Promise<boolean> {
    const result = await trx.insertInto('ratingModels').values(row).onConflict((oc) => oc.column('code').doNothing()).executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  },

  /** false when the version number is taken (a concurrent writer got there first). */
  async insertVersion(trx: Kysely<DB>, row: VersionRow): Promise<boolean> {
    const result = await trx.insertInto('ratingModelVersions').values(row).onConflict((oc) => oc.columns(['modelCode', 'version']).doNothing()).executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  },

  async maxVersion(trx: Kysely<DB>, code: string): Promise<number> {
    const row = await trx.selectFrom('ratingModelVersions').select((eb) => eb.fn.max('version').as('v')).where('modelCode', '=', code).executeTakeFirst();
    return Number(row?.v ?? 0);
  },

  /** Draft → published, only from draft; the model then rates with it. */
  async publish(trx: Kysely<DB>, code: string, version: number, at: string, by: string | null): Promise<boolean> {
    const result = await trx.updateTable('ratingModelVersions').set({ status: 'published', publishedAt: at, publishedBy: by })
      .where('modelCode', '=', code).where('version', '=', version).where('status', '=', 'draft').executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await trx.updateTable('ratingModels').set({ publishedVersion: version }).where('code', '=', code).execute();
    return true;
  },
};
