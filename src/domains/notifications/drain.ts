import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { isoNow, type Clock } from '../../kernel/clock.js';
import type { Deliverer } from './deliverer.js';
import { notificationRepo as repo, type OutboxRow } from './repo.js';
import type { Channel } from './schema.js';

/**
 * Waits after a failed attempt: attempt 1 is made on the first drain after the
 * message is queued; attempts 2-6 follow 1 min, 5 min, 30 min, 2 h and 12 h
 * after the previous failure; when the 6th fails the row is `failed`.
 */
export const OUTBOX_RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 12 * 3600_000] as const;
export const OUTBOX_MAX_ATTEMPTS = OUTBOX_RETRY_DELAYS_MS.length + 1;
/** A claimed row is one drain's for this long. */
const LEASE_MS = 2 * 60_000;
const DUE_PER_DRAIN = 100;

export interface DrainResult {
  attempted: number;
  sent: number;
  retrying: number;
  failed: number;
}

/** What happens to an outbox row after its `attempt`-th attempt (pure; table-tested). */
export function afterOutboxAttempt(attempt: number, ok: boolean, at: Date): { status: 'sent' | 'pending' | 'failed'; nextAttemptAt: string | null } {
  if (ok) return { status: 'sent', nextAttemptAt: null };
  if (attempt >= OUTBOX_MAX_ATTEMPTS) return { status: 'failed', nextAttemptAt: null };
  return { status: 'pending', nextAttemptAt: new Date(at.getTime() + OUTBOX_RETRY_DELAYS_MS[attempt - 1]!).toISOString() };
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 500);

/** Attempts every due outbox row once through the deliverer, one at a time, and records each outcome. */
export function createOutboxDrain(deps: { db: Kysely<DB>; clock: Clock; deliverer: Deliverer }) {
  const { db, clock, deliverer } = deps;

  async function attempt(row: OutboxRow, result: DrainResult): Promise<void> {
    const at = clock.now();
    if (!(await repo.claim(db, row, at.toISOString(), new Date(at.getTime() + LEASE_MS).toISOString()))) return;
    let error: string | null = null;
    try {
      await deliverer.deliver({
        id: row.id, channel: row.channel as Channel, to: row.userId !== null ? { userId: row.userId } : { address: row.address ?? '' },
        topic: row.topic, title: row.title, body: row.body, link: row.link,
      });
    } catch (err) {
      error = errorText(err);
    }
    const number = Number(row.attempts) + 1;
    const next = afterOutboxAttempt(number, error === null, at);
    await repo.recordAttempt(db, row.id, {
      status: next.status, attempts: number, nextAttemptAt: next.nextAttemptAt, lastAttemptAt: at.toISOString(),
      lastError: error, sentAt: next.status === 'sent' ? isoNow(clock) : null,
    });
    result.attempted += 1;
    result[next.status === 'sent' ? 'sent' : next.status === 'failed' ? 'failed' : 'retrying'] += 1;
  }

  return async function drain(): Promise<DrainResult> {
    const result: DrainResult = { attempted: 0, sent: 0, retrying: 0, failed: 0 };
    for (const row of await repo.due(db, isoNow(clock), DUE_PER_DRAIN)) await attempt(row, result);
    return result;
  };
}
