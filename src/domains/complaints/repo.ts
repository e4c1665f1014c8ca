import type { Kysely, Selectable, Updateable } from 'kysely';
import type { ComplaintAttachmentsTable, ComplaintHistoryTable, ComplaintsTable, DB } from '../../db/schema.js';
import { toCount } from '../../db/values.js';
import { OPEN_STATUSES, type ComplaintStatus } from './schema.js';

export type ComplaintRow = Selectable<ComplaintsTable>;
export type HistoryRow = Selectable<ComplaintHistoryTable>;
export type AttachmentRow = Selectable<ComplaintAttachmentsTable>;
export type AttachmentMeta = Omit<AttachmentRow, 'content'>;

export interface ComplaintFilter {
  status?: ComplaintStatus | undefined;
  overdueOn?: string | undefined;
  departmentId?: string | undefined;
  about?: string | undefined;
  agencyId?: string | undefined;
  subjectId?: string | undefined;
}

export interface Range {
  from?: string | undefined;
  to?: string | undefined;
}

/** Roles whose accounts in a department hear about complaints assigned to it. */
const HANDLER_ROLES = ['staff', 'reviewer', 'provider', 'admin'];

function inRange<Q extends { where: (...args: any[]) => Q }>(query: Q, r: Range): Q {
  let q = query;
  if (r.from) q = q.where('receivedOn', '>=', r.from);
  if (r.to) q = q.where('receivedOn', '<=', r.to);
  return q;
}

/** complaints, their history and attachments (and the reads routing needs): the only place they meet SQL. */
export const complaintRepo = {
  async insert(trx: Kysely<DB>, row: ComplaintRow): Promise<void> {
    await trx.insertInto('complaints').values(row).execute();
  },

  async find(db: Kysely<DB>, id: string): Promise<ComplaintRow | undefined> {
    return db.selectFrom('complaints').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async findByCaseNo(db: Kysely<DB>, caseNo: string): Promise<ComplaintRow | undefined> {
    return db.selectFrom('complaints').selectAll().where('caseNo', '=', caseNo).executeTakeFirst();
  },

  async findByRequestKey(db: Kysely<DB>, hash: string): Promise<ComplaintRow | undefined> {
    return db.selectFrom('complaints').selectAll().where('requestKeyHash', '=', hash).executeTakeFirst();
  },

  /** A change conditional on the version read: false when another write came first. */
  async update(trx: Kysely<DB>, id: string, expectedVersion: number, patch: Updateable<ComplaintsTable>): Promise<boolean> {
    const r = await trx.updateTable('complaints').set({ ...patch, version: expectedVersion + 1 })
      .where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async insertHistory(trx: Kysely<DB>, row: Omit<HistoryRow, 'seq'>): Promise<void> {
    await trx.insertInto('complaintHistory').values(row).execute();
  },

  async historyOf(db: Kysely<DB>, complaintId: string): Promise<HistoryRow[]> {
    return db.selectFrom('complaintHistory').selectAll().where('complaintId', '=', complaintId).orderBy('seq').execute();
  },

  async insertAttachments(trx: Kysely<DB>, rows: AttachmentRow[]): Promise<void> {
    if (rows.length > 0) await trx.insertInto('complaintAttachments').values(rows).execute();
  },

  async attachmentsOf(db: Kysely<DB>, complaintId: string): Promise<AttachmentMeta[]> {
    return db.selectFrom('complaintAttachments')
      .select(['id', 'complaintId', 'fileName', 'contentType', 'sizeBytes', 'sha256', 'createdAt'])
      .where('complaintId', '=', complaintId).orderBy('createdAt').orderBy('id').execute();
  },

  async attachment(db: Kysely<DB>, complaintId: string, id: string): Promise<AttachmentRow | undefined> {
    return db.selectFrom('complaintAttachments').selectAll().where('complaintId', '=', complaintId).where('id', '=', id).executeTakeFirst();
  },

  /** The queue: open complaints by deadline first, then the rest by last change. */
  async list(db: Kysely<DB>, f: ComplaintFilter, limit: number, offset: number): Promise<ComplaintRow[]> {
    let q = db.selectFrom('complaints').selectAll();
    if (f.status) q = q.where('status', '=', f.status);
    if (f.overdueOn) q = q.where('status', 'in', [...OPEN_STATUSES]).where('stepDeadline', '<', f.overdueOn);
    if (f.departmentId) q = q.where('departmentId', '=', f.departmentId);
    if (f.about) q = q.where('about', '=', f.about);
    if (f.agencyId) q = q.where('agencyId', '=', f.agencyId);
    if (f.subjectId) q = q.where('subjectId', '=', f.subjectId);
    return q.orderBy('updatedAt', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
  },

  /**
   * The department responsible for a subject's conduct, as its records tell:
   * the source department of most of its records (ties: the most recent decision).
   */
  async suggestDepartment(db: Kysely<DB>, subjectId: string): Promise<string | null> {
    const row = await db.selectFrom('records')
      .select((eb) => ['sourceDepartmentId', eb.fn.countAll<number | string>().as('n'), eb.fn.max('decisionDate').as('latest')])
      .where('subjectId', '=', subjectId).groupBy('sourceDepartmentId')
      .orderBy('n', 'desc').orderBy('latest', 'desc').orderBy('sourceDepartmentId').limit(1).executeTakeFirst();
    return row?.sourceDepartmentId ?? null;
  },

  /** The credit office (the first `credit_office` department): it keeps the agency registry. */
  async creditOfficeId(db: Kysely<DB>): Promise<string | null> {
    const row = await db.selectFrom('departments').select('id').where('kind', '=', 'credit_office').orderBy('createdAt').orderBy('id').limit(1).executeTakeFirst();
    return row?.id ?? null;
  },

  async departmentNames(db: Kysely<DB>, ids: readonly string[]): Promise<Map<string, { name: string; nameEn: string | null }>> {
    if (ids.length === 0) return new Map();
    const rows = await db.selectFrom('departments').select(['id', 'name', 'nameEn']).where('id', 'in', [...new Set(ids)]).execute();
    return new Map(rows.map((r) => [r.id, { name: r.name, nameEn: r.nameEn }]));
  },

  /** Active accounts of a department that handle its complaints. */
  async departmentHandlers(db: Kysely<DB>, departmentId: string): Promise<string[]> {
    const rows = await db.selectFrom('users').select('id').where('departmentId', '=', departmentId)
      .where('status', '=', 'active').where('role', 'in', HANDLER_ROLES).orderBy('id').execute();
    return rows.map((r) => r.id);
  },

  async countByStatus(db: Kysely<DB>, r: Range): Promise<Record<string, number>> {
    const rows = await inRange(db.selectFrom('complaints').select((eb) => ['status', eb.fn.countAll<number | string>().as('n')]), r).groupBy('status').execute();
    return Object.fromEntries(rows.map((x) => [x.status, toCount(x.n)]));
  },

  async countByOutcome(db: Kysely<DB>, r: Range): Promise<Record<string, number>> {
    const rows = await inRange(db.selectFrom('complaints').select((eb) => ['outcome', eb.fn.countAll<number | string>().as('n')]).where('status', '=', 'concluded'), r)
      .groupBy('outcome').execute();
    return Object.fromEntries(rows.map((x) => [x.outcome ?? 'none', toCount(x.n)]));
  },

  async countByDepartmentStatus(db: Kysely<DB>, r: Range): Promise<Array<{ departmentId: string | null; status: string; n: number }>> {
    const rows = await inRange(db.selectFrom('complaints').select((eb) => ['departmentId', 'status', eb.fn.countAll<number | string>().as('n')]), r)
      .groupBy(['departmentId', 'status']).execute();
    return rows.map((x) => ({ departmentId: x.departmentId, status: x.status, n: toCount(x.n) }));
  },

  async overdueByDepartment(db: Kysely<DB>, r: Range, today: string): Promise<Array<{ departmentId: string | null; n: number }>> {
    const rows = await inRange(db.selectFrom('complaints').select((eb) => ['departmentId', eb.fn.countAll<number | string>().as('n')])
      .where('status', 'in', [...OPEN_STATUSES]).where('stepDeadline', '<', today), r)
      .groupBy('departmentId').execute();
    return rows.map((x) => ({ departmentId: x.departmentId, n: toCount(x.n) }));
  },

  /** Received and closing days of concluded complaints, for the average working days to conclusion. */
  async concludedSpans(db: Kysely<DB>, r: Range): Promise<Array<{ departmentId: string | null; receivedOn: string; closedOn: string }>> {
    const rows = await inRange(db.selectFrom('complaints').select(['departmentId', 'receivedOn', 'closedOn']).where('status', '=', 'concluded'), r).execute();
    return rows.map((x) => ({ departmentId: x.departmentId, receivedOn: x.receivedOn, closedOn: x.closedOn! }));
  },
};
