import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../kernel/actor.js';
import type { AuditInput, AuditTrail } from '../../kernel/audit.js';
import type { CheckMeasureValues, ChecksRepo, ReceiptValues } from './repo.js';

/** One check to store: its receipt row, the measures it returned, and an audit entry where the check read personal data. */
export interface PendingReceipt {
  receipt: ReceiptValues;
  measures: CheckMeasureValues[];
  audit?: { actor: Actor; entry: AuditInput };
}

/**
 * Group commit for receipts: checks arriving while a transaction is being
 * written wait for the next one, so concurrent checks share one commit
 * instead of paying one each. A promise resolves only after the transaction
 * holding its receipt has committed: a receipt that is returned is stored,
 * and one that could not be stored fails its request (nothing is returned).
 */
export function createReceiptWriter(deps: { db: Kysely<DB>; repo: ChecksRepo; audit: AuditTrail; maxBatch?: number }) {
  const { db, repo, audit } = deps;
  const maxBatch = deps.maxBatch ?? 1000;
  /** One caller's items stay together: a batch check is stored whole or not at all. */
  let queue: Array<{ items: PendingReceipt[]; done: (err?: unknown) => void }> = [];
  let writing = false;

  function take(): typeof queue {
    let size = 0;
    let n = 0;
    while (n < queue.length && (n === 0 || size + queue[n]!.items.length <= maxBatch)) size += queue[n++]!.items.length;
    const groups = queue.slice(0, n);
    queue = queue.slice(n);
    return groups;
  }

  async function flush(): Promise<void> {
    while (queue.length > 0) {
      const groups = take();
      const items = groups.flatMap((g) => g.items);
      try {
        await db.transaction().execute(async (trx) => {
          await repo.insertReceipts(trx, items.map((i) => i.receipt), items.flatMap((i) => i.measures));
          for (const item of items) if (item.audit) await audit.append(trx, item.audit.actor, item.audit.entry);
        });
        for (const g of groups) g.done();
      } catch (err) {
        for (const g of groups) g.done(err);
      }
    }
    writing = false;
  }

  return {
    /** Resolves once the items are committed (in one transaction, possibly shared with other callers' items). */
    write(items: PendingReceipt[]): Promise<void> {
      if (items.length === 0) return Promise.resolve();
      const stored = new Promise<void>((resolve, reject) => {
        queue.push({ items, done: (err) => (err === undefined ? resolve() : reject(err)) });
      });
      // Wait a turn so that checks already past their reads join this commit.
      if (!writing) {
        writing = true;
        setImmediate(() => void flush());
      }
      return stored;
    },
  };
}

export type ReceiptWriter = ReturnType<typeof createReceiptWriter>;
