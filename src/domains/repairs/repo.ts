import type { Kysely, Selectable, Updateable } from 'kysely';
import type { DB, RepairAttachmentsTable, RepairHistoryTable, RepairsTable } from '../../db/schema.js';

export type RepairRow = Selectable<RepairsTable>;
export type RepairHistoryRow = Selectable<RepairHistoryTable>;
export type AttachmentRow = Selectable<RepairAttachmentsTable>;
export type AttachmentMeta = Omit<AttachmentRow, 'content'>;

/** repairs, their history and attachments: the only place they meet SQL. */
export const repairsRepo = {
  async insert(trx: Kysely<DB>, row: RepairRow): Promise<void> {
    await trx.insertInto('repairs').values(row).execute();
  },

  async find(db: Kysely<DB>, id: string): Promise<RepairRow | undefined> {
    return db.selectFrom('repairs').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async update(trx: Kysely<DB>, id: string, expectedVersion: number, patch: Updateable<RepairsTable>): Promise<boolean> {
    const result = await trx.updateTable('repairs').set({ ...patch, version: expectedVersion + 1 })
      .where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  /** Records with an application still open (submitted or accepted). */
  async openRecordIds(db: Kysely<DB>, recordIds: readonly string[]): Promise<Set<string>> {
    if (recordIds.length === 0) return new Set();
    const rows = await db.selectFrom('repairs').select('recordId').where('openKey', 'in', [...recordIds]).execute();
    return new Set(rows.map((r) => r.recordId));
  },

  async list(db: Kysely<DB>, q: { subjectId?: string | undefined; status?: string | undefined; overdueOn?: string | undefined; limit: number; offset: number }): Promise<RepairRow[]> {
    let query = db.selectFrom('repairs').selectAll();
    if (q.subjectId !== undefined) query = query.where('subjectId', '=', q.subjectId);
    if (q.overdueOn !== undefined) query = query.where('status', '=', 'accepted').where('decisionDue', '<', q.overdueOn);
    else if (q.status !== undefined) query = query.where('status', '=', q.status);
    return query.orderBy('updatedAt', 'desc').orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute();
  },

  async insertHistory(trx: Kysely<DB>, row: Omit<RepairHistoryRow, 'seq'>): Promise<void> {
    await trx.insertInto('repairHistory').values(row).execute();
  },

  async historyOf(db: Kysely<DB>, repairId: string): Promise<RepairHistoryRow[]> {
    return db.selectFrom('repairHistory').selectAll().where('repairId', '=', repairId).orderBy('seq').execute();
  },

  async stepByRequestKey(db: Kysely<DB>, actor: { type: string; id: string | null }, key: string): Promise<RepairHistoryRow | undefined> {
    let query = db.selectFrom('repairHistory').selectAll().where('actorType', '=', actor.type).where('requestKey', '=', key);
    query = actor.id === null ? query.where('actorId', 'is', null) : query.where('actorId', '=', actor.id);
    return query.executeTakeFirst();
  },

  async insertAttachments(trx: Kysely<DB>, rows: AttachmentRow[]): Promise<void> {
    if (rows.length > 0) await trx.insertInto('repairAttachments').values(rows).execute();
  },

  async attachmentsOf(db: Kysely<DB>, repairId: string): Promise<AttachmentMeta[]> {
    return db.selectFrom('repairAttachments').select(['id', 'repairId', 'fileName', 'mediaType', 'size', 'sha256']).where('repairId', '=', repairId).orderBy('fileName').execute();
  },

  async attachment(db: Kysely<DB>, repairId: string, id: string): Promise<AttachmentRow | undefined> {
    return db.selectFrom('repairAttachments').selectAll().where('repairId', '=', repairId).where('id', '=', id).executeTakeFirst();
  },

  async subject(db: Kysely<DB>, id: string): Promise<{ id: string; type: string; code: string | null; name: string } | undefined> {
    return db.selectFrom('subjects').select(['id', 'type', 'code', 'name']).where('id', '=', id).executeTakeFirst();
  },
};
