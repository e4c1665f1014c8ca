// Public API of the accounts domain: users, roles, departments, sessions, API keys, audit trail.
export { createAuditLog } from './audit-log.js';
export { verifyAuditChain } from './audit-chain.js';
export type { AuditChainResult } from './audit-chain.js';
export { listAuditEntries } from './audit-list.js';
export { canonicalJson, auditEntryHash, GENESIS_HASH } from './audit-hash.js';
export { createPasswordHasher } from './password-hasher.js';
export type { PasswordHasher } from './password-hasher.js';
export { createAccountsService } from './accounts-service.js';
export type { AccountsService } from './accounts-service.js';
export type { AccountsDeps } from './deps.js';
export type { LoginResult, AuthenticatedSession } from './sessions.js';
export type { RequestMeta } from './actors.js';
export { ensureBootstrapAdmin, CREDIT_OFFICE_CODE } from './bootstrap-admin.js';
export type { BootstrapResult } from './bootstrap-admin.js';
export { registerAuth, FORM_BODY_LIMIT } from './auth-hook.js';
export { SESSION_COOKIE, setSessionCookie, clearSessionCookie } from './session-cookie.js';
export { requireRole, requireUser } from './policy.js';
export { registerAccountRoutes, secureCookies } from './routes.js';
export { API_KEY_SHAPE } from './api-keys.js';
export {
  publicUserSchema,
  departmentSchema,
  departmentKindSchema,
  apiKeyInfoSchema,
  auditEntrySchema,
  userRoleSchema,
} from './schema.js';
export type { PublicUser, Department, DepartmentKind, ApiKeyInfo, AuditEntry, UserRole, Page } from './schema.js';
