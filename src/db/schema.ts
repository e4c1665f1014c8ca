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

/** Credit records: the current state, one row per natural key (SPEC §3.3). */
export interface RecordsTable {
  seq: Generated<number>;
  id: string;
  /** `${sourceDepartmentId}|${typeCode}|${docNo}|${period ?? ''}` */
  naturalKey: string;
  subjectId: string;
  typeCode: string;
  typeVersion: number;
  sourceDepartmentId: string;
  docNo: string;
  period: string | null;
  decisionDate: string;
  validUntil: string | null;
  severity: string | null;
  disclosure: string;
  /** YYYY-MM-DD, inclusive; null = never published */
  publicityEnd: string | null;
  polarity: string;
  category: string;
  status: string;
  version: number;
  /** canonical JSON of the fields (ID numbers sealed) */
  content: string;
  contentHash: string;
  firstReceivedAt: string;
  lastReceivedAt: string;
  updatedAt: string;
}

/** Every version of a record with its provenance; never deleted. */
export interface RecordVersionsTable {
  id: string;
  recordId: string;
  version: number;
  change: string;
  content: string;
  contentHash: string;
  typeVersion: number;
  submitterType: string;
  submitterId: string | null;
  channel: string;
  batchId: string | null;
  receivedAt: string;
  reason: string | null;
}

/** Events for higher domains, written in the transaction of the change they announce. */
export interface OutboxTable {
  seq: Generated<number>;
  id: string;
  topic: string;
  aggregateId: string;
  /** JSON */
  payload: string;
  createdAt: string;
  processedAt: string | null;
}

/** One import: a file, a CLI run or an API call (SPEC §3.3); counters move with each committed chunk. */
export interface ImportBatchesTable {
  id: string;
  departmentId: string;
  typeCode: string;
  /** api | file | cli */
  channel: string;
  fileName: string | null;
  fileSha256: string | null;
  /** bytes */
  fileSize: number | null;
  /** utf-8 | gb18030, null for JSON bodies and XLSX */
  encoding: string | null;
  /** csv | xlsx | ndjson | json; null until the file has been opened */
  format: string | null;
  /** running | completed | failed | unreadable */
  status: string;
  /** data rows in the file, known once it has been read to the end */
  rowsTotal: number | null;
  /** data rows (after the header) committed so far: a resumed run skips this many */
  rowsCommitted: Generated<number>;
  created: Generated<number>;
  updated: Generated<number>;
  unchanged: Generated<number>;
  rejected: Generated<number>;
  submitterType: string;
  submittedBy: string | null;
  /** host:pid of the process running the batch (a lease, renewed with each chunk) */
  owner: string | null;
  heartbeatAt: string | null;
  startedAt: string;
  finishedAt: string | null;
  /** why the import stopped or could not start, and at which row (a file that breaks midway) */
  errorCode: string | null;
  errorMessage: string | null;
  errorRow: number | null;
}

/** Every rejected row of every import, kept for provider data quality. */
export interface ImportErrorsTable {
  seq: Generated<number>;
  batchId: string;
  /** row number as a person counts it in the file (header = 1), or the index in an API call (from 0) */
  row: number;
  field: string | null;
  code: string;
  message: string;
}

/** The catalogue: one row per record type version; `definition` is the RecordTypeDefinition as JSON. */
export interface CatalogTypesTable {
  code: string;
  version: number;
  definition: string;
  publishedAt: string;
  publishedBy: string | null;
}

/** The working-day calendar (SPEC §8): days that differ from a plain Monday-Friday week. */
export interface CalendarDaysTable {
  /** YYYY-MM-DD */
  date: string;
  /** holiday: closed even on a weekday; workday: a weekend day worked (调休上班) */
  kind: 'holiday' | 'workday';
  note: string | null;
  /** user id of the administrator, 'cli', or null for the seeded schedule */
  updatedBy: string | null;
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
  catalogTypes: CatalogTypesTable;
  importBatches: ImportBatchesTable;
  importErrors: ImportErrorsTable;
  records: RecordsTable;
  recordVersions: RecordVersionsTable;
  outbox: OutboxTable;
  calendarDays: CalendarDaysTable;
}
