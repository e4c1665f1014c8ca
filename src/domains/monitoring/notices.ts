import type { Actor } from '../../kernel/actor.js';
import { authorize } from '../../kernel/authorize.js';
import { isoNow } from '../../kernel/clock.js';
import type { MonitoringDeps } from './deps.js';
import { noticeNotFound } from './errors.js';
import type { NoticeRepo } from './notice-repo.js';
import { canFollow, followerOf } from './policy.js';
import { presentNotice } from './present.js';
import type { NoticeView } from './schema.js';

/**
 * A follower's in-app notices. Marking one read is the follower's own
 * bookkeeping and is not audited (the notice itself names only public facts).
 */
export function createNotices(deps: Pick<MonitoringDeps, 'database' | 'clock'> & { repo: NoticeRepo }) {
  const { database, clock, repo } = deps;
  const db = database.db;

  return {
    async list(actor: Actor, q: { unread?: boolean; page: number; pageSize: number }): Promise<{ items: NoticeView[]; unreadCount: number; hasMore: boolean }> {
      authorize(actor, canFollow(actor), '查看通知');
      const me = followerOf(actor);
      const rows = await repo.list(db, me, { unreadOnly: q.unread === true, limit: q.pageSize + 1, offset: (q.page - 1) * q.pageSize });
      return { items: rows.slice(0, q.pageSize).map(presentNotice), unreadCount: await repo.unreadCount(db, me), hasMore: rows.length > q.pageSize };
    },

    /** Idempotent: the first read time stays. Another follower's notice does not exist for the caller. */
    async markRead(actor: Actor, id: string): Promise<NoticeView> {
      authorize(actor, canFollow(actor), '标记通知');
      const me = followerOf(actor);
      if (!(await repo.find(db, me, id))) throw noticeNotFound();
      await repo.markRead(db, id, isoNow(clock));
      return presentNotice((await repo.find(db, me, id))!);
    },
  };
}
