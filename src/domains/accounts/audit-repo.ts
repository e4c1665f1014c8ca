import { sql, PostgresAdapter, type Kysely, type Selectable } from 'kysely';
import type { AuditLogTable, DB } from '../../db/schema.js';
import { toCount } from '../../db/values.js';

export type AuditRow = Selectable<AuditLogTable>;

/** An arbitrary constant naming the audit chain's advisory lock on PostgreSQL. */
const AUDIT_CHAIN_LOCK = 0x78796175; // "xyau"

/**
 * Serialises appends. PostgreSQL: a transaction-scoped advisory lock, held to
 * commit, so the next append reads this one's hash. SQLite: write transactions
 * are already serial (one connection per process; across processes the
 * database write lock, and a stale reader's write fails with SQLITE_BUSY). On
 * both engines the primary key on seq refuses a second row with the same seq.
 */
export async function lockAuditChain(trx: Kysely<DB>): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`SELECT pg_advisory_xact_lock(${sql.lit(AUDIT_CHAIN_LOCK)})`.execute(trx);
  }
}

export async function lastAuditLink(trx: Kysely<DB>): Promise<{ seq: number; hash: string } | undefined> {
  const row = await trx.selectFrom('auditLog').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return row && { seq: Number(row.seq), hash: row.hash };
}

export async function insertAuditRow(trx: Kysely<DB>, row: AuditRow): Promise<void> {
  await trx.insertInto('auditLog').values(row).execute();
}

/** One page of the chain in seq order, starting after `afterSeq`. */
export async function auditRowsAfter(db: Kysely<DB>, afterSeq: number, limit: number): Promise<AuditRow[]> {
  const rows = await db.selectFrom('auditLog').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

export interface AuditRowFilters {
  subjectId?: string | undefined;
  actorId?: string | undefined;
  departmentId?: string | undefined;
  action?: string | undefined;
  /** ISO instants: at >= fromAt, at < toBefore */
  fromAt?: string | undefined;
  toBefore?: string | undefined;
}

export async function findAuditRows(
  db: Kysely<DB>,
  f: AuditRowFilters,
  page: { offset: number; limit: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  let q = db.selectFrom('auditLog');
  if (f.subjectId) q = q.where('subjectId', '=', f.subjectId);
  if (f.actorId) q = q.where('actorId', '=', f.actorId);
  if (f.departmentId) q = q.where('departmentId', '=', f.departmentId);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.fromAt) q = q.where('at', '>=', f.fromAt);
  if (f.toBefore) q = q.where('at', '<', f.toBefore);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('seq', 'desc').offset(page.offset).limit(page.limit).execute(),
    q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
  ]);
  return { rows: rows.map((r) => ({ ...r, seq: Number(r.seq) })), total: toCount(count?.n as number | string | undefined) };
}
