import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * Failure counts for usernames that are not accounts, so they lock exactly
 * like real ones and a lockout does not reveal whether an account exists.
 */
export async function findLoginLock(db: Kysely<DB>, username: string): Promise<string | null> {
  const row = await db.selectFrom('loginAttempts').select('lockedUntil').where('username', '=', username).executeTakeFirst();
  return row?.lockedUntil ?? null;
}

/** Counts one more failure atomically (parallel guesses cannot share a count); a run-out lock restarts at 1. */
export async function countLoginFailure(db: Kysely<DB>, username: string, at: string): Promise<number> {
  const lapsed = sql<boolean>`login_attempts.locked_until IS NOT NULL AND login_attempts.locked_until <= ${at}`;
  const row = await db
    .insertInto('loginAttempts')
    .values({ username, failures: 1, lockedUntil: null, updatedAt: at })
    .onConflict((oc) =>
      oc.column('username').doUpdateSet({
        failures: sql<number>`CASE WHEN ${lapsed} THEN 1 ELSE login_attempts.failures + 1 END`,
        lockedUntil: sql<string | null>`CASE WHEN ${lapsed} THEN NULL ELSE login_attempts.locked_until END`,
        updatedAt: at,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return Number(row.failures);
}

export async function lockLoginName(db: Kysely<DB>, username: string, lockedUntil: string): Promise<void> {
  await db.updateTable('loginAttempts').set({ failures: 0, lockedUntil }).where('username', '=', username).execute();
}

/** Housekeeping: rows untouched since `before` no longer matter. */
export async function deleteStaleLoginAttempts(db: Kysely<DB>, before: string): Promise<void> {
  await db.deleteFrom('loginAttempts').where('updatedAt', '<', before).execute();
}
