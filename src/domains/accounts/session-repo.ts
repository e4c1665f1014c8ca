import type { Kysely, Selectable } from 'kysely';
import type { DB, SessionsTable } from '../../db/schema.js';
import { fromDbBool } from '../../db/values.js';

export type SessionRow = Selectable<SessionsTable>;

/** A session with what the auth hook needs of its user, read in one query. */
export interface SessionWithUser extends SessionRow {
  role: string;
  departmentId: string | null;
  subjectId: string | null;
  status: string;
  mustChangePassword: boolean;
}

export async function insertSession(db: Kysely<DB>, row: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export async function findSession(db: Kysely<DB>, idHash: string): Promise<SessionWithUser | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select([
      'sessions.idHash',
      'sessions.userId',
      'sessions.csrfToken',
      'sessions.createdAt',
      'sessions.expiresAt',
      'sessions.lastSeenAt',
      'users.role',
      'users.departmentId',
      'users.subjectId',
      'users.status',
      'users.mustChangePassword',
    ])
    .where('sessions.idHash', '=', idHash)
    .executeTakeFirst();
  return row && { ...row, mustChangePassword: fromDbBool(row.mustChangePassword) };
}

export async function touchSession(db: Kysely<DB>, idHash: string, lastSeenAt: string, expiresAt: string): Promise<void> {
  await db.updateTable('sessions').set({ lastSeenAt, expiresAt }).where('idHash', '=', idHash).execute();
}

export async function deleteSession(db: Kysely<DB>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('idHash', '=', idHash).execute();
}

/** Ends every session of a user, except optionally the one making the change. */
export async function deleteUserSessions(db: Kysely<DB>, userId: string, exceptIdHash?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('userId', '=', userId);
  if (exceptIdHash) q = q.where('idHash', '<>', exceptIdHash);
  await q.execute();
}

export async function deleteExpiredSessions(db: Kysely<DB>, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expiresAt', '<=', now).execute();
}
