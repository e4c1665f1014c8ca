import type { Kysely } from 'kysely';
import type { ConsumerCursors } from '../../db/consumer-cursors.js';
import type { DB } from '../../db/schema.js';
import { chinaDate, isoNow, type Clock } from '../../kernel/clock.js';
import { RECORD_TOPICS } from '../records/index.js';
import { feedRepo, type OutboxRow, type VersionFactRow } from './feed-repo.js';
import { followRepo } from './follow-repo.js';
import { noticeKindFor, RECORD_REPAIRED_TOPIC, recordEventPayloadSchema } from './notice-rules.js';
import type { NoticeItem, Notifier } from './notifier.js';

/** This consumer's cursor in consumer_cursors: the last outbox seq it handled. */
export const FEED_CONSUMER = 'monitoring.notices';
const BATCH = 500;
const TOPICS = new Set<string>([...Object.values(RECORD_TOPICS), RECORD_REPAIRED_TOPIC]);

export interface FeedBatchResult {
  events: number;
  notices: number;
  deliveries: number;
  /** ids of events of a record topic whose payload could not be read: skipped, and reported */
  malformed: string[];
  /** false when more events are ready to read */
  drained: boolean;
}

/**
 * Reads the outbox after this consumer's cursor and turns record events into
 * notices. PostgreSQL hands out `seq` (bigserial) when a row is inserted, not
 * when its transaction commits: a transaction that commits later may hold a
 * smaller seq than rows already visible. Moving the cursor past such a gap
 * would skip that row forever. So only rows older than `lagMs` are read, and
 * reading stops at the first younger row: by then every transaction that
 * could still fill a gap below has committed or failed, provided none writing
 * the outbox runs longer than the lag (a chunk of 1,000 records takes well
 * under a second). On SQLite (one writer) seq order is commit order anyway.
 */
export function createChangeFeed(deps: { db: Kysely<DB>; clock: Clock; cursors: ConsumerCursors; notifier: Notifier; lagMs: number }) {
  const { db, clock, cursors, notifier, lagMs } = deps;

  async function itemsOf(events: OutboxRow[], today: string, malformed: string[]): Promise<NoticeItem[]> {
    const parsed = events.filter((e) => TOPICS.has(e.topic)).flatMap((e) => {
      const payload = recordEventPayloadSchema.safeParse(safeJson(e.payload));
      if (!payload.success) {
        malformed.push(e.id);
        return [];
      }
      return [{ event: e, payload: payload.data }];
    });
    const versions = indexVersions(await feedRepo.versionsOf(db, [...new Set(parsed.map((p) => p.payload.recordId))]));
    const items: NoticeItem[] = [];
    for (const { event, payload } of parsed) {
      const version = versions.get(`${payload.recordId}#${payload.version}`);
      if (!version) {
        malformed.push(event.id);
        continue;
      }
      const previousChange = versions.get(`${payload.recordId}#${payload.version - 1}`)?.change ?? null;
      const eventDay = chinaDate({ now: () => new Date(event.createdAt) });
      const kind = noticeKindFor(event.topic, payload, { disclosure: version.disclosure, previousChange }, { today, eventDay });
      if (!kind) continue;
      items.push({
        kind, subjectId: payload.subjectId, recordId: payload.recordId, recordVersion: payload.version,
        typeCode: payload.typeCode, typeVersion: version.typeVersion, category: payload.category,
        decisionDate: payload.decisionDate, publicityEnd: payload.publicityEnd, evidenceDigest: version.contentHash, eventId: event.id,
      });
    }
    return items;
  }

  return {
    /** One batch: read and prepare outside the transaction, then write notices, deliveries and the cursor in one. */
    async next(): Promise<FeedBatchResult> {
      const now = isoNow(clock);
      const cutoff = new Date(clock.now().getTime() - lagMs).toISOString();
      const position = (await cursors.peek(db, FEED_CONSUMER)) ?? '0';
      const rows = await feedRepo.outboxAfter(db, Number(position), BATCH);
      const young = rows.findIndex((r) => r.createdAt > cutoff);
      const ready = young < 0 ? rows : rows.slice(0, young);
      const drained = young >= 0 || rows.length < BATCH;
      if (ready.length === 0) return { events: 0, notices: 0, deliveries: 0, malformed: [], drained: true };
      const malformed: string[] = [];
      const items = await itemsOf(ready, chinaDate(clock), malformed);
      const recipients = await followRepo.recipientsOf(db, [...new Set(items.map((i) => i.subjectId))]);
      const notices = await notifier.prepare(items, recipients, now);
      const written = await db.transaction().execute(async (trx) => {
        // Another process moved the cursor meanwhile: leave this batch to it (the next call starts from its position).
        if ((await cursors.claim(trx, FEED_CONSUMER, '0', now)) !== position) return null;
        const counts = await notifier.write(trx, notices, now);
        await cursors.advance(trx, FEED_CONSUMER, String(ready.at(-1)!.seq), now);
        return counts;
      });
      if (!written) return { events: 0, notices: 0, deliveries: 0, malformed: [], drained: false };
      return { events: ready.length, ...written, malformed, drained };
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function indexVersions(rows: VersionFactRow[]): Map<string, VersionFactRow> {
  return new Map(rows.map((r) => [`${r.recordId}#${r.version}`, r]));
}
