import type { Kysely } from 'kysely';
import type { Database } from '../../db/connect.js';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../kernel/actor.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { authorize } from '../../kernel/authorize.js';
import { chinaDate, isoNow, type Clock } from '../../kernel/clock.js';
import { ConflictError, ForbiddenError, type FieldError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { SubjectService } from '../subjects/index.js';
import { acceptRows, type Accepted } from './accept-rows.js';
import { correctionRow, eventRow, newRecordRow, versionRow, type WriteContext } from './build-rows.js';
import { requireCurrentType, type RecordCatalog } from './catalog-port.js';
import { endAfterRepair } from '../catalog/index.js';
import { planChunk, type ChunkPlan, type Decision, type KeyState } from './plan-chunk.js';
import { canSubmit, canWriteFor } from './policy.js';
import { createRecordRepo, isUniqueViolation } from './repo.js';
import type { IngestChunkInput, IngestOutcome, IngestRowResult } from './schema.js';

export interface IngestChunkOptions {
  inTransaction?: (trx: Kysely<DB>, results: IngestRowResult[]) => Promise<void>;
}

export interface IngestDeps {
  database: Database;
  clock: Clock;
  audit: AuditTrail;
  catalog: RecordCatalog;
  subjects: Pick<SubjectService, 'resolveForRecords'>;
}

type Written = Decision & { outcome: 'created' | 'updated' };
const isWritten = (d: Decision): d is Written => d.outcome !== 'unchanged';

/**
 * SPEC §3.3: validates every row of a chunk and stores the valid ones in one
 * transaction. A row that fails a check is a result, not an exception; a
 * database error aborts the whole chunk (nothing of it is written) and throws.
 * Set-based: one query for the chunk's stored records, one call resolving its
 * subjects, multi-row statements for records, versions and events, one audit entry.
 */
export function createIngestChunk(deps: IngestDeps) {
  const { database, clock, audit, catalog, subjects } = deps;
  const repo = createRecordRepo(database.dialect);

  async function storedStates(through: Kysely<DB>, accepted: Accepted[]): Promise<Map<string, KeyState>> {
    const keys = [...new Set(accepted.map((a) => a.key))];
    const rows = keys.length === 0 ? [] : await repo.currentByKeys(through, keys);
    return new Map(rows.map((r) => [r.naturalKey, { id: r.id, version: Number(r.version), status: r.status, contentHash: r.contentHash, repairedOn: r.repairedOn ?? null }]));
  }

  /** A correction to a repaired record keeps the repair: its publicity still ends the day before the repair date. */
  function keepRepairs(accepted: Accepted[], stored: ReadonlyMap<string, KeyState>): void {
    for (const a of accepted) {
      const repairedOn = stored.get(a.key)?.repairedOn ?? null;
      if (repairedOn !== null) a.record = { ...a.record, publicityEnd: endAfterRepair(a.record.publicityEnd, repairedOn) };
    }
  }

  async function write(trx: Kysely<DB>, actor: Actor, accepted: Accepted[], plan: ChunkPlan, c: WriteContext): Promise<void> {
    // Every written version names the subject its own row gave (a correction may move a record to another subject).
    const writing = plan.decisions.flatMap((d, i) => (isWritten(d) ? [i] : []));
    const resolved = await subjects.resolveForRecords(trx, actor, writing.map((i) => accepted[i]!.record.subject));
    const subjectOf = new Map(writing.map((i, n) => [i, resolved[n]!.subjectId]));
    const at = (i: number) => [accepted[i]!, plan.decisions[i]!, subjectOf.get(i)!] as const;
    await repo.insertRecords(trx, [...plan.inserts.values()].map((i) => newRecordRow(...at(i), c)));
    await repo.updateRecords(trx, [...plan.updates.values()].map((i) => correctionRow(...at(i), c)));
    await repo.touchRecords(trx, plan.touched, c.now);
    await repo.insertVersions(trx, writing.map((i) => versionRow(accepted[i]!, plan.decisions[i] as Written, c)));
    await repo.insertOutbox(trx, writing.map((i) => eventRow(accepted[i]!, plan.decisions[i] as Written, subjectOf.get(i)!, c)));
  }

  /**
   * `opts.inTransaction` runs inside the chunk's transaction after its records
   * are written, with the results: a caller's own bookkeeping (an import's
   * counters and rejected rows) commits or fails together with the chunk.
   * Not called on a dry run.
   */
  return async function ingestChunk(actor: Actor, input: IngestChunkInput, opts: IngestChunkOptions = {}): Promise<IngestRowResult[]> {
    authorize(actor, canSubmit(actor), '报送信用信息');
    if (!canWriteFor(actor, input.sourceDepartment.id)) {
      throw new ForbiddenError('只能报送本部门的信用信息 / a provider submits for its own department only', 'SOURCE_DEPARTMENT_FORBIDDEN');
    }
    const type = await requireCurrentType(catalog, input.typeCode);
    const { accepted, rejected } = acceptRows(type, input, input.today ?? chinaDate(clock));
    const toResults = (plan: ChunkPlan) => resultsOf(input, accepted, rejected, plan);
    if (input.dryRun) return toResults(planChunk(accepted, await storedStates(database.db, accepted), () => newId()));
    try {
      return await database.db.transaction().execute(async (trx) => {
        const c: WriteContext = { type, input, actor, now: isoNow(clock) };
        const stored = await storedStates(trx, accepted);
        keepRepairs(accepted, stored);
        const plan = planChunk(accepted, stored, () => newId());
        await write(trx, actor, accepted, plan, c);
        const results = toResults(plan);
        if (opts.inTransaction) await opts.inTransaction(trx, results);
        await audit.append(trx, actor, {
          action: 'records.ingest',
          targetType: 'batch',
          targetId: input.batchId,
          details: {
            batchId: input.batchId, channel: input.channel, typeCode: type.code, typeVersion: type.version,
            sourceDepartmentId: input.sourceDepartment.id, counts: countOutcomes(plan, rejected.size),
          },
        });
        return results;
      });
    } catch (err) {
      // Another writer stored the same natural key (or registered the same subject) first: nothing of this chunk was kept; retry it.
      if (isUniqueViolation(err)) throw new ConflictError('RECORD_CONCURRENT_WRITE', '同批记录正被并发写入，请重试 / the same records were written concurrently; retry the chunk');
      throw err;
    }
  };
}

/** One result per input row, in order: rejected with its errors, or the plan's decision. */
function resultsOf(input: IngestChunkInput, accepted: Accepted[], rejected: Map<number, FieldError[]>, plan: ChunkPlan): IngestRowResult[] {
  const results: IngestRowResult[] = input.rows.map(({ row }, index) => ({ row, status: 'rejected', errors: rejected.get(index) ?? [] }));
  accepted.forEach((a, i) => {
    const d = plan.decisions[i]!;
    const row = input.rows[a.index]!.row;
    // A dry run invents no ids: a record it would create has none yet.
    results[a.index] = input.dryRun && d.outcome === 'created' ? { row, status: d.outcome, version: d.version } : { row, status: d.outcome, id: d.id, version: d.version };
  });
  return results;
}

function countOutcomes(plan: ChunkPlan, rejected: number): Record<IngestOutcome, number> {
  const counts: Record<IngestOutcome, number> = { created: 0, updated: 0, unchanged: 0, rejected };
  for (const d of plan.decisions) counts[d.outcome] += 1;
  return counts;
}
