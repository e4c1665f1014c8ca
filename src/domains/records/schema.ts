import { z } from 'zod';
import type { FieldError } from '../../kernel/errors.js';
import type { Disclosure, Severity, FieldValue } from '../catalog/index.js';

/** How a record reached the platform (SPEC §3.3 provenance). */
export const RECORD_CHANNELS = ['api', 'file', 'cli', 'exchange'] as const;
export const recordChannelSchema = z.enum(RECORD_CHANNELS);
export type RecordChannel = z.infer<typeof recordChannelSchema>;

export const RECORD_STATUSES = ['active', 'withdrawn'] as const;
export const recordStatusSchema = z.enum(RECORD_STATUSES);
export type RecordStatus = z.infer<typeof recordStatusSchema>;

/** What a version did to its record. */
export const RECORD_CHANGES = ['created', 'updated', 'withdrawn', 'repaired'] as const;
export const recordChangeSchema = z.enum(RECORD_CHANGES);
export type RecordChange = z.infer<typeof recordChangeSchema>;

/** The answer per submitted row (SPEC §13: the CLI's and the API's counts). */
export const INGEST_OUTCOMES = ['created', 'updated', 'unchanged', 'rejected'] as const;
export type IngestOutcome = (typeof INGEST_OUTCOMES)[number];

export type SubmitterType = 'user' | 'api_key' | 'system';

/** Who reads: the public portal, government users (`shared`), the credit office and the source (`internal`). */
/** Who reads: the public; government staff (shared); the subject itself or a party it authorised (authorised); the credit office and the source department (internal). */
export const AUDIENCES = ['public', 'government', 'authorised', 'internal'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface IngestRow {
  /** the row number the caller reports errors by (file line, array index) */
  row: number;
  raw: Record<string, unknown>;
}

export interface IngestChunkInput {
  typeCode: string;
  /** the department the records are stored under: with type and document number, the natural key */
  sourceDepartment: { id: string; code: string };
  channel: RecordChannel;
  batchId: string | null;
  rows: IngestRow[];
  /** YYYY-MM-DD for the "not after today" checks; default today in China */
  today?: string;
  /** validate and classify, write nothing */
  dryRun?: boolean;
}

export interface IngestRowResult {
  row: number;
  status: IngestOutcome;
  id?: string;
  version?: number;
  errors?: FieldError[];
}

export interface WithdrawInput {
  recordId: string;
  reason: string;
  channel: RecordChannel;
  batchId?: string | null;
}

export const withdrawBodySchema = z
  .strictObject({ reason: z.string().trim().min(2).max(500).describe('撤回原因 / why the source withdraws the record') })
  .meta({ id: 'RecordWithdrawal' });

/** A record as the service hands it around (never leaves as is: see present.ts). */
export interface StoredRecord {
  id: string;
  naturalKey: string;
  subjectId: string;
  typeCode: string;
  typeVersion: number;
  sourceDepartment: { id: string; code: string; name: string };
  docNo: string;
  period: string | null;
  decisionDate: string;
  validUntil: string | null;
  severity: Severity | null;
  disclosure: Disclosure;
  publicityEnd: string | null;
  /** the day a credit repair took effect (publicity ended the day before); null = not repaired */
  repairedOn: string | null;
  /** an objection on the record is open (异议处理中, SPEC §8): every view shows it */
  underObjection: boolean;
  polarity: string;
  category: string;
  status: RecordStatus;
  version: number;
  fields: Record<string, FieldValue>;
  contentHash: string;
  firstReceivedAt: string;
  lastReceivedAt: string;
  updatedAt: string;
}

export interface RecordVersion {
  version: number;
  change: RecordChange;
  fields: Record<string, FieldValue>;
  contentHash: string;
  typeVersion: number;
  submitter: { type: SubmitterType; id: string | null };
  channel: RecordChannel;
  batchId: string | null;
  receivedAt: string;
  reason: string | null;
}

export interface ListOptions {
  audience: Audience;
  /** the day the listing is for (publicity windows); default today in China */
  at?: string;
  /** only records of this catalogue category (basic, licence, penalty, …) */
  category?: string;
  /** only records of these catalogue types */
  typeCodes?: readonly string[];
  page?: number;
  pageSize?: number;
}
