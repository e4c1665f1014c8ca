import type { Actor } from '../../kernel/actor.js';
import { newId } from '../../kernel/ids.js';
import type { ValidatedRecord } from '../catalog/index.js';
import type { Accepted } from './accept-rows.js';
import type { CatalogType } from './catalog-port.js';
import { recordEvent } from './outbox.js';
import type { Decision } from './plan-chunk.js';
import type { OutboxValues, RecordUpdate, RecordValues, VersionValues } from './repo.js';
import type { IngestChunkInput, SubmitterType } from './schema.js';

// The rows one accepted record writes, as the repo's multi-row statements take them.

export const submitterType = (a: Actor): SubmitterType => (a.kind === 'api_key' ? 'api_key' : a.kind === 'system' ? 'system' : 'user');

/** `mixed` types (建筑市场良好/不良行为): a tier marks bad conduct, none good conduct. */
export function polarityOf(record: ValidatedRecord, type: CatalogType): string {
  const p = type.definition.polarity;
  if (p !== 'mixed') return p;
  return record.severity === null ? 'positive' : 'negative';
}

export interface WriteContext {
  type: CatalogType;
  input: IngestChunkInput;
  actor: Actor;
  /** ISO time of the chunk's transaction: received, updated */
  now: string;
}

export function newRecordRow(a: Accepted, d: Decision, subjectId: string, c: WriteContext): RecordValues {
  const r = a.record;
  return [
    d.id, a.key, subjectId, c.type.code, c.type.version, c.input.sourceDepartment.id, r.docNo, r.period, r.decisionDate, r.validUntil,
    r.severity, r.disclosure, r.publicityEnd, polarityOf(r, c.type), c.type.definition.category, 'active', d.version, a.content, a.hash,
    c.now, c.now, c.now,
  ];
}

export function correctionRow(a: Accepted, d: Decision, subjectId: string, c: WriteContext): RecordUpdate {
  const r = a.record;
  return [
    d.id, subjectId, c.type.version, r.decisionDate, r.validUntil, r.severity, r.disclosure, r.publicityEnd, polarityOf(r, c.type),
    c.type.definition.category, 'active', d.version, a.content, a.hash, c.now, c.now,
  ];
}

export function versionRow(a: Accepted, d: Decision & { outcome: 'created' | 'updated' }, c: WriteContext): VersionValues {
  return [
    newId(), d.id, d.version, d.outcome, a.content, a.hash, c.type.version, submitterType(c.actor), c.actor.id,
    c.input.channel, c.input.batchId, c.now, null,
  ];
}

export function eventRow(a: Accepted, d: Decision & { outcome: 'created' | 'updated' }, subjectId: string, c: WriteContext): OutboxValues {
  const r = a.record;
  return recordEvent({
    recordId: d.id, version: d.version, change: d.outcome, subjectId, typeCode: c.type.code,
    sourceDepartmentId: c.input.sourceDepartment.id, category: c.type.definition.category, polarity: polarityOf(r, c.type),
    severity: r.severity, decisionDate: r.decisionDate, publicityEnd: r.publicityEnd, status: 'active', batchId: c.input.batchId,
  }, c.now);
}
