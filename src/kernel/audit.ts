import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from './actor.js';

/**
 * The audit port. Every write and every read of non-public data appends an
 * entry in the same transaction as the work it records. The hash-chained
 * implementation lives in domains/accounts (audit-log.ts).
 */
export interface AuditInput {
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  subjectId?: string | null;
  purpose?: string | null;
  details?: Record<string, unknown> | null;
}

export interface AuditTrail {
  append(trx: Kysely<DB>, actor: Actor, entry: AuditInput): Promise<void>;
}
