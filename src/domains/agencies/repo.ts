import type { Kysely, Selectable, Updateable } from 'kysely';
import type { AgenciesTable, AgencyStaffTable, AgencyStatusHistoryTable, DB } from '../../db/schema.js';
import { toCount } from '../../db/values.js';

export type AgencyRow = Selectable<AgenciesTable>;
export type StaffRow = Selectable<AgencyStaffTable>;
export type StatusHistoryRow = Selectable<AgencyStatusHistoryTable>;

/** agencies, agency_staff and agency_status_history: the only place they meet SQL. */
export const agencyRepo = {
  async insert(trx: Kysely<DB>, row: AgencyRow): Promise<void> {
    await trx.insertInto('agencies').values(row).execute();
  },

  async find(db: Kysely<DB>, id: string): Promise<AgencyRow | undefined> {
    return db.selectFrom('agencies').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async findByUscc(db: Kysely<DB>, uscc: string): Promise<AgencyRow | undefined> {
    return db.selectFrom('agencies').selectAll().where('uscc', '=', uscc).executeTakeFirst();
  },

  async exists(db: Kysely<DB>, uscc: string, filingNo: string): Promise<boolean> {
    const row = await db.selectFrom('agencies').select('id').where((eb) => eb.or([eb('uscc', '=', uscc), eb('filingNo', '=', filingNo)])).executeTakeFirst();
    return row !== undefined;
  },

  /** A change conditional on the version read: false when another write came first. */
  async update(trx: Kysely<DB>, id: string, expectedVersion: number, patch: Updateable<AgenciesTable>): Promise<boolean> {
    const r = await trx.updateTable('agencies').set({ ...patch, version: expectedVersion + 1 })
      .where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async touch(trx: Kysely<DB>, id: string, at: string): Promise<void> {
    await trx.updateTable('agencies').set({ updatedAt: at }).where('id', '=', id).execute();
  },

  async list(db: Kysely<DB>, q: { statuses: readonly string[]; text?: string | undefined; limit: number; offset: number }): Promise<AgencyRow[]> {
    let query = db.selectFrom('agencies').selectAll().where('status', 'in', [...q.statuses]);
    if (q.text) {
      const like = `%${q.text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      query = query.where((eb) => eb.or([eb('name', 'like', like), eb('uscc', '=', q.text!.toUpperCase())]));
    }
    return query.orderBy('name').orderBy('id').limit(q.limit).offset(q.offset).execute();
  },

  async count(db: Kysely<DB>): Promise<number> {
    return toCount((await db.selectFrom('agencies').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst())?.n);
  },

  async insertStaff(trx: Kysely<DB>, row: StaffRow): Promise<void> {
    await trx.insertInto('agencyStaff').values(row).execute();
  },

  async staffOf(db: Kysely<DB>, agencyId: string): Promise<StaffRow[]> {
    return db.selectFrom('agencyStaff').selectAll().where('agencyId', '=', agencyId).orderBy('addedOn').orderBy('id').execute();
  },

  async removeStaff(trx: Kysely<DB>, agencyId: string, staffId: string, on: string): Promise<boolean> {
    const r = await trx.updateTable('agencyStaff').set({ removedOn: on })
      .where('id', '=', staffId).where('agencyId', '=', agencyId).where('removedOn', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async insertHistory(trx: Kysely<DB>, row: Omit<StatusHistoryRow, 'seq'>): Promise<void> {
    await trx.insertInto('agencyStatusHistory').values(row).execute();
  },

  async historyOf(db: Kysely<DB>, agencyId: string): Promise<StatusHistoryRow[]> {
    return db.selectFrom('agencyStatusHistory').selectAll().where('agencyId', '=', agencyId).orderBy('seq').execute();
  },
};
