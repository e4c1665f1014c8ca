import { z } from 'zod';
import { ROLES } from '../../kernel/actor.js';
import { paginationQuery } from '../../kernel/http.js';

/**
 * The accounts domain's types: request bodies, responses and the values the
 * services pass around. Body schemas are strict (an unknown field is a 400).
 */
export const roleSchema = z.enum(ROLES);
/** Roles a login account may hold; `public` is what anonymous visitors are. */
export const userRoleSchema = roleSchema.exclude(['public']);
export type UserRole = z.infer<typeof userRoleSchema>;
export const userStatusSchema = z.enum(['active', 'disabled']);
export const departmentKindSchema = z.enum(['credit_office', 'government', 'association', 'court', 'external']);
export type DepartmentKind = z.infer<typeof departmentKindSchema>;
export const apiKeyPurposeSchema = z.enum(['provider', 'consumer']);
export type ApiKeyPurpose = z.infer<typeof apiKeyPurposeSchema>;

const id = z.string().min(1).max(64);
const isoTime = z.string();
/** Usernames are stored lower-case: 3-32 of a-z 0-9 . _ - starting with a letter or digit. */
export const usernameSchema = z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, '3-32 个字符：a-z 0-9 . _ - / 3-32 of a-z 0-9 . _ -');
/** Length only: the password policy itself lives in password-policy.ts. */
const passwordInput = z.string().min(1).max(1024);

export const publicUserSchema = z
  .object({
    id,
    username: z.string(),
    displayName: z.string(),
    role: roleSchema,
    departmentId: z.string().nullable(),
    subjectId: z.string().nullable(),
    status: userStatusSchema,
    mustChangePassword: z.boolean(),
    lockedUntil: isoTime.nullable(),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .meta({ id: 'User' });
export type PublicUser = z.infer<typeof publicUserSchema>;

export const createUserInputSchema = z.strictObject({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(100),
  password: passwordInput,
  role: userRoleSchema,
  departmentId: id.nullish(),
  subjectId: id.nullish(),
  mustChangePassword: z.boolean().optional(),
});
export type CreateUserInput = z.input<typeof createUserInputSchema>;

export const updateUserInputSchema = z
  .strictObject({
    displayName: z.string().trim().min(1).max(100).optional(),
    role: userRoleSchema.optional(),
    status: userStatusSchema.optional(),
    departmentId: id.nullable().optional(),
    subjectId: id.nullable().optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: '至少修改一项 / nothing to change' });
export type UpdateUserInput = z.input<typeof updateUserInputSchema>;

export const userListQuerySchema = paginationQuery.extend({
  role: userRoleSchema.optional(),
  status: userStatusSchema.optional(),
  departmentId: id.optional(),
});
export type UserListQuery = z.input<typeof userListQuerySchema>;

export const loginInputSchema = z.strictObject({
  username: z.string().min(1).max(64),
  password: passwordInput,
});
export type LoginInput = z.infer<typeof loginInputSchema>;

export const changePasswordInputSchema = z.strictObject({
  currentPassword: passwordInput,
  newPassword: passwordInput,
});
export type ChangePasswordInput = z.infer<typeof changePasswordInputSchema>;

export const sessionInfoSchema = z.object({
  user: publicUserSchema,
  /** Send back as header `x-csrf-token` (or form field `_csrf`) on every cookie-authenticated write. */
  csrfToken: z.string(),
  /** When the session ends unless used again (idle timeout, capped by the absolute lifetime). */
  expiresAt: isoTime,
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const departmentSchema = z
  .object({
    id,
    code: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    kind: departmentKindSchema,
    createdAt: isoTime,
  })
  .meta({ id: 'Department' });
export type Department = z.infer<typeof departmentSchema>;

export const createDepartmentInputSchema = z.strictObject({
  /** A unified social credit code (GB 32100-2015), checked by the identifiers domain. */
  code: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200).optional(),
  kind: departmentKindSchema,
});
export type CreateDepartmentInput = z.input<typeof createDepartmentInputSchema>;

export const apiKeyInfoSchema = z
  .object({
    id,
    /** The public part of the key (`xy_<prefix>_…`), to tell keys apart; not a secret. */
    prefix: z.string(),
    name: z.string(),
    departmentId: z.string(),
    purpose: apiKeyPurposeSchema,
    createdBy: z.string().nullable(),
    createdAt: isoTime,
    revokedAt: isoTime.nullable(),
    lastUsedAt: isoTime.nullable(),
  })
  .meta({ id: 'ApiKey' });
export type ApiKeyInfo = z.infer<typeof apiKeyInfoSchema>;

export const createApiKeyInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  departmentId: id,
  purpose: apiKeyPurposeSchema,
});
export type CreateApiKeyInput = z.input<typeof createApiKeyInputSchema>;

export const createdApiKeySchema = z.object({
  apiKey: apiKeyInfoSchema,
  /** The plain key, shown this once; only its SHA-256 is stored. */
  key: z.string(),
});
export type CreatedApiKey = z.infer<typeof createdApiKeySchema>;

export const apiKeyListQuerySchema = paginationQuery.extend({ departmentId: id.optional() });
export type ApiKeyListQuery = z.input<typeof apiKeyListQuerySchema>;

/** A date (China Standard Time day) or an ISO date-time with offset. */
const timeBound = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
export const auditFiltersSchema = z.object({
  subjectId: id.optional(),
  actorId: id.optional(),
  departmentId: id.optional(),
  action: z.string().min(1).max(100).optional(),
  from: timeBound.optional(),
  to: timeBound.optional(),
});
export const auditQuerySchema = paginationQuery.extend(auditFiltersSchema.shape);
export type AuditQuery = z.input<typeof auditQuerySchema>;

export const auditEntrySchema = z
  .object({
    seq: z.number().int(),
    id,
    at: isoTime,
    actorType: z.string(),
    actorId: z.string().nullable(),
    departmentId: z.string().nullable(),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    subjectId: z.string().nullable(),
    purpose: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable(),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  brokenAtSeq: z.number().int().optional(),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), hasMore: z.boolean() });
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  hasMore: boolean;
}
