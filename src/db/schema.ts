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
  /** YYYY-MM-DD: the day a credit repair took effect (migration 0015); null = not repaired */
  repairedOn: string | null;
  /** 1 while an objection on the record is open (异议处理中, migration 0014), else 0 */
  objectionOpen: Generated<number>;
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

/** Where each consumer of the outbox (or of any other feed) stands: monitoring first, ratings, lists and exchange later. */
export interface ConsumerCursorsTable {
  consumer: string;
  /** the consumer's own position as text: an outbox seq, a YYYY-MM-DD scan day, … */
  position: string;
  updatedAt: string;
}

/** A user or a consumer API key following a subject (monitoring). */
export interface FollowsTable {
  id: string;
  /** user | api_key */
  followerType: string;
  followerId: string;
  subjectId: string;
  createdAt: string;
}

/** An in-app notice about a public record of a followed subject; unique per recipient, record, version and kind. */
export interface NoticesTable {
  id: string;
  recipientType: string;
  recipientId: string;
  /** appeared | changed | removed | expired | repaired */
  kind: string;
  subjectId: string;
  subjectCode: string | null;
  subjectName: string;
  recordId: string;
  recordVersion: number;
  typeCode: string;
  typeName: string;
  category: string;
  decisionDate: string;
  publicityEnd: string | null;
  /** SHA-256 (hex) of the record version's canonical content: record_versions.content_hash */
  evidenceDigest: string;
  /** the outbox event it came from; null for the expiry scan */
  eventId: string | null;
  createdAt: string;
  readAt: string | null;
}

/** A follower's webhook endpoint; the signing secret is sealed with the platform cipher. */
export interface WebhookEndpointsTable {
  id: string;
  ownerType: string;
  ownerId: string;
  url: string;
  secretEnc: string;
  createdAt: string;
  deletedAt: string | null;
}

/** One notice to one endpoint: the body is fixed when queued, so every retry sends the same bytes. */
export interface WebhookDeliveriesTable {
  id: string;
  endpointId: string;
  noticeId: string;
  event: string;
  body: string;
  /** pending | delivered | failed | cancelled */
  status: string;
  attempts: Generated<number>;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

export interface WebhookAttemptsTable {
  id: string;
  deliveryId: string;
  attempt: number;
  at: string;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
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

/** One-time activation codes for subject accounts (archive self-service); only the SHA-256 of a code is stored. */
export interface ActivationCodesTable {
  id: string;
  subjectId: string;
  codeHash: string;
  /** id of the staff user or admin who issued it ('cli' for the local administrator) */
  issuedBy: string | null;
  issuedAt: string;
  expiresAt: string;
  usedAt: string | null;
  /** the user the code created */
  usedBy: string | null;
}

/** Authorisations (授权查询): a subject lets a user or a consumer API key read its `authorised`-level data. */
export interface ArchiveGrantsTable {
  id: string;
  subjectId: string;
  granteeType: 'user' | 'api_key';
  granteeId: string;
  purpose: string;
  /** YYYY-MM-DD, inclusive, China Standard Time */
  validFrom: string;
  validTo: string;
  /** the subject user who granted it */
  grantedBy: string;
  createdAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
}

/** A list type (名单类型, SPEC §5) as data; JSON columns hold arrays. */
export interface ListTypesTable {
  code: string;
  /** red | watch | black */
  kind: string;
  /** office (decided through the office's procedure) | upstream (read from records) */
  origin: string;
  name: string;
  nameEn: string;
  /** JSON array of citations */
  legalBasis: string;
  entryCriteria: string;
  decidingAuthority: string;
  /** 告知期 = objection window, in working days */
  noticeWorkingDays: number;
  defaultDurationMonths: number | null;
  removalConditions: string;
  remedies: string;
  isPublic: number;
  /** JSON array of subject types */
  subjectTypes: string;
  /** JSON array of { typeCode, severities?, fieldEquals? } (upstream lists) */
  feeds: string;
  sortOrder: number;
  createdAt: string;
  updatedAt: string;
}

/** An entry of a list the office decides; dates YYYY-MM-DD (China), effective_to inclusive. */
export interface ListEntriesTable {
  id: string;
  listType: string;
  subjectId: string;
  subjectName: string;
  subjectCode: string | null;
  /** proposed | notified | in_effect | removed | revoked | withdrawn (expiry is computed at read time) */
  status: string;
  openKey: string | null;
  reasons: string;
  legalBasis: string;
  /** JSON array of record ids */
  evidenceRecordIds: string;
  proposedBy: string | null;
  proposedAt: string;
  noticeNo: string | null;
  noticeDate: string | null;
  objectionDeadline: string | null;
  noticeRemedies: string | null;
  decisionNo: string | null;
  decidingAuthority: string | null;
  decisionDate: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  decisionRemedies: string | null;
  removedOn: string | null;
  removalReason: string | null;
  revokedOn: string | null;
  revocationReason: string | null;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Every step of every office list entry: append-only. */
export interface ListEntryHistoryTable {
  seq: Generated<number>;
  id: string;
  entryId: string;
  step: string;
  fromStatus: string | null;
  toStatus: string;
  at: string;
  onDate: string;
  actorType: string;
  actorId: string | null;
  actorRole: string;
  reason: string | null;
  /** JSON */
  details: string | null;
  /** the client's Idempotency-Key, if it sent one */
  requestKey: string | null;
}

/** An objection (异议/陈述申辩) to a notified list entry, and the decider's answer. */
export interface ListObjectionsTable {
  id: string;
  entryId: string;
  content: string;
  filedOn: string;
  filedAt: string;
  filedByType: string;
  filedById: string | null;
  filedByRole: string;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
}

/** Every published version of every measure (SPEC §6); `definition` is the MeasureDefinition as JSON; seq orders all changes. */
export interface MeasuresTable {
  seq: Generated<number>;
  code: string;
  version: number;
  definition: string;
  publishedAt: string;
  /** user id of the administrator, 'cli', or null for the defaults installed at start-up */
  publishedBy: string | null;
}

/** Every credit check with its signed receipt; never deleted. */
export interface CheckReceiptsTable {
  id: string;
  issuedAt: string;
  /** YYYY-MM-DD (China) the check was made */
  issuedOn: string;
  /** user | api_key | system */
  issuerType: string;
  issuerId: string | null;
  departmentId: string | null;
  subjectId: string;
  subjectType: string;
  scenario: string;
  /** YYYY-MM-DD the answer is for */
  at: string;
  verdict: string;
  keyId: string;
  /** the signed receipt as JSON, exactly as returned */
  receipt: string;
}

/** The measures (and rewards) one check returned: what implementation rates are counted against. */
export interface CheckMeasuresTable {
  receiptId: string;
  measureCode: string;
  kind: string;
  scenario: string;
  issuedOn: string;
}

/** 反馈: whether the caller applied a measure of a check, and why not; one row per receipt and measure. */
export interface CheckFeedbackTable {
  receiptId: string;
  measureCode: string;
  /** 0/1 */
  applied: number;
  reason: string | null;
  scenario: string;
  issuedOn: string;
  givenByType: string;
  givenById: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A rating model (SPEC §7): its versions are in rating_model_versions; `publishedVersion` is the one re-ratings use. */
export interface RatingModelsTable {
  code: string;
  /** computed | ingested */
  kind: string;
  name: string;
  publishedVersion: number | null;
  createdAt: string;
  createdBy: string | null;
}

/** One version of a rating model; `definition` is the RatingModelDefinition as JSON, never changed once stored. */
export interface RatingModelVersionsTable {
  modelCode: string;
  version: number;
  /** draft | published */
  status: string;
  definition: string;
  createdAt: string;
  createdBy: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
}

/** Every rating a subject was given, with the model version and the explanation (JSON); never changed. */
export interface RatingsTable {
  seq: Generated<number>;
  id: string;
  subjectId: string;
  modelCode: string;
  modelVersion: number;
  /** null: the subject stopped being rated by the model */
  grade: string | null;
  /** integer hundredths of a point */
  score: number | null;
  ratedOn: string;
  ratedAt: string;
  reviewOn: string | null;
  explanation: string;
  /** SHA-256 of the explanation without its date: an unchanged re-rating writes nothing */
  explanationHash: string;
  /** record | review | model | full */
  cause: string;
}

/** The current rating per (subject, model): the latest row of `ratings` with a grade. */
export interface RatingCurrentTable {
  subjectId: string;
  modelCode: string;
  ratingId: string;
  modelVersion: number;
  grade: string;
  score: number | null;
  ratedOn: string;
  /** the day a counted record leaves its window or publicity: re-rated then without any record changing */
  reviewOn: string | null;
  explanationHash: string;
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
  // archive tables (migration 0008)
  activationCodes: ActivationCodesTable;
  archiveGrants: ArchiveGrantsTable;
  // monitoring tables (migration 0009)
  consumerCursors: ConsumerCursorsTable;
  follows: FollowsTable;
  notices: NoticesTable;
  webhookEndpoints: WebhookEndpointsTable;
  webhookDeliveries: WebhookDeliveriesTable;
  webhookAttempts: WebhookAttemptsTable;
  // list tables (migration 0011)
  listTypes: ListTypesTable;
  listEntries: ListEntriesTable;
  listEntryHistory: ListEntryHistoryTable;
  listObjections: ListObjectionsTable;
  // checks tables (migration 0012)
  measures: MeasuresTable;
  checkReceipts: CheckReceiptsTable;
  checkMeasures: CheckMeasuresTable;
  checkFeedback: CheckFeedbackTable;
  // rating tables (migration 0013)
  ratingModels: RatingModelsTable;
  ratingModelVersions: RatingModelVersionsTable;
  ratings: RatingsTable;
  ratingCurrent: RatingCurrentTable;
  // notifications, complaints and agencies (migration 0016)
  notifications: NotificationsTable;
  notificationOutbox: NotificationOutboxTable;
  agencies: AgenciesTable;
  agencyStaff: AgencyStaffTable;
  agencyStatusHistory: AgencyStatusHistoryTable;
  complaints: ComplaintsTable;
  complaintHistory: ComplaintHistoryTable;
  complaintAttachments: ComplaintAttachmentsTable;
  // repairs and commitments (migration 0015)
  commitments: CommitmentsTable;
  repairs: RepairsTable;
  repairHistory: RepairHistoryTable;
  repairAttachments: RepairAttachmentsTable;
  // objections (migration 0014)
  objections: ObjectionsTable;
  objectionSteps: ObjectionStepsTable;
  objectionAttachments: ObjectionAttachmentsTable;
  // statistics, department duties and plan tracking (migration 0018)
  statsSubjects: StatsSubjectsTable;
  statsCells: StatsCellsTable;
  statsRecordMonths: StatsRecordMonthsTable;
  statsTimeliness: StatsTimelinessTable;
  departmentDuties: DepartmentDutiesTable;
  planTasks: PlanTasksTable;
  planNotes: PlanNotesTable;
  planIndicators: PlanIndicatorsTable;
  // credit reports (migration 0017)
  reports: ReportsTable;
}

/** Statistics summary rows (migration 0018), kept by the `stats.aggregates` outbox consumer; never edited by hand. */
export interface StatsSubjectsTable {
  subjectId: string;
  subjectType: string;
  /** '' when none */
  street: string;
  industry: string;
  /** active records of the subject */
  records: number;
}

export interface StatsCellsTable {
  subjectType: string;
  street: string;
  industry: string;
  subjects: number;
  /** subjects with at least one active record */
  covered: number;
}

export interface StatsRecordMonthsTable {
  departmentId: string;
  typeCode: string;
  /** YYYY-MM (China time) of first receipt, or of the withdrawal */
  month: string;
  created: number;
  withdrawn: number;
}

export interface StatsTimelinessTable {
  departmentId: string;
  typeCode: string;
  month: string;
  workingDays: number;
  records: number;
}

/** The record types a department is expected to deliver (assessment, docs/statistics.md). */
export interface DepartmentDutiesTable {
  departmentId: string;
  typeCode: string;
  updatedAt: string;
  updatedBy: string | null;
}

/** A task of the social credit plan (plan tracking, migration 0018). */
export interface PlanTasksTable {
  code: string;
  chapter: string;
  section: string;
  task: string;
  department: string;
  targetYear: number;
  status: string;
  progress: number;
  position: number;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

export interface PlanNotesTable {
  id: string;
  taskCode: string;
  note: string;
  createdAt: string;
  createdBy: string | null;
}

export interface PlanIndicatorsTable {
  code: string;
  taskCode: string | null;
  name: string;
  nameEn: string;
  source: string;
  target: number;
  actual: number | null;
  unit: string;
  targetYear: number;
  updatedAt: string;
  updatedBy: string | null;
}

/** An in-app notification of one account (migration 0016). */
export interface NotificationsTable {
  id: string;
  userId: string;
  topic: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

/** One message waiting for (or done with) one delivery channel: email or SMS (migration 0016). */
export interface NotificationOutboxTable {
  id: string;
  channel: string;
  /** user | contact */
  recipientType: string;
  userId: string | null;
  /** the contact's email address or mobile number; null for accounts (the gateway resolves them) */
  address: string | null;
  notificationId: string | null;
  topic: string;
  title: string;
  body: string;
  link: string | null;
  /** pending | sent | failed */
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  leasedUntil: string | null;
  lastAttemptAt: string | null;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
}

/** A registered credit service agency (信用服务机构备案, migration 0016). */
export interface AgenciesTable {
  id: string;
  name: string;
  uscc: string;
  legalRep: string;
  address: string;
  /** JSON array of service codes */
  services: string;
  filingNo: string;
  filedOn: string;
  contactPhone: string | null;
  /** filed | suspended | revoked */
  status: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface AgencyStaffTable {
  id: string;
  agencyId: string;
  name: string;
  role: string;
  addedOn: string;
  removedOn: string | null;
}

export interface AgencyStatusHistoryTable {
  seq: Generated<number>;
  id: string;
  agencyId: string;
  fromStatus: string | null;
  toStatus: string;
  reason: string;
  onDate: string;
  at: string;
  actorType: string;
  actorId: string | null;
}

/** A complaint or report (投诉举报) about a subject's conduct or a credit service agency (migration 0016). */
export interface ComplaintsTable {
  id: string;
  caseNo: string;
  queryCodeHash: string;
  requestKeyHash: string | null;
  /** subject | agency */
  about: string;
  subjectId: string | null;
  subjectCode: string | null;
  subjectName: string;
  agencyId: string | null;
  complainantName: string;
  complainantContact: string;
  matter: string;
  /** received | assigned | in_progress | concluded | rejected */
  status: string;
  departmentId: string | null;
  /** records | agency | office */
  routedBy: string | null;
  /** YYYY-MM-DD: the last day for the current step; null once closed */
  stepDeadline: string | null;
  receivedOn: string;
  assignedOn: string | null;
  startedOn: string | null;
  closedOn: string | null;
  outcome: string | null;
  outcomeText: string | null;
  rejectionReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ComplaintHistoryTable {
  seq: Generated<number>;
  id: string;
  complaintId: string;
  step: string;
  fromStatus: string | null;
  toStatus: string;
  departmentId: string | null;
  deadline: string | null;
  note: string | null;
  at: string;
  onDate: string;
  actorType: string;
  actorId: string | null;
  actorRole: string;
}

export interface ComplaintAttachmentsTable {
  id: string;
  complaintId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  /** base64 */
  content: string;
  createdAt: string;
}

/** A signed credit commitment (信用承诺, migration 0015); public. */
export interface CommitmentsTable {
  id: string;
  commitmentNo: string;
  subjectId: string;
  /** licensing | repair | voluntary */
  template: string;
  matter: string;
  text: string;
  legalBasis: string;
  signedOn: string;
  signedAt: string;
  signedByType: string;
  signedById: string | null;
  dueBy: string | null;
  /** in_force | fulfilled | breached */
  status: string;
  fulfilledOn: string | null;
  breachedOn: string | null;
  breach: string | null;
  /** the negative record the breach became */
  breachRecordId: string | null;
  version: number;
  updatedAt: string;
}

/** A credit repair application (信用修复, migration 0015). */
export interface RepairsTable {
  id: string;
  recordId: string;
  subjectId: string;
  /** submitted | accepted | refused | approved | rejected */
  status: string;
  openKey: string | null;
  fulfilment: string;
  commitmentId: string;
  applicantType: string;
  applicantId: string | null;
  applicantRole: string;
  submittedOn: string;
  acceptedOn: string | null;
  /** YYYY-MM-DD: 3 working days after acceptance */
  decisionDue: string | null;
  decidedOn: string | null;
  reason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface RepairHistoryTable {
  seq: Generated<number>;
  id: string;
  repairId: string;
  step: string;
  fromStatus: string | null;
  toStatus: string;
  at: string;
  actorType: string;
  actorId: string | null;
  actorRole: string;
  reason: string | null;
  requestKey: string | null;
}

export interface RepairAttachmentsTable {
  id: string;
  repairId: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  /** base64 */
  content: string;
}

/** An objection (异议) to one record and where its case stands (migration 0014). */
export interface ObjectionsTable {
  id: string;
  caseNo: string;
  /** SHA-256 (hex) of the query code; the code itself is shown once and never stored */
  queryCodeHash: string;
  recordId: string;
  subjectId: string;
  sourceDepartmentId: string;
  status: string;
  outcome: string | null;
  outcomeReasons: string | null;
  reply: string | null;
  refusalReasons: string | null;
  correctedVersion: number | null;
  /** account | public */
  objectorKind: string;
  objectorUserId: string | null;
  objectorName: string;
  /** phone or email the objector gave (staff views only) */
  objectorContact: string;
  reasons: string;
  submittedAt: string;
  submittedOn: string;
  stepStartedOn: string | null;
  /** YYYY-MM-DD, last working day of the current step (inclusive); null once closed */
  stepDueOn: string | null;
  overdueSince: string | null;
  closedAt: string | null;
  submitKey: string | null;
  version: number;
  updatedAt: string;
}

/** Every step of an objection: who, when, what, why; never deleted (migration 0014). */
export interface ObjectionStepsTable {
  seq: Generated<number>;
  id: string;
  objectionId: string;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  at: string;
  onDate: string;
  actorType: string;
  actorId: string | null;
  actorRole: string;
  note: string | null;
  dueOn: string | null;
  /** JSON */
  details: string | null;
}

/** A file an objector handed in (migration 0014). */
export interface ObjectionAttachmentsTable {
  id: string;
  objectionId: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  /** base64 */
  contentB64: string;
  uploadedAt: string;
}

/** An issued credit report (migration 0017); the content is the stored snapshot, re-renderable. */
export interface ReportsTable {
  id: string;
  reportNo: string;
  kind: string;
  subjectId: string;
  subjectCode: string | null;
  subjectName: string;
  issuedAt: string;
  issuedOn: string;
  issuerType: string;
  issuerId: string | null;
  issuerRole: string;
  purpose: string | null;
  batchId: string | null;
  /** SHA-256 hex of the normalised verification code */
  codeHash: string;
  /** SHA-256 hex of the snapshot's canonical JSON */
  contentDigest: string;
  /** SHA-256 hex of the PDF file as issued */
  pdfSha256: string;
  pdfBytes: number;
  signature: string;
  keyId: string;
  renderer: string;
  /** canonical JSON of the report content */
  snapshot: string;
  verificationCount: Generated<number>;
  lastVerifiedAt: string | null;
}
