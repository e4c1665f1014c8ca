import type { Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError } from '../../kernel/errors.js';
import { sha256Hex } from '../../kernel/crypto.js';
import { newId } from '../../kernel/ids.js';
import { checkAssignment, subjectNotFound } from './assignment.js';
import { isForeignKeyViolation, isUniqueViolation } from '../../db/errors.js';
import type { AccountsDb, AccountsDeps } from './deps.js';
import { fieldError } from './errors.js';
import { parseInput } from './input.js';
import { offsetOf, toPage } from './paging.js';
import { assertPasswordPolicy } from './password-policy.js';
import { canManageAccounts, requireUser } from './policy.js';
import {
  changePasswordInputSchema,
  createUserInputSchema,
  updateUserInputSchema,
  userListQuerySchema,
  type ChangePasswordInput,
  type CreateUserInput,
  type Page,
  type PublicUser,
  type UpdateUserInput,
  type UserListQuery,
  type UserRole,
} from './schema.js';
import { deleteUserSessions } from './session-repo.js';
import { countOtherActiveAdmins, findCredentialsById, findUserById, findUsers, insertUser, updateUserRow, type UserChanges } from './user-repo.js';

const usernameTaken = () => new ConflictError('USERNAME_TAKEN', '用户名已被使用 / username already taken');
const userNotFound = () => new NotFoundError('USER_NOT_FOUND', '用户不存在 / no such user');

export function createUserService({ db, clock, audit, hasher }: AccountsDeps) {
  async function createUser(actor: Actor, input: CreateUserInput): Promise<PublicUser> {
    canManageAccounts(actor);
    const v = parseInput(createUserInputSchema, input);
    const assignment = { role: v.role, departmentId: v.departmentId ?? null, subjectId: v.subjectId ?? null };
    await checkAssignment(db, assignment);
    assertPasswordPolicy(v.password, v.username);
    const at = clock.now().toISOString();
    const user: PublicUser = {
      id: newId(), username: v.username, displayName: v.displayName, ...assignment, status: 'active',
      mustChangePassword: v.mustChangePassword ?? false, lockedUntil: null, createdAt: at, updatedAt: at,
    };
    const passwordHash = await hasher.hash(v.password);
    try {
      await db.transaction().execute(async (trx) => {
        await insertUser(trx, user, passwordHash);
        await audit.append(trx, actor, {
          action: 'user.create', targetType: 'user', targetId: user.id,
          details: { username: user.username, role: user.role, departmentId: user.departmentId, subjectId: user.subjectId },
        });
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw usernameTaken();
      if (isForeignKeyViolation(err)) throw subjectNotFound();
      throw err;
    }
    return user;
  }

  /**
   * A `subject` account the subject opens itself (the archive's one-time
   * activation codes): no administrator involved, so the caller proves the
   * right to it. `claim` runs first in the account's transaction, with the new
   * account (it consumes the code, or throws and nothing is written). Same
   * username and password rules as createUser; the password is hashed before
   * the transaction opens.
   */
  async function createSubjectAccount(
    actor: Actor,
    input: { username: string; displayName: string; password: string; subjectId: string },
    claim: (trx: AccountsDb, user: PublicUser) => Promise<void>,
  ): Promise<PublicUser> {
    const v = parseInput(createUserInputSchema, { ...input, role: 'subject' });
    assertPasswordPolicy(v.password, v.username);
    const at = clock.now().toISOString();
    const user: PublicUser = {
      id: newId(), username: v.username, displayName: v.displayName, role: 'subject', departmentId: null, subjectId: input.subjectId,
      status: 'active', mustChangePassword: false, lockedUntil: null, createdAt: at, updatedAt: at,
    };
    const passwordHash = await hasher.hash(v.password);
    try {
      await db.transaction().execute(async (trx) => {
        await claim(trx, user);
        await insertUser(trx, user, passwordHash);
        await audit.append(trx, actor, {
          action: 'user.create', targetType: 'user', targetId: user.id, subjectId: user.subjectId,
          details: { username: user.username, role: user.role, departmentId: null, subjectId: user.subjectId, via: 'activation_code' },
        });
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw usernameTaken();
      if (isForeignKeyViolation(err)) throw subjectNotFound();
      throw err;
    }
    return user;
  }

  async function updateUser(actor: Actor, id: string, input: UpdateUserInput): Promise<PublicUser> {
    canManageAccounts(actor);
    const v = parseInput(updateUserInputSchema, input);
    const before = await findUserById(db, id);
    if (!before) throw userNotFound();
    const role = v.role ?? (before.role as UserRole);
    const next = {
      role,
      departmentId: v.departmentId === undefined ? before.departmentId : v.departmentId,
      subjectId: v.subjectId === undefined ? before.subjectId : v.subjectId,
    };
    await checkAssignment(db, next);
    const status = v.status ?? before.status;
    const losesAdmin = before.role === 'admin' && before.status === 'active' && (role !== 'admin' || status !== 'active');
    if (losesAdmin && (await countOtherActiveAdmins(db, id)) === 0) {
      throw new ConflictError('LAST_ADMIN', '不能停用或降级最后一个管理员 / cannot demote or disable the last administrator');
    }
    const changes: UserChanges = { ...next, status, displayName: v.displayName ?? before.displayName, updatedAt: clock.now().toISOString() };
    // Re-enabling an account also lifts a sign-in lock: an administrator has looked at it.
    if (v.status === 'active') Object.assign(changes, { failedLogins: 0, lockedUntil: null });
    const diff = Object.fromEntries(
      (['displayName', 'role', 'status', 'departmentId', 'subjectId'] as const)
        .filter((k) => changes[k] !== before[k])
        .map((k) => [k, { from: before[k], to: changes[k] }]),
    );
    try {
      await db.transaction().execute(async (trx) => {
        await updateUserRow(trx, id, changes);
        if (status === 'disabled') await deleteUserSessions(trx, id);
        await audit.append(trx, actor, { action: 'user.update', targetType: 'user', targetId: id, details: { changes: diff } });
      });
    } catch (err) {
      if (isForeignKeyViolation(err)) throw subjectNotFound();
      throw err;
    }
    return (await findUserById(db, id)) ?? before;
  }

  /** The signed-in user changes their own password; their other sessions end. */
  async function changePassword(actor: Actor, input: ChangePasswordInput, opts: { keepSessionToken?: string } = {}): Promise<PublicUser> {
    const id = requireUser(actor);
    const v = parseInput(changePasswordInputSchema, input);
    const cred = await findCredentialsById(db, id);
    if (!cred) throw userNotFound();
    if (!(await hasher.verify(cred.passwordHash, v.currentPassword))) {
      throw fieldError('currentPassword', 'CURRENT_PASSWORD_INVALID', '当前密码错误 / current password is wrong');
    }
    if (v.newPassword === v.currentPassword) {
      throw fieldError('newPassword', 'PASSWORD_UNCHANGED', '新密码不能与当前密码相同 / the new password must differ');
    }
    assertPasswordPolicy(v.newPassword, cred.user.username, 'newPassword');
    const passwordHash = await hasher.hash(v.newPassword);
    const updatedAt = clock.now().toISOString();
    await db.transaction().execute(async (trx) => {
      await updateUserRow(trx, id, { passwordHash, mustChangePassword: false, updatedAt });
      await deleteUserSessions(trx, id, opts.keepSessionToken ? sha256Hex(opts.keepSessionToken) : undefined);
      await audit.append(trx, actor, { action: 'user.password_change', targetType: 'user', targetId: id });
    });
    return { ...cred.user, mustChangePassword: false, updatedAt };
  }

  return {
    createUser,
    createSubjectAccount,
    updateUser,
    changePassword,
    async listUsers(actor: Actor, query: UserListQuery = {}): Promise<Page<PublicUser>> {
      canManageAccounts(actor);
      const q = parseInput(userListQuerySchema, query);
      const { users, total } = await findUsers(db, q, offsetOf(q));
      return toPage(users, total, q);
    },
    /** A user's own account, or any account for an administrator. */
    async getUser(actor: Actor, id: string): Promise<PublicUser> {
      if (actor.kind !== 'user' || actor.id !== id) canManageAccounts(actor);
      const user = await findUserById(db, id);
      if (!user) throw userNotFound();
      return user;
    },
  };
}
