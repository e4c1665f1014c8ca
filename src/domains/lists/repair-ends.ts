import type { Kysely } from 'kysely';
import type { ConsumerCursors } from '../../db/consumer-cursors.js';
import type { DB } from '../../db/schema.js';
import { systemActor } from '../../kernel/actor.js';
import { isoNow, type Clock } from '../../kernel/clock.js';
import { DomainError } from '../../kernel/errors.js';
import { RECORD_TOPICS } from '../records/index.js';
import type { ListActor } from './policy.js';
import type { createProcedure } from './procedure.js';

/** This consumer's cursor in consumer_cursors: the last outbox seq it handled. */
export const REPAIR_CONSUMER = 'lists.repairs';
const BATCH = 500;
/** PostgreSQL hands out seq at insert, not commit: stop below a gap younger than this (ratings/drain.ts explains). */
const GAP_GRACE_MS = 60_000;
/** The platform ends the entries itself: the step is recorded as the system's (the repair decision names the reviewer). */
const PLATFORM: ListActor = { actor: systemActor, creditOffice: true };

export interface RepairEndsResult {
  events: number;
  /** entries removed (in effect) or withdrawn (proposed, notified) because a record they rested on was repaired */
  ended: number;
}

/**
 * SPEC §8: list entries that rested on a repaired record end. Reads the
 * records outbox after its cursor; for each `record.repaired` event, the
 * office entries of the subject that name the record as evidence end: an
 * entry in effect is removed (移出) from that day, a proposal is withdrawn.
 * Upstream lists need nothing: their entries are records, and a repaired
 * record's publicity end has moved. Each step is its own transaction with an
 * Idempotency-Key made of event and entry, so a batch repeated after a crash
 * does nothing twice; the cursor moves after the batch.
 */
export function createRepairEnds(deps: { db: Kysely<DB>; clock: Clock; cursors: ConsumerCursors; procedure: ReturnType<typeof createProcedure> }) {
  const { db, clock, cursors, procedure } = deps;

  async function endEntriesOf(event: { id: string; payload: string }): Promise<number> {
    const payload = JSON.parse(event.payload) as { recordId?: unknown; subjectId?: unknown };
    if (typeof payload.recordId !== 'string' || typeof payload.subjectId !== 'string') return 0;
    const entries = await db.selectFrom('listEntries').select(['id', 'status'])
      .where('subjectId', '=', payload.subjectId)
      .where('status', 'in', ['proposed', 'notified', 'in_effect'])
      .where('evidenceRecordIds', 'like', `%${JSON.stringify(payload.recordId)}%`)
      .execute();
    let ended = 0;
    for (const entry of entries) {
      const body = { reason: `所依据的信用记录已完成信用修复（记录 ${payload.recordId}） / a record the entry rested on was repaired` };
      const opts = { requestKey: `repair:${event.id}:${entry.id}` };
      try {
        await (entry.status === 'in_effect' ? procedure.remove(PLATFORM, entry.id, body, opts) : procedure.withdraw(PLATFORM, entry.id, body, opts));
        ended += 1;
      } catch (err) {
        // Ended meanwhile, or already past its last day: nothing left to end.
        if (!(err instanceof DomainError) || err.status !== 409) throw err;
      }
    }
    return ended;
  }

  return async function endRepairedEntries(): Promise<RepairEndsResult> {
    const out: RepairEndsResult = { events: 0, ended: 0 };
    for (;;) {
      const position = Number((await cursors.peek(db, REPAIR_CONSUMER)) ?? '0');
      const rows = (await db.selectFrom('outbox').select(['id', 'seq', 'topic', 'payload', 'createdAt']).where('seq', '>', position).orderBy('seq').limit(BATCH).execute())
        .map((r) => ({ ...r, seq: Number(r.seq) }));
      const cutoff = new Date(clock.now().getTime() - GAP_GRACE_MS).toISOString();
      let next = position;
      const ready = [];
      for (const r of rows) {
        if (r.seq !== next + 1 && r.createdAt > cutoff) break;
        next = r.seq;
        ready.push(r);
      }
      if (ready.length === 0) return out;
      for (const r of ready) if (r.topic === RECORD_TOPICS.repaired) out.ended += await endEntriesOf(r);
      out.events += ready.length;
      const now = isoNow(clock);
      await db.transaction().execute(async (trx) => {
        await cursors.claim(trx, REPAIR_CONSUMER, '0', now);
        await cursors.advance(trx, REPAIR_CONSUMER, String(next), now);
      });
      if (rows.length < BATCH || next !== rows.at(-1)!.seq) return out;
    }
  };
}
