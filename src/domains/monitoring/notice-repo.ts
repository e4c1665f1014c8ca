import type { Kysely, Selectable } from 'kysely';
import type { Dialect } from '../../db/connect.js';
import { insertMany } from '../../db/bulk.js';
import type { DB, NoticesTable } from '../../db/schema.js';
import { toCount } from '../../db/values.js';
import type { Follower } from './schema.js';

export type NoticeRow = Selectable<NoticesTable>;

const NOTICE_COLUMNS = [
  'id', 'recipient_type', 'recipient_id', 'kind', 'subject_id', 'subject_code', 'subject_name', 'record_id', 'record_version',
  'type_code', 'type_name', 'category', 'decision_date', 'publicity_end', 'evidence_digest', 'event_id', 'created_at', 'read_at',
] as const;

const toValues = (n: NoticeRow): unknown[] => [
  n.id, n.recipientType, n.recipientId, n.kind, n.subjectId, n.subjectCode, n.subjectName, n.recordId, n.recordVersion,
  n.typeCode, n.typeName, n.category, n.decisionDate, n.publicityEnd, n.evidenceDigest, n.eventId, n.createdAt, n.readAt,
];

/** notices: the only place notices meet SQL. */
export function createNoticeRepo(dialect: Dialect) {
  return {
    /**
     * Inserts the notices not stored yet (ON CONFLICT DO NOTHING on recipient,
     * record, version and kind) and answers the ids of those it inserted: only
     * they get webhook deliveries, so a repeated run queues nothing twice.
     */
    async insertNew(trx: Kysely<DB>, rows: NoticeRow[]): Promise<Set<string>> {
      const inserted = await insertMany<{ id: string }>(trx, dialect, 'notices', [...NOTICE_COLUMNS], rows.map(toValues), { ignoreConflicts: true, returning: ['id'] });
      return new Set(inserted.map((r) => r.id));
    },

    /** Newest first. */
    async list(db: Kysely<DB>, f: Follower, q: { unreadOnly: boolean; limit: number; offset: number }): Promise<NoticeRow[]> {
      let query = db.selectFrom('notices').selectAll().where('recipientType', '=', f.type).where('recipientId', '=', f.id);
      if (q.unreadOnly) query = query.where('readAt', 'is', null);
      return query.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute();
    },

    async unreadCount(db: Kysely<DB>, f: Follower): Promise<number> {
      const row = await db.selectFrom('notices').select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('recipientType', '=', f.type).where('recipientId', '=', f.id).where('readAt', 'is', null).executeTakeFirst();
      return toCount(row?.n);
    },

    async find(db: Kysely<DB>, f: Follower, id: string): Promise<NoticeRow | undefined> {
      return db.selectFrom('notices').selectAll().where('id', '=', id).where('recipientType', '=', f.type).where('recipientId', '=', f.id).executeTakeFirst();
    },

    /** Keeps the first read time when read again. */
    async markRead(db: Kysely<DB>, id: string, at: string): Promise<void> {
      await db.updateTable('notices').set({ readAt: at }).where('id', '=', id).where('readAt', 'is', null).execute();
    },
  };
}

export type NoticeRepo = ReturnType<typeof createNoticeRepo>;
