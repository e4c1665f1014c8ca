import type { Kysely, Selectable, Updateable } from 'kysely';
import type { DB, ObjectionAttachmentsTable, ObjectionStepsTable, ObjectionsTable } from '../../db/schema.js';
import type { ObjectionStatus } from './schema.js';

export type ObjectionRow = Selectable<ObjectionsTable>;
export type StepRow = Selectable<ObjectionStepsTable>;
export type NewStepRow = Omit<StepRow, 'seq'>;
export type AttachmentRow = Selectable<ObjectionAttachmentsTable>;
export type AttachmentMeta = Omit<AttachmentRow, 'contentB64'>;

const DEADLINES_KEY = 'objections.deadlines';

export interface QueueFilter {
  status?: ObjectionStatus | undefined;
  /** only these statuses (the open ones for "my queue") */
  statuses?: readonly ObjectionStatus[] | undefined;
  /** only cases routed to this department */
  sourceDepartmentId?: string | undefined;
  /** only cases whose current step is past its last day on `today` */
  overdueOn?: string | undefined;
  objectorUserId?: string | undefined;
  limit: number;
  offset: number;
}

/** objections, their steps and attachments: the only place objections meet SQL. */
export const objectionsRepo = {
  async insert(trx: Kysely<DB>, row: ObjectionRow): Promise<void> {
    await trx.insertInto('objections').values(row).execute();
  },

  async find(db: Kysely<DB>, id: string): Promise<ObjectionRow | undefined> {
    return db.selectFrom('objections').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async findByCaseNo(db: Kysely<DB>, caseNo: string): Promise<ObjectionRow | undefined> {
    return db.selectFrom('objections').selectAll().where('caseNo', '=', caseNo).executeTakeFirst();
  },

  async findBySubmitKey(db: Kysely<DB>, key: string): Promise<ObjectionRow | undefined> {
    return db.selectFrom('objections').selectAll().where('submitKey', '=', key).executeTakeFirst();
  },

  /** A change conditional on the version read: false when another write came first. */
  async update(trx: Kysely<DB>, id: string, expectedVersion: number, patch: Updateable<ObjectionsTable>): Promise<boolean> {
    const result = await trx.updateTable('objections').set({ ...patch, version: expectedVersion + 1 })
      .where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  /** How many objections on the record are open, other than `exceptId`. */
  async openOnRecord(db: Kysely<DB>, recordId: string, statuses: readonly ObjectionStatus[], exceptId: string): Promise<number> {
    const row = await db.selectFrom('objections').select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('recordId', '=', recordId).where('status', 'in', [...statuses]).where('id', '<>', exceptId).executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async insertStep(trx: Kysely<DB>, row: NewStepRow): Promise<void> {
    await trx.insertInto('objectionSteps').values(row).execute();
  },

  async stepsOf(db: Kysely<DB>, objectionId: string): Promise<StepRow[]> {
    return db.selectFrom('objectionSteps').selectAll().where('objectionId', '=', objectionId).orderBy('seq').execute();
  },

  async insertAttachments(trx: Kysely<DB>, rows: AttachmentRow[]): Promise<void> {
    if (rows.length > 0) await trx.insertInto('objectionAttachments').values(rows).execute();
  },

  async attachmentsOf(db: Kysely<DB>, objectionId: string): Promise<AttachmentMeta[]> {
    return db.selectFrom('objectionAttachments').select(['id', 'objectionId', 'name', 'contentType', 'sizeBytes', 'sha256', 'uploadedAt'])
      .where('objectionId', '=', objectionId).orderBy('uploadedAt').orderBy('id').execute();
  },

  async attachment(db: Kysely<DB>, objectionId: string, id: string): Promise<AttachmentRow | undefined> {
    return db.selectFrom('objectionAttachments').selectAll().where('objectionId', '=', objectionId).where('id', '=', id).executeTakeFirst();
  },

  /** The queue: open cases with the nearest deadline first, closed ones most recently changed first. */
  async list(db: Kysely<DB>, f: QueueFilter): Promise<ObjectionRow[]> {
    let query = db.selectFrom('objections').selectAll();
    if (f.status !== undefined) query = query.where('status', '=', f.status);
    if (f.statuses !== undefined) query = query.where('status', 'in', [...f.statuses]);
    if (f.sourceDepartmentId !== undefined) query = query.where('sourceDepartmentId', '=', f.sourceDepartmentId);
    if (f.overdueOn !== undefined) query = query.where('stepDueOn', '<', f.overdueOn);
    if (f.objectorUserId !== undefined) query = query.where('objectorUserId', '=', f.objectorUserId);
    return query.orderBy('stepDueOn', 'asc').orderBy('updatedAt', 'desc').orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute();
  },

  /** Open cases past their step's last day that have not been escalated for this step yet. */
  async newlyOverdue(db: Kysely<DB>, statuses: readonly ObjectionStatus[], today: string): Promise<ObjectionRow[]> {
    return db.selectFrom('objections').selectAll()
      .where('status', 'in', [...statuses]).where('stepDueOn', '<', today).where('overdueSince', 'is', null)
      .orderBy('stepDueOn').limit(500).execute();
  },

  /** The reviewers escalations go to (accounts is read here, never written). */
  async reviewerIds(db: Kysely<DB>): Promise<string[]> {
    const rows = await db.selectFrom('users').select('id').where('role', '=', 'reviewer').where('status', '=', 'active').execute();
    return rows.map((r) => r.id);
  },

  /** Users of a department (the source department hears of a case routed to it). */
  async departmentUserIds(db: Kysely<DB>, departmentId: string): Promise<string[]> {
    const rows = await db.selectFrom('users').select('id').where('departmentId', '=', departmentId)
      .where('role', 'in', ['provider', 'staff']).where('status', '=', 'active').execute();
    return rows.map((r) => r.id);
  },

  async displayName(db: Kysely<DB>, userId: string): Promise<string | null> {
    return (await db.selectFrom('users').select('displayName').where('id', '=', userId).executeTakeFirst())?.displayName ?? null;
  },

  async departmentKind(db: Kysely<DB>, id: string): Promise<string | null> {
    return (await db.selectFrom('departments').select('kind').where('id', '=', id).executeTakeFirst())?.kind ?? null;
  },

  async deadlines(db: Kysely<DB>): Promise<string | null> {
    return (await db.selectFrom('meta').select('value').where('key', '=', DEADLINES_KEY).executeTakeFirst())?.value ?? null;
  },

  async setDeadlines(trx: Kysely<DB>, value: string): Promise<void> {
    await trx.insertInto('meta').values({ key: DEADLINES_KEY, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
  },
};
