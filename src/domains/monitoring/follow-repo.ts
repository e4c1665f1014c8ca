import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { toCount } from '../../db/values.js';
import type { Follower } from './schema.js';

/** A follow with the subject it names (code, name and type as they are now). */
export interface FollowRow {
  subjectId: string;
  code: string | null;
  name: string;
  type: string;
  createdAt: string;
}

/** A follower of one of the subjects a batch of changes concerns, with what the policy needs (docs/monitoring.md). */
export interface RecipientRow {
  followerType: Follower['type'];
  followerId: string;
  subjectId: string;
  subjectCode: string | null;
  subjectName: string;
  subjectType: string;
  /** users.role; null for API keys */
  role: string | null;
  userSubjectId: string | null;
}

/** follows: the only place follows meet SQL. Subjects are read (never written) for their current code and name. */
export const followRepo = {
  async count(db: Kysely<DB>, f: Follower): Promise<number> {
    const row = await db.selectFrom('follows').select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('followerType', '=', f.type).where('followerId', '=', f.id).executeTakeFirst();
    return toCount(row?.n);
  },

  async exists(db: Kysely<DB>, f: Follower, subjectId: string): Promise<{ createdAt: string } | undefined> {
    return db.selectFrom('follows').select('createdAt')
      .where('followerType', '=', f.type).where('followerId', '=', f.id).where('subjectId', '=', subjectId).executeTakeFirst();
  },

  async insert(db: Kysely<DB>, row: { id: string; follower: Follower; subjectId: string; createdAt: string }): Promise<void> {
    await db.insertInto('follows')
      .values({ id: row.id, followerType: row.follower.type, followerId: row.follower.id, subjectId: row.subjectId, createdAt: row.createdAt })
      .execute();
  },

  async remove(db: Kysely<DB>, f: Follower, subjectId: string): Promise<boolean> {
    const result = await db.deleteFrom('follows')
      .where('followerType', '=', f.type).where('followerId', '=', f.id).where('subjectId', '=', subjectId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },

  /** Newest follow first. */
  async list(db: Kysely<DB>, f: Follower, page: { limit: number; offset: number }): Promise<FollowRow[]> {
    return db.selectFrom('follows as f').innerJoin('subjects as s', 's.id', 'f.subjectId')
      .select(['f.subjectId', 's.code', 's.name', 's.type', 'f.createdAt'])
      .where('f.followerType', '=', f.type).where('f.followerId', '=', f.id)
      .orderBy('f.createdAt', 'desc').orderBy('f.id', 'desc')
      .limit(page.limit).offset(page.offset)
      .execute();
  },

  /**
   * The live followers of these subjects: users whose account is active, API
   * keys not revoked (a disabled account or a revoked key is told nothing more).
   */
  async recipientsOf(db: Kysely<DB>, subjectIds: readonly string[]): Promise<RecipientRow[]> {
    if (subjectIds.length === 0) return [];
    const rows = await db.selectFrom('follows as f')
      .innerJoin('subjects as s', 's.id', 'f.subjectId')
      .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'f.followerId').on('f.followerType', '=', 'user'))
      .leftJoin('apiKeys as k', (j) => j.onRef('k.id', '=', 'f.followerId').on('f.followerType', '=', 'api_key'))
      .select([
        'f.followerType', 'f.followerId', 'f.subjectId', 's.code as subjectCode', 's.name as subjectName', 's.type as subjectType',
        'u.role', 'u.subjectId as userSubjectId',
      ])
      .where('f.subjectId', 'in', subjectIds)
      .where((eb) => eb.or([
        eb.and([eb('f.followerType', '=', 'user'), eb('u.status', '=', 'active')]),
        eb.and([eb('f.followerType', '=', 'api_key'), eb('k.id', 'is not', null), eb('k.revokedAt', 'is', null)]),
      ]))
      .orderBy('f.subjectId').orderBy('f.followerId')
      .execute();
    return rows as RecipientRow[];
  },
};
