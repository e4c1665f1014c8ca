import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, ReportsTable } from '../../db/schema.js';
import { toCount } from '../../db/values.js';

export type ReportRow = Selectable<ReportsTable>;

/** Issued reports: written once, then only their verification count moves. */
export const reportsRepo = {
  async insert(db: Kysely<DB>, row: Omit<ReportRow, 'verificationCount' | 'lastVerifiedAt'>): Promise<void> {
    await db.insertInto('reports').values({ ...row, verificationCount: 0, lastVerifiedAt: null }).execute();
  },

  async byNumber(db: Kysely<DB>, reportNo: string): Promise<ReportRow | undefined> {
    return db.selectFrom('reports').selectAll().where('reportNo', '=', reportNo).executeTakeFirst();
  },

  async countVerification(db: Kysely<DB>, id: string, at: string): Promise<void> {
    await db.updateTable('reports').set({ verificationCount: sql<number>`verification_count + 1`, lastVerifiedAt: at }).where('id', '=', id).execute();
  },

  /** The register: newest first, optionally one subject's; without the snapshot. */
  async page(db: Kysely<DB>, q: { subjectId?: string; limit: number; offset: number }) {
    let query = db.selectFrom('reports').select([
      'id', 'reportNo', 'kind', 'subjectId', 'subjectCode', 'subjectName', 'issuedAt', 'issuerType', 'issuerId', 'issuerRole', 'purpose', 'batchId',
      'contentDigest', 'pdfSha256', 'pdfBytes', 'verificationCount', 'lastVerifiedAt',
    ]);
    if (q.subjectId) query = query.where('subjectId', '=', q.subjectId);
    const rows = await query.orderBy('issuedAt', 'desc').orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute();
    return rows.map((r) => ({ ...r, verificationCount: toCount(r.verificationCount), pdfBytes: toCount(r.pdfBytes) }));
  },
};
export type RegisterRow = Awaited<ReturnType<typeof reportsRepo.page>>[number];
