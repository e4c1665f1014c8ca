import type { Kysely } from 'kysely';
import type { Dialect } from './connect.js';
import type { DB } from './schema.js';

/**
 * A consumer's position in a feed (table consumer_cursors), for every consumer
 * of the outbox: each keeps its own cursor, so no consumer depends on another
 * having run (outbox.processed_at can serve only one). Positions are text: an
 * outbox seq as decimal digits, a scan day as YYYY-MM-DD.
 *
 * Use inside the transaction that does the consumer's work, so the work and the
 * new position commit together: a crash repeats a batch, never skips one.
 */
export function createConsumerCursors(dialect: Dialect) {
  return {
    /**
     * The consumer's position, created with `initial` when it has none. On
     * PostgreSQL the row stays locked (FOR UPDATE) until the transaction ends,
     * so two processes running the same consumer take turns instead of doing
     * the same batch twice; SQLite has a single writer anyway.
     */
    async claim(trx: Kysely<DB>, consumer: string, initial: string, at: string): Promise<string> {
      await trx.insertInto('consumerCursors').values({ consumer, position: initial, updatedAt: at })
        .onConflict((oc) => oc.column('consumer').doNothing()).execute();
      let query = trx.selectFrom('consumerCursors').select('position').where('consumer', '=', consumer);
      if (dialect === 'postgres') query = query.forUpdate();
      return (await query.executeTakeFirstOrThrow()).position;
    },

    async advance(trx: Kysely<DB>, consumer: string, position: string, at: string): Promise<void> {
      await trx.updateTable('consumerCursors').set({ position, updatedAt: at }).where('consumer', '=', consumer).execute();
    },

    /** Read without claiming (status pages, tests). */
    async peek(db: Kysely<DB>, consumer: string): Promise<string | null> {
      return (await db.selectFrom('consumerCursors').select('position').where('consumer', '=', consumer).executeTakeFirst())?.position ?? null;
    },
  };
}

export type ConsumerCursors = ReturnType<typeof createConsumerCursors>;
