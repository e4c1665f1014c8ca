import type { Kysely, Selectable } from 'kysely';
import type { ActivationCodesTable, ArchiveGrantsTable, DB } from '../../db/schema.js';
import type { GrantTerms } from './audience.js';

/**
 * The archive's queries: activation codes and grants (its own tables), and the
 * few reads of other domains' tables it needs without an actor in between:
 * a subject's identifiers for activation (the keyed hash of a person's ID
 * number, never the number), grantees by username or key prefix, and the
 * audit entries about a subject for its inquiry record.
 */
export type ActivationCodeRow = Selectable<ActivationCodesTable>;
export type GrantRow = Selectable<ArchiveGrantsTable>;

export const toGrantTerms = (r: GrantRow): GrantTerms => ({
  id: r.id, subjectId: r.subjectId, granteeType: r.granteeType, granteeId: r.granteeId, purpose: r.purpose,
  validFrom: r.validFrom, validTo: r.validTo, revokedAt: r.revokedAt,
});

export function createArchiveRepo() {
  return {
    async insertActivationCode(trx: Kysely<DB>, row: ActivationCodeRow): Promise<void> {
      await trx.insertInto('activationCodes').values(row).execute();
    },

    async findActivationCode(db: Kysely<DB>, codeHash: string): Promise<ActivationCodeRow | undefined> {
      return db.selectFrom('activationCodes').selectAll().where('codeHash', '=', codeHash).executeTakeFirst();
    },

    /** Uses the code once: only an unused code of this subject that has not expired; false when another request won. */
    async claimActivationCode(trx: Kysely<DB>, id: string, subjectId: string, now: string, userId: string): Promise<boolean> {
      const result = await trx
        .updateTable('activationCodes')
        .set({ usedAt: now, usedBy: userId })
        .where('id', '=', id)
        .where('subjectId', '=', subjectId)
        .where('usedAt', 'is', null)
        .where('expiresAt', '>', now)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async subjectIdentity(db: Kysely<DB>, subjectId: string) {
      return db.selectFrom('subjects').select(['id', 'type', 'code', 'idNumberHash']).where('id', '=', subjectId).executeTakeFirst();
    },

    async findUserByUsername(db: Kysely<DB>, username: string) {
      return db.selectFrom('users').select(['id', 'role', 'subjectId', 'status']).where('username', '=', username).executeTakeFirst();
    },

    /** A consumer key by id or by its public 8-character prefix (prefixes are random, but not unique: more than one match finds none). */
    async findApiKey(db: Kysely<DB>, idOrPrefix: string) {
      const rows = await db
        .selectFrom('apiKeys')
        .select(['id', 'purpose', 'revokedAt'])
        .where((eb) => eb.or([eb('id', '=', idOrPrefix), eb('prefix', '=', idOrPrefix)]))
        .limit(2)
        .execute();
      return rows.length === 1 ? rows[0] : undefined;
    },

    async insertGrant(trx: Kysely<DB>, row: GrantRow): Promise<void> {
      await trx.insertInto('archiveGrants').values(row).execute();
    },

    async findGrant(db: Kysely<DB>, id: string): Promise<GrantRow | undefined> {
      return db.selectFrom('archiveGrants').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async revokeGrant(trx: Kysely<DB>, id: string, at: string, by: string): Promise<boolean> {
      const result = await trx.updateTable('archiveGrants').set({ revokedAt: at, revokedBy: by }).where('id', '=', id).where('revokedAt', 'is', null).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** The grant in force on `today` that a party holds for a subject (the one running longest, if several). */
    async grantInForce(db: Kysely<DB>, subjectId: string, granteeType: 'user' | 'api_key', granteeId: string, today: string): Promise<GrantRow | undefined> {
      return db
        .selectFrom('archiveGrants')
        .selectAll()
        .where('granteeType', '=', granteeType)
        .where('granteeId', '=', granteeId)
        .where('subjectId', '=', subjectId)
        .where('revokedAt', 'is', null)
        .where('validFrom', '<=', today)
        .where('validTo', '>=', today)
        .orderBy('validTo', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
    },

    /** A subject's grants (or one grant, by id), newest first, with who holds them. */
    async grantsOfSubject(db: Kysely<DB>, subjectId: string | null, id: string | null, limit: number, offset: number) {
      let query = db
        .selectFrom('archiveGrants as g')
        .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'g.granteeId').on('g.granteeType', '=', 'user'))
        .leftJoin('apiKeys as k', (j) => j.onRef('k.id', '=', 'g.granteeId').on('g.granteeType', '=', 'api_key'))
        .leftJoin('departments as d', (j) => j.on((eb) => eb('d.id', '=', eb.fn.coalesce('u.departmentId', 'k.departmentId'))))
        .selectAll('g')
        .select(['u.displayName as userName', 'u.username as username', 'k.name as keyName', 'k.prefix as keyPrefix', 'd.name as departmentName']);
      if (subjectId !== null) query = query.where('g.subjectId', '=', subjectId);
      if (id !== null) query = query.where('g.id', '=', id);
      return query
        .orderBy('g.createdAt', 'desc')
        .orderBy('g.id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
    },

    /** The grants a party holds, newest first, with the subject each is about. */
    async grantsHeldBy(db: Kysely<DB>, granteeType: 'user' | 'api_key', granteeId: string, limit: number, offset: number) {
      return db
        .selectFrom('archiveGrants as g')
        .innerJoin('subjects as s', 's.id', 'g.subjectId')
        .selectAll('g')
        .select(['s.name as subjectName', 's.code as subjectCode', 's.type as subjectType'])
        .where('g.granteeType', '=', granteeType)
        .where('g.granteeId', '=', granteeId)
        .orderBy('g.createdAt', 'desc')
        .orderBy('g.id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
    },

    /** Audit entries about a subject with one of the read actions, newest first, with the reader's name and department. */
    async readsOfSubject(db: Kysely<DB>, subjectId: string, actions: readonly string[], limit: number, offset: number) {
      return db
        .selectFrom('auditLog as a')
        .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'a.actorId').on('a.actorType', '=', 'user'))
        .leftJoin('apiKeys as k', (j) => j.onRef('k.id', '=', 'a.actorId').on('a.actorType', '=', 'api_key'))
        .leftJoin('departments as d', 'd.id', 'a.departmentId')
        .select([
          'a.seq', 'a.at', 'a.actorType', 'a.action', 'a.purpose', 'a.details',
          'u.displayName as userName', 'u.subjectId as userSubjectId', 'k.name as keyName', 'd.name as departmentName',
        ])
        .where('a.subjectId', '=', subjectId)
        .where('a.action', 'in', actions)
        .orderBy('a.seq', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
    },
  };
}

export type ArchiveRepo = ReturnType<typeof createArchiveRepo>;
export type SubjectGrantRow = Awaited<ReturnType<ArchiveRepo['grantsOfSubject']>>[number];
export type HeldGrantRow = Awaited<ReturnType<ArchiveRepo['grantsHeldBy']>>[number];
export type ReadRow = Awaited<ReturnType<ArchiveRepo['readsOfSubject']>>[number];
