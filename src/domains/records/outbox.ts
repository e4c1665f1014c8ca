import { newId } from '../../kernel/ids.js';
import type { OutboxValues } from './repo.js';
import type { RecordChange } from './schema.js';

/** Topics of the events records write for higher domains (ratings, lists, exchange). */
export const RECORD_TOPICS = {
  created: 'record.created',
  updated: 'record.updated',
  withdrawn: 'record.withdrawn',
  repaired: 'record.repaired',
} as const satisfies Record<RecordChange, string>;

/**
 * What a consumer needs to decide whether the change concerns it, without
 * reading the record: no field content (and so no personal data) travels here.
 */
export interface RecordEventPayload {
  recordId: string;
  version: number;
  change: RecordChange;
  subjectId: string;
  typeCode: string;
  sourceDepartmentId: string;
  category: string;
  polarity: string;
  severity: string | null;
  decisionDate: string;
  publicityEnd: string | null;
  status: 'active' | 'withdrawn';
  batchId: string | null;
}

export function recordEvent(payload: RecordEventPayload, at: string): OutboxValues {
  return [newId(), RECORD_TOPICS[payload.change], payload.recordId, JSON.stringify(payload), at];
}
