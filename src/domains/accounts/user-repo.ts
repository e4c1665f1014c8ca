import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, UsersTable } from '../../db/schema.js';
import { fromDbBool, toCount, toDbBool } from '../../db/values.js';
import type { PublicUser, UserRole } from './schema.js';

type UserRow = Selectable<UsersTable>;

function toUser(row: UserRow): PublicUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role as PublicUser['role'],
    departmentId: row.departmentId,
    subjectId: row.subjectId,
    status: row.status as PublicUser['status'],
    mustChangePassword: fromDbBool(row.mustChangePassword),
    lockedUntil: row.lockedUntil,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** What sign-in needs: the account, its hash and its failure count (never leaves the service). */
export interface UserCredentials {
  user: PublicUser;
  passwordHash: string;
  failedLogins: number;
}

async function credentialsWhere(db: Kysely<DB>, column: 'username' | 'id', value: string): Promise<UserCredentials | undefined> {
  const row = await db.selectFrom('users').selectAll().where(column, '=', value).executeTakeFirst();
  return row && { user: toUser(row), passwordHash: row.passwordHash, failedLogins: row.failedLogins };
}

export const findCredentialsByUsername = (db: Kysely<DB>, username: string) => credentialsWhere(db, 'username', username);
export const findCredentialsById = (db: Kysely<DB>, id: string) => credentialsWhere(db, 'id', id);

export async function findUserById(db: Kysely<DB>, id: string): Promise<PublicUser | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

export async function insertUser(db: Kysely<DB>, user: PublicUser, passwordHash: string): Promise<void> {
  await db
    .insertInto('users')
    .values({ ...user, passwordHash, mustChangePassword: toDbBool(user.mustChangePassword), failedLogins: 0 })
    .execute();
}

export interface UserChanges {
  displayName?: string;
  role?: UserRole;
  status?: 'active' | 'disabled';
  departmentId?: string | null;
  subjectId?: string | null;
  passwordHash?: string;
  mustChangePassword?: boolean;
  failedLogins?: number;
  lockedUntil?: string | null;
  updatedAt?: string;
}

export async function updateUserRow(db: Kysely<DB>, id: string, changes: UserChanges): Promise<void> {
  const { mustChangePassword, ...rest } = changes;
  await db
    .updateTable('users')
    .set({ ...rest, ...(mustChangePassword === undefined ? {} : { mustChangePassword: toDbBool(mustChangePassword) }) })
    .where('id', '=', id)
    .execute();
}

/** Counts one more failed sign-in atomically; a lock that has run out restarts the count at 1. */
export async function countUserLoginFailure(db: Kysely<DB>, id: string, at: string): Promise<number> {
  const lapsed = sql<boolean>`locked_until IS NOT NULL AND locked_until <= ${at}`;
  const row = await db
    .updateTable('users')
    .set({
      failedLogins: sql<number>`CASE WHEN ${lapsed} THEN 1 ELSE failed_logins + 1 END`,
      lockedUntil: sql<string | null>`CASE WHEN ${lapsed} THEN NULL ELSE locked_until END`,
    })
    .where('id', '=', id)
    .returning('failedLogins')
    .executeTakeFirstOrThrow();
  return Number(row.failedLogins);
}

export async function findUsers(
  db: Kysely<DB>,
  f: { role?: string | undefined; status?: string | undefined; departmentId?: string | undefined },
  page: { offset: number; limit: number },
): Promise<{ users: PublicUser[]; total: number }> {
  let q = db.selectFrom('users');
  if (f.role) q = q.where('role', '=', f.role);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.departmentId) q = q.where('departmentId', '=', f.departmentId);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('username').offset(page.offset).limit(page.limit).execute(),
    q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
  ]);
  return { users: rows.map(toUser), total: toCount(count?.n as number | string | undefined) };
}

/** Active administrators other than `exceptId` (the last one may not be demoted or disabled). */
export async function countOtherActiveAdmins(db: Kysely<DB>, exceptId: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .where('id', '<>', exceptId)
    .executeTakeFirst();
  return toCount(row?.n as number | string | undefined);
}

export async function anyAdminExists(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('role', '=', 'admin').limit(1).executeTakeFirst();
  return row !== undefined;
}
