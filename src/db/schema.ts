import type { Generated } from 'kysely';

/**
 * Table types as the application sees them (camelCase; columns are snake_case
 * through Kysely's CamelCasePlugin). Times are ISO-8601 text, dates YYYY-MM-DD,
 * booleans 0/1, money integer fen.
 */
export interface SubjectsTable {
  seq: Generated<number>;
  id: string;
  type: string;
  code: string | null;
  idNumberEnc: string | null;
  idNumberHash: string | null;
  idNumberMasked: string | null;
  name: string;
  nameNorm: string;
  legalRep: string | null;
  legalRepNorm: string | null;
  address: string | null;
  street: string | null;
  divisionCode: string | null;
  industry: string | null;
  establishedOn: string | null;
  status: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface SubjectNamesTable {
  id: string;
  subjectId: string;
  name: string;
  nameNorm: string;
  kind: 'current' | 'former';
  validTo: string | null;
  createdAt: string;
}

export interface SubjectAliasesTable {
  id: string;
  subjectId: string;
  scheme: string;
  value: string;
  createdAt: string;
}

export interface DepartmentsTable {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  kind: string;
  createdAt: string;
}

export interface UsersTable {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  role: string;
  departmentId: string | null;
  subjectId: string | null;
  status: string;
  mustChangePassword: number;
  failedLogins: number;
  lockedUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SessionsTable {
  idHash: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
}

export interface ApiKeysTable {
  id: string;
  prefix: string;
  keyHash: string;
  name: string;
  departmentId: string;
  purpose: string;
  createdBy: string | null;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface AuditLogTable {
  seq: number;
  id: string;
  at: string;
  actorType: string;
  actorId: string | null;
  departmentId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  subjectId: string | null;
  purpose: string | null;
  details: string | null;
  ip: string | null;
  requestId: string | null;
  prevHash: string;
  hash: string;
}

export interface LoginAttemptsTable {
  username: string;
  failures: number;
  lockedUntil: string | null;
  updatedAt: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface DB {
  subjects: SubjectsTable;
  subjectNames: SubjectNamesTable;
  subjectAliases: SubjectAliasesTable;
  departments: DepartmentsTable;
  users: UsersTable;
  sessions: SessionsTable;
  apiKeys: ApiKeysTable;
  auditLog: AuditLogTable;
  loginAttempts: LoginAttemptsTable;
  meta: MetaTable;
}
