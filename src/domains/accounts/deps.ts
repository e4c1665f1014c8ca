import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { AuditTrail } from '../../kernel/audit.js';
import type { Clock } from '../../kernel/clock.js';
import type { PasswordHasher } from './password-hasher.js';

/** The database handle as the accounts services see it (queries live in the *-repo.ts files). */
export type AccountsDb = Kysely<DB>;

/** What the accounts services need, and nothing more. */
export interface AccountsDeps {
  db: AccountsDb;
  clock: Clock;
  audit: AuditTrail;
  hasher: PasswordHasher;
}
