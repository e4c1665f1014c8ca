import type { ApiKeyInfo, AuditEntry, CreatedApiKey, Department, Page, PublicUser, SessionInfo } from './schema.js';
import type { LoginResult } from './sessions.js';

/**
 * What leaves over HTTP. Each presenter names the fields it sends, so a
 * column added later (a hash, a secret) stays inside unless someone adds it
 * here; the response schemas drop anything undeclared as a second guard.
 */
export const presentUser = (u: PublicUser): PublicUser => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  departmentId: u.departmentId,
  subjectId: u.subjectId,
  status: u.status,
  mustChangePassword: u.mustChangePassword,
  lockedUntil: u.lockedUntil,
  createdAt: u.createdAt,
  updatedAt: u.updatedAt,
});

/** The token goes into the HttpOnly cookie, never into the body. */
export const presentLogin = (r: LoginResult): SessionInfo => ({ user: presentUser(r.user), csrfToken: r.csrfToken, expiresAt: r.expiresAt });

export const presentDepartment = (d: Department): Department => ({
  id: d.id, code: d.code, name: d.name, nameEn: d.nameEn, kind: d.kind, createdAt: d.createdAt,
});

export const presentApiKey = (k: ApiKeyInfo): ApiKeyInfo => ({
  id: k.id, prefix: k.prefix, name: k.name, departmentId: k.departmentId, purpose: k.purpose,
  createdBy: k.createdBy, createdAt: k.createdAt, revokedAt: k.revokedAt, lastUsedAt: k.lastUsedAt,
});

export const presentCreatedApiKey = (c: CreatedApiKey): CreatedApiKey => ({ apiKey: presentApiKey(c.apiKey), key: c.key });

export const presentAuditEntry = (e: AuditEntry): AuditEntry => ({ ...e });

export const presentPage = <T, U>(page: Page<T>, present: (item: T) => U): Page<U> => ({
  items: page.items.map(present),
  total: page.total,
  page: page.page,
  pageSize: page.pageSize,
  hasMore: page.hasMore,
});
