import type { Kysely } from 'kysely';
import type { ConsumerCursors } from '../../db/consumer-cursors.js';
import type { DB } from '../../db/schema.js';
import { addDays } from '../../kernel/calendar/index.js';
import { chinaDate, isoNow, type Clock } from '../../kernel/clock.js';
import { feedRepo } from './feed-repo.js';
import { followRepo } from './follow-repo.js';
import type { NoticeItem, Notifier } from './notifier.js';

/** This scan's cursor in consumer_cursors: the last publicity-end day scanned (YYYY-MM-DD). */
export const EXPIRY_CONSUMER = 'monitoring.expiry';
/** Days one call catches up at most (a server down for months catches up over several calls). */
const MAX_DAYS_PER_CALL = 62;

/**
 * Publicity ending is no event: a record whose (inclusive) end is day D leaves
 * public view on D + 1 without anything being written (SPEC §3.2). So the pump
 * scans by records.publicity_end (indexed), one day at a time, from the day
 * after the last one scanned up to yesterday, for subjects someone follows,
 * and tells their followers `expired`. The day and its notices commit
 * together; the unique notice key makes a repeated day harmless. A first run
 * starts at yesterday: followers are not told of expiries from before
 * monitoring existed.
 */
export function createExpiryScan(deps: { db: Kysely<DB>; clock: Clock; cursors: ConsumerCursors; notifier: Notifier }) {
  const { db, clock, cursors, notifier } = deps;

  async function scanDay(day: string, expected: string, initial: string): Promise<{ notices: number; deliveries: number } | null> {
    const now = isoNow(clock);
    const rows = await feedRepo.expiredOn(db, day);
    const items: NoticeItem[] = rows.map((r) => ({
      kind: 'expired', subjectId: r.subjectId, recordId: r.id, recordVersion: r.version, typeCode: r.typeCode, typeVersion: r.typeVersion,
      category: r.category, decisionDate: r.decisionDate, publicityEnd: r.publicityEnd, evidenceDigest: r.contentHash, eventId: null,
    }));
    const recipients = await followRepo.recipientsOf(db, [...new Set(items.map((i) => i.subjectId))]);
    const notices = await notifier.prepare(items, recipients, now);
    return db.transaction().execute(async (trx) => {
      if ((await cursors.claim(trx, EXPIRY_CONSUMER, initial, now)) !== expected) return null;
      const counts = await notifier.write(trx, notices, now);
      await cursors.advance(trx, EXPIRY_CONSUMER, day, now);
      return counts;
    });
  }

  return {
    async run(): Promise<{ days: number; notices: number; deliveries: number }> {
      const yesterday = addDays(chinaDate(clock), -1);
      const initial = addDays(yesterday, -1);
      let last = (await cursors.peek(db, EXPIRY_CONSUMER)) ?? initial;
      const total = { days: 0, notices: 0, deliveries: 0 };
      while (last < yesterday && total.days < MAX_DAYS_PER_CALL) {
        const day = addDays(last, 1);
        const counts = await scanDay(day, last, initial);
        if (!counts) break;
        total.days += 1;
        total.notices += counts.notices;
        total.deliveries += counts.deliveries;
        last = day;
      }
      return total;
    },
  };
}
