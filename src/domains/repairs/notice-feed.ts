import type { Kysely } from 'kysely';
import type { ConsumerCursors } from '../../db/consumer-cursors.js';
import type { DB } from '../../db/schema.js';
import { isoNow, type Clock } from '../../kernel/clock.js';
import { RECORD_TOPICS } from '../records/index.js';
import type { Notify } from './ports.js';

/** This consumer's cursor in consumer_cursors: the last outbox seq it handled. */
export const NOTICE_CONSUMER = 'repairs.notices';
const BATCH = 500;
/** PostgreSQL hands out seq at insert, not commit: stop below a gap younger than this (ratings/drain.ts explains). */
const GAP_GRACE_MS = 60_000;

/**
 * 两书同达 (SPEC §8): when a negative record (a penalty, an upstream listing)
 * is stored, its subject is told that a repair notice is ready and where. Reads
 * the records outbox after its cursor; the notifications and the new position
 * commit together, so a crash repeats a batch, never skips one.
 */
export function createNoticeFeed(deps: { db: Kysely<DB>; clock: Clock; cursors: ConsumerCursors; notify: Notify }) {
  const { db, clock, cursors, notify } = deps;

  return async function sendRepairNotices(): Promise<{ events: number; notified: number }> {
    const out = { events: 0, notified: 0 };
    for (;;) {
      const position = Number((await cursors.peek(db, NOTICE_CONSUMER)) ?? '0');
      const rows = (await db.selectFrom('outbox').select(['seq', 'topic', 'aggregateId', 'payload', 'createdAt']).where('seq', '>', position).orderBy('seq').limit(BATCH).execute())
        .map((r) => ({ ...r, seq: Number(r.seq) }));
      const cutoff = new Date(clock.now().getTime() - GAP_GRACE_MS).toISOString();
      let next = position;
      const ready: typeof rows = [];
      for (const r of rows) {
        if (r.seq !== next + 1 && r.createdAt > cutoff) break;
        next = r.seq;
        ready.push(r);
      }
      if (ready.length === 0) return out;
      const now = isoNow(clock);
      const moved = await db.transaction().execute(async (trx) => {
        if ((await cursors.claim(trx, NOTICE_CONSUMER, '0', now)) !== String(position)) return false;
        for (const r of ready) {
          if (r.topic !== RECORD_TOPICS.created) continue;
          const p = JSON.parse(r.payload) as { recordId: string; subjectId: string; polarity: string; status: string; decisionDate: string };
          if (p.polarity !== 'negative' || p.status !== 'active') continue;
          await notify(trx, {
            recipient: { kind: 'subject', subjectId: p.subjectId }, topic: 'repair.notice',
            title: '信用修复告知书',
            body: `您有一条新的失信记录（决定日期 ${p.decisionDate}）。信用修复告知书已随决定送达，载明可申请信用修复的时间、方式和所需材料。`,
            link: `/me/repairs/notices/record/${p.recordId}`,
          });
          out.notified += 1;
        }
        await cursors.advance(trx, NOTICE_CONSUMER, String(next), now);
        return true;
      });
      if (!moved) return out;
      out.events += ready.length;
      if (rows.length < BATCH || next !== rows.at(-1)!.seq) return out;
    }
  };
}
