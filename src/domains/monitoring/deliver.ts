import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { isoNow, type Clock } from '../../kernel/clock.js';
import type { PersonalDataCipher } from '../../kernel/crypto.js';
import { newId } from '../../kernel/ids.js';
import type { DeliveryStatus } from './schema.js';
import type { DueDelivery, WebhookRepo } from './webhook-repo.js';
import { signWebhookBody } from './webhook-signature.js';
import type { WebhookTransport } from './webhook-transport.js';

/**
 * Waits after a failed attempt: attempt 1 is made when the notice is queued,
 * attempts 2-6 follow 1 min, 5 min, 30 min, 2 h and 12 h after the previous
 * failure; when the 6th fails the delivery is `failed`.
 */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 12 * 3600_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** A claimed delivery is someone's for this long: well over the 10 s timeout. */
const LEASE_MS = 2 * 60_000;
const DUE_PER_CALL = 100;
const PARALLEL = 8;

export interface DeliverResult {
  attempted: number;
  delivered: number;
  retrying: number;
  failed: number;
}

/** What happens to a delivery after an attempt with this outcome. */
export function afterAttempt(attempt: number, ok: boolean, at: Date): { status: DeliveryStatus; nextAttemptAt: string | null } {
  if (ok) return { status: 'delivered', nextAttemptAt: null };
  if (attempt >= MAX_ATTEMPTS) return { status: 'failed', nextAttemptAt: null };
  return { status: 'pending', nextAttemptAt: new Date(at.getTime() + RETRY_DELAYS_MS[attempt - 1]!).toISOString() };
}

/** Attempts every due delivery once: POST the stored body, signed at the moment of sending, and log the attempt. */
export function createDeliverer(deps: {
  db: Kysely<DB>;
  clock: Clock;
  repo: WebhookRepo;
  secretBox: Pick<PersonalDataCipher, 'decrypt'>;
  transport: WebhookTransport;
}) {
  const { db, clock, repo, secretBox, transport } = deps;

  async function attempt(d: DueDelivery, result: DeliverResult): Promise<void> {
    if (!(await repo.claim(db, d, new Date(clock.now().getTime() + LEASE_MS).toISOString()))) return;
    const at = clock.now();
    const timestamp = Math.floor(at.getTime() / 1000);
    const headers = {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'xinyong-webhooks/1',
      'x-xinyong-event': d.event,
      'x-xinyong-delivery': d.id,
      'x-xinyong-signature': signWebhookBody(secretBox.decrypt(d.secretEnc), d.body, timestamp),
    };
    const response = await transport.post(d.url, headers, d.body);
    const ok = 'statusCode' in response && response.statusCode >= 200 && response.statusCode < 300;
    const number = Number(d.attempts) + 1;
    const next = afterAttempt(number, ok, at);
    await db.transaction().execute((trx) => repo.recordAttempt(trx, {
      id: newId(), deliveryId: d.id, attempt: number, at: at.toISOString(), durationMs: response.durationMs,
      statusCode: 'statusCode' in response ? response.statusCode : null, error: 'error' in response ? response.error : null,
    }, { ...next, deliveredAt: ok ? isoNow(clock) : null }));
    result.attempted += 1;
    if (next.status === 'delivered') result.delivered += 1;
    else if (next.status === 'failed') result.failed += 1;
    else result.retrying += 1;
  }

  return {
    async deliverDue(): Promise<DeliverResult> {
      const result: DeliverResult = { attempted: 0, delivered: 0, retrying: 0, failed: 0 };
      const due = await repo.due(db, isoNow(clock), DUE_PER_CALL);
      for (let start = 0; start < due.length; start += PARALLEL) {
        await Promise.all(due.slice(start, start + PARALLEL).map((d) => attempt(d, result)));
      }
      return result;
    },
  };
}
