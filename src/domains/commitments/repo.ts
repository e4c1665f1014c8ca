import type { Kysely, Selectable, Updateable } from 'kysely';
import type { CommitmentsTable, DB } from '../../db/schema.js';

export type CommitmentRow = Selectable<CommitmentsTable>;

/** What a commitment page and a breach record need of its subject (the subjects table is read here, never written). */
export interface CommitmentSubject {
  id: string;
  type: string;
  code: string | null;
  name: string;
}

/** commitments: the only place they meet SQL. */
export const commitmentsRepo = {
  async insert(trx: Kysely<DB>, row: CommitmentRow): Promise<void> {
    await trx.insertInto('commitments').values(row).execute();
  },

  async find(db: Kysely<DB>, id: string): Promise<CommitmentRow | undefined> {
    return db.selectFrom('commitments').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** A change conditional on the version read: false when another write came first. */
  async update(trx: Kysely<DB>, id: string, expectedVersion: number, patch: Updateable<CommitmentsTable>): Promise<boolean> {
    const result = await trx.updateTable('commitments').set({ ...patch, version: expectedVersion + 1 })
      .where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  async list(db: Kysely<DB>, q: { subjectId?: string | undefined; status?: string | undefined; signedBy?: string | undefined; limit: number; offset: number }): Promise<CommitmentRow[]> {
    let query = db.selectFrom('commitments').selectAll();
    if (q.signedBy !== undefined) query = query.where('signedOn', '<=', q.signedBy);
    if (q.subjectId !== undefined) query = query.where('subjectId', '=', q.subjectId);
    if (q.status !== undefined) query = query.where('status', '=', q.status);
    return query.orderBy('signedAt', 'desc').orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute();
  },

  async subjects(db: Kysely<DB>, ids: readonly string[]): Promise<Map<string, CommitmentSubject>> {
    if (ids.length === 0) return new Map();
    const rows = await db.selectFrom('subjects').select(['id', 'type', 'code', 'name']).where('id', 'in', [...new Set(ids)]).execute();
    return new Map(rows.map((r) => [r.id, r]));
  },
};
