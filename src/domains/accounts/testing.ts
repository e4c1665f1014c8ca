import { systemActor, type Role } from '../../kernel/actor.js';
import { fixedClock } from '../../kernel/clock.js';
import type { Database } from '../../db/connect.js';
import { orgCodeCheckChar, usccCheckChar } from '../identifiers/index.js';
import { createAccountsService, type AccountsService } from './accounts-service.js';
import { createAuditLog } from './audit-log.js';
import { createPasswordHasher } from './password-hasher.js';
import type { Department, PublicUser, UserRole } from './schema.js';

/** Test helpers for the accounts domain (not part of the public API). */
export const TEST_NOW = '2026-06-15T02:00:00.000Z';
export const TEST_PASSWORD = 'Correct-Horse-Battery-9';

/** Argon2id at a test cost: the same code path, a fraction of the time. */
export const cheapHasher = () => createPasswordHasher({ memoryCost: 64, timeCost: 1 });

export function accountsFixture(database: Database) {
  const clock = fixedClock(TEST_NOW);
  const audit = createAuditLog({ clock });
  const deps = { db: database.db, clock, audit, hasher: cheapHasher() };
  return { deps, clock, audit, accounts: createAccountsService(deps) };
}

/** A check-valid USCC for a government body (prefix 11) in Nanshan, numbered n. */
export function testUscc(n: number, prefix = '11'): string {
  const body = String(n).padStart(8, '0');
  const first17 = `${prefix}440305${body}${orgCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}

let counter = 0;
/** A unique suffix within one test run. */
export const unique = () => `${process.pid % 1000}${(counter += 1)}`;

export async function seedDepartment(accounts: AccountsService, kind: Department['kind'] = 'government'): Promise<Department> {
  const n = Number(unique());
  return accounts.createDepartment(systemActor, { code: testUscc(n), name: `测试部门${n}`, kind });
}

export async function seedUser(
  accounts: AccountsService,
  role: Exclude<Role, 'public'> & UserRole,
  extra: { departmentId?: string; subjectId?: string; password?: string } = {},
): Promise<PublicUser & { password: string }> {
  const password = extra.password ?? TEST_PASSWORD;
  const needsDepartment = role === 'provider' || role === 'staff' || role === 'reviewer';
  const departmentId = extra.departmentId ?? (needsDepartment ? (await seedDepartment(accounts)).id : undefined);
  const user = await accounts.createUser(systemActor, {
    username: `${role}-${unique()}`,
    displayName: `测试${role}`,
    password,
    role,
    ...(departmentId ? { departmentId } : {}),
    ...(extra.subjectId ? { subjectId: extra.subjectId } : {}),
  });
  return { ...user, password };
}
