import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../kernel/actor.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { isoNow, type Clock } from '../../kernel/clock.js';
import { ConflictError, NotFoundError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { computePublicityEnd, type RecordTypeDefinition } from '../catalog/index.js';
import { submitterType } from './build-rows.js';
import type { RecordCatalog } from './catalog-port.js';
import { parseContent } from './content.js';
import { recordEvent } from './outbox.js';
import { createRecordRepo, toStoredRecord } from './repo.js';
import type { RecordChannel, StoredRecord } from './schema.js';
import type { Dialect } from '../../db/connect.js';

export interface MarkRepairedInput {
  /** YYYY-MM-DD: the day the repair takes effect; publicity ends the day before (SPEC §3.2) */
  repairedOn: string;
  reason: string;
}

/** Writes a repair inside the caller's transaction; returns the record as it now stands. */
export type MarkRepaired = (trx: Kysely<DB>, actor: Actor, input: MarkRepairedInput) => Promise<StoredRecord>;

const recordNotFound = (id: string) => new NotFoundError('RECORD_NOT_FOUND', `未找到信用记录 / no record ${id}`);
export const recordNotRepairable = () =>
  new ConflictError('RECORD_NOT_REPAIRABLE', '只有有效的失信（负面）记录可以信用修复 / only an active negative record can be repaired');
export const recordAlreadyRepaired = () => new ConflictError('RECORD_ALREADY_REPAIRED', '该记录已完成信用修复 / the record is repaired already');

/** The publicity end a repair on `repairedOn` leaves: the catalogue rule, computed again with the repair date. */
export function repairedPublicityEnd(record: StoredRecord, def: RecordTypeDefinition, repairedOn: string): string | null {
  const statedKey = def.roles.publicityEnd;
  const stated = statedKey === undefined ? null : record.fields[statedKey];
  return computePublicityEnd({
    polarity: record.polarity as 'negative' | 'positive' | 'neutral' | 'mixed', severity: record.severity, decisionDate: record.decisionDate, rule: def.publicity,
    statedEnd: typeof stated === 'string' ? stated : null, validUntil: record.validUntil, repairedOn,
  });
}

/**
 * Credit repair on the records side (SPEC §8): sets `repaired_on`, recomputes
 * the publicity end, writes a `repaired` version and a `record.repaired`
 * outbox event, all in the caller's transaction (the repair decision commits
 * with it). Two phases: the catalogue definition is read before the caller's
 * transaction opens (SQLite has one connection, which the transaction holds).
 */
export function createRepairWriter(deps: { dialect: Dialect; db: Kysely<DB>; clock: Clock; audit: AuditTrail; catalog: RecordCatalog }) {
  const { clock, audit, catalog } = deps;
  const repo = createRecordRepo(deps.dialect);

  return async function prepareRepair(recordId: string): Promise<MarkRepaired> {
    const before = await repo.findById(deps.db, recordId);
    if (!before) throw recordNotFound(recordId);
    const typeVersion = Number(before.typeVersion);
    const def = (await catalog.get(before.typeCode, typeVersion)).definition;

    return async (trx, actor, input) => {
      const row = await repo.findById(trx, recordId);
      if (!row) throw recordNotFound(recordId);
      const record = toStoredRecord(row);
      if (record.status !== 'active' || record.polarity !== 'negative') throw recordNotRepairable();
      if (record.repairedOn !== null) throw recordAlreadyRepaired();
      if (record.typeVersion !== typeVersion) throw new ConflictError('RECORD_CONCURRENT_WRITE', '记录刚被修改，请重试 / the record changed meanwhile; retry');
      const now = isoNow(clock);
      const publicityEnd = repairedPublicityEnd(record, def, input.repairedOn);
      const version = record.version + 1;
      const updated = await trx.updateTable('records')
        .set({ repairedOn: input.repairedOn, publicityEnd, version, updatedAt: now })
        .where('id', '=', recordId).where('version', '=', record.version).executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError('RECORD_CONCURRENT_WRITE', '记录刚被修改，请重试 / the record changed meanwhile; retry');
      const channel: RecordChannel = actor.kind === 'system' ? 'cli' : 'api';
      await repo.insertVersions(trx, [[newId(), recordId, version, 'repaired', row.content, row.contentHash, typeVersion, submitterType(actor), actor.id, channel, null, now, input.reason]]);
      await repo.insertOutbox(trx, [recordEvent({
        recordId, version, change: 'repaired', subjectId: record.subjectId, typeCode: record.typeCode, sourceDepartmentId: record.sourceDepartment.id,
        category: record.category, polarity: record.polarity, severity: record.severity, decisionDate: record.decisionDate, publicityEnd,
        status: 'active', batchId: null,
      }, now)]);
      await audit.append(trx, actor, {
        action: 'record.repair', targetType: 'record', targetId: recordId, subjectId: record.subjectId,
        details: { version, repairedOn: input.repairedOn, publicityEnd, previousPublicityEnd: record.publicityEnd, reason: input.reason },
      });
      return { ...record, repairedOn: input.repairedOn, publicityEnd, version, updatedAt: now, fields: parseContent(row.content) };
    };
  };
}
