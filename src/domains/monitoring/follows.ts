import type { Actor } from '../../kernel/actor.js';
import { authorize } from '../../kernel/authorize.js';
import { isoNow } from '../../kernel/clock.js';
import { newId } from '../../kernel/ids.js';
import type { MonitoringDeps } from './deps.js';
import { followLimitReached, followNotFound, subjectNotFound } from './errors.js';
import { followRepo } from './follow-repo.js';
import { canFollow, followerOf, maySeeSubject } from './policy.js';
import { presentFollow } from './present.js';
import type { FollowView } from './schema.js';
import { isUniqueViolation } from '../../db/errors.js';

export const DEFAULT_MAX_FOLLOWS = 1000;

/** Following subjects by code: only what the follower may see (persons: government and the person itself). */
export function createFollows(deps: Pick<MonitoringDeps, 'database' | 'clock' | 'audit' | 'subjects' | 'maxFollows'>) {
  const { database, clock, audit, subjects } = deps;
  const db = database.db;
  const max = deps.maxFollows ?? DEFAULT_MAX_FOLLOWS;

  async function visibleSubject(actor: Actor, code: string) {
    const subject = await subjects.getByCode(code);
    if (!maySeeSubject({ role: actor.role, subjectId: actor.subjectId }, subject)) throw subjectNotFound(code);
    return subject;
  }

  return {
    /** Idempotent: following again answers the existing follow (`created: false`). */
    async follow(actor: Actor, code: string): Promise<{ follow: FollowView; created: boolean }> {
      authorize(actor, canFollow(actor), '关注主体');
      const follower = followerOf(actor);
      const subject = await visibleSubject(actor, code);
      const view = (createdAt: string): FollowView => presentFollow({ subjectId: subject.id, code: subject.code, name: subject.name, type: subject.type, createdAt });
      const existing = await followRepo.exists(db, follower, subject.id);
      if (existing) return { follow: view(existing.createdAt), created: false };
      const now = isoNow(clock);
      try {
        await db.transaction().execute(async (trx) => {
          // Two concurrent follows may both pass this count and end one over the cap: a soft limit against abuse, not an invariant.
          if ((await followRepo.count(trx, follower)) >= max) throw followLimitReached(max);
          await followRepo.insert(trx, { id: newId(), follower, subjectId: subject.id, createdAt: now });
          await audit.append(trx, actor, { action: 'follow.create', targetType: 'subject', targetId: subject.id, subjectId: subject.id });
        });
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        const raced = await followRepo.exists(db, follower, subject.id);
        return { follow: view(raced?.createdAt ?? now), created: false };
      }
      return { follow: view(now), created: true };
    },

    async list(actor: Actor, q: { page: number; pageSize: number }): Promise<{ items: FollowView[]; total: number; max: number; hasMore: boolean }> {
      authorize(actor, canFollow(actor), '查看关注');
      const follower = followerOf(actor);
      const rows = await followRepo.list(db, follower, { limit: q.pageSize + 1, offset: (q.page - 1) * q.pageSize });
      return { items: rows.slice(0, q.pageSize).map(presentFollow), total: await followRepo.count(db, follower), max, hasMore: rows.length > q.pageSize };
    },

    async unfollow(actor: Actor, code: string): Promise<void> {
      authorize(actor, canFollow(actor), '取消关注');
      const follower = followerOf(actor);
      const subject = await visibleSubject(actor, code);
      await db.transaction().execute(async (trx) => {
        if (!(await followRepo.remove(trx, follower, subject.id))) throw followNotFound(code);
        await audit.append(trx, actor, { action: 'follow.delete', targetType: 'subject', targetId: subject.id, subjectId: subject.id });
      });
    },
  };
}
