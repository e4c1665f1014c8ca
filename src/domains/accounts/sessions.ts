import { anonymousActor, type Actor } from '../../kernel/actor.js';
import { sha256Hex } from '../../kernel/crypto.js';
import { randomToken } from '../../kernel/ids.js';
import { NO_META, userActor, type RequestMeta } from './actors.js';
import type { AccountsDeps } from './deps.js';
import { accountDisabled, accountLocked, invalidCredentials } from './errors.js';
import { parseInput } from './input.js';
import { countLoginFailure, findLoginLock, lockLoginName } from './login-attempt-repo.js';
import { isLocked, lockAfter } from './lockout.js';
import { loginInputSchema, type LoginInput, type PublicUser } from './schema.js';
import { deleteExpiredSessions, deleteSession, findSession, insertSession, touchSession } from './session-repo.js';
import { isExpired, needsTouch, sessionExpiry } from './session-policy.js';
import { countUserLoginFailure, findCredentialsById, findCredentialsByUsername, updateUserRow, type UserCredentials } from './user-repo.js';

export interface LoginResult {
  /** The session token for the cookie; only its SHA-256 is stored. */
  token: string;
  csrfToken: string;
  expiresAt: string;
  user: PublicUser;
}

export interface AuthenticatedSession {
  actor: Actor;
  csrfToken: string;
  expiresAt: string;
  /** True when this request extended the idle timeout: send the cookie again with the new expiry. */
  refreshed: boolean;
  mustChangePassword: boolean;
}

/** 32 random bytes as base64url. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function createSessionService({ db, clock, audit, hasher }: AccountsDeps) {
  /** Counts the failure (account or bare name), locks on the fifth, audits; runs in its own transaction. */
  async function recordFailure(username: string, cred: UserCredentials | undefined, meta: RequestMeta): Promise<void> {
    const now = clock.now();
    const at = now.toISOString();
    await db.transaction().execute(async (trx) => {
      const failures = cred ? await countUserLoginFailure(trx, cred.user.id, at) : await countLoginFailure(trx, username, at);
      const lockedUntil = lockAfter(failures, now);
      if (lockedUntil && cred) await updateUserRow(trx, cred.user.id, { failedLogins: 0, lockedUntil });
      if (lockedUntil && !cred) await lockLoginName(trx, username, lockedUntil);
      await audit.append(trx, anonymousActor(meta.ip, meta.requestId), {
        action: 'auth.login_failed',
        targetType: cred ? 'user' : null,
        targetId: cred?.user.id ?? null,
        details: { reason: 'invalid_credentials', ...(lockedUntil ? { lockedUntil } : {}) },
      });
    });
  }

  async function refuse(cred: UserCredentials | undefined, meta: RequestMeta, reason: 'locked' | 'disabled'): Promise<void> {
    await db.transaction().execute((trx) =>
      audit.append(trx, anonymousActor(meta.ip, meta.requestId), {
        action: 'auth.login_failed',
        targetType: cred ? 'user' : null,
        targetId: cred?.user.id ?? null,
        details: { reason },
      }),
    );
  }

  async function login(input: LoginInput, meta: RequestMeta): Promise<LoginResult> {
    const { password, ...rest } = parseInput(loginInputSchema, input);
    const username = rest.username.trim().toLowerCase();
    const cred = await findCredentialsByUsername(db, username);
    const lockedUntil = cred ? cred.user.lockedUntil : await findLoginLock(db, username);
    if (lockedUntil && isLocked(lockedUntil, clock.now())) {
      await refuse(cred, meta, 'locked');
      throw accountLocked(lockedUntil);
    }
    // Unknown names cost the same argon2 time as real ones.
    const ok = cred ? await hasher.verify(cred.passwordHash, password) : (await hasher.burn(password), false);
    if (!ok || !cred) {
      await recordFailure(username, cred, meta);
      throw invalidCredentials();
    }
    if (cred.user.status !== 'active') {
      await refuse(cred, meta, 'disabled');
      throw accountDisabled();
    }
    const now = clock.now();
    const at = now.toISOString();
    const token = randomToken(32);
    const session = { idHash: sha256Hex(token), userId: cred.user.id, csrfToken: randomToken(32), createdAt: at, lastSeenAt: at, expiresAt: sessionExpiry(at, now) };
    await db.transaction().execute(async (trx) => {
      // A lock set by guesses that ran in parallel with this one still wins.
      const fresh = await findCredentialsById(trx, cred.user.id);
      if (fresh?.user.lockedUntil && isLocked(fresh.user.lockedUntil, now)) throw accountLocked(fresh.user.lockedUntil);
      if (cred.failedLogins > 0 || cred.user.lockedUntil) await updateUserRow(trx, cred.user.id, { failedLogins: 0, lockedUntil: null });
      await deleteExpiredSessions(trx, at);
      await insertSession(trx, session);
      await audit.append(trx, userActor(cred.user, meta), { action: 'auth.login', targetType: 'user', targetId: cred.user.id });
    });
    return { token, csrfToken: session.csrfToken, expiresAt: session.expiresAt, user: { ...cred.user, lockedUntil: null } };
  }

  async function authenticateSession(token: string, meta: RequestMeta = NO_META): Promise<AuthenticatedSession | null> {
    if (!TOKEN_SHAPE.test(token)) return null;
    const idHash = sha256Hex(token);
    const s = await findSession(db, idHash);
    if (!s) return null;
    const now = clock.now();
    if (isExpired(s.expiresAt, now) || s.status !== 'active') {
      await deleteSession(db, idHash);
      return null;
    }
    const refreshed = needsTouch(s.lastSeenAt, now);
    const expiresAt = refreshed ? sessionExpiry(s.createdAt, now) : s.expiresAt;
    if (refreshed) await touchSession(db, idHash, now.toISOString(), expiresAt);
    const actor = userActor({ id: s.userId, role: s.role, departmentId: s.departmentId, subjectId: s.subjectId }, meta);
    return { actor, csrfToken: s.csrfToken, expiresAt, refreshed, mustChangePassword: s.mustChangePassword };
  }

  return {
    login,
    authenticateSession,
    /** The actor behind a session token, or null when it is unknown, expired or its user disabled. */
    async resolveSession(token: string, meta: RequestMeta = NO_META): Promise<Actor | null> {
      return (await authenticateSession(token, meta))?.actor ?? null;
    },
    /** Ends the session (unknown tokens are ignored). */
    async logout(token: string, meta: RequestMeta = NO_META): Promise<void> {
      if (!TOKEN_SHAPE.test(token)) return;
      const s = await findSession(db, sha256Hex(token));
      if (!s) return;
      await db.transaction().execute(async (trx) => {
        await deleteSession(trx, s.idHash);
        await audit.append(trx, userActor({ id: s.userId, role: s.role, departmentId: s.departmentId, subjectId: s.subjectId }, meta), {
          action: 'auth.logout',
          targetType: 'user',
          targetId: s.userId,
        });
      });
    },
  };
}
