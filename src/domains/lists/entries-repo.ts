import type { Kysely, Selectable, Updateable } from 'kysely';
import type { DB, ListEntriesTable, ListEntryHistoryTable, ListObjectionsTable } from '../../db/schema.js';
import type { DisplayStatus } from './schema.js';

export type EntryRow = Selectable<ListEntriesTable>;
export type HistoryRow = Selectable<ListEntryHistoryTable>;
export type ObjectionRow = Selectable<ListObjectionsTable>;
export type NewHistoryRow = Omit<HistoryRow, 'seq'>;

/** What a list page and a decision need of a subject. */
export interface SubjectFacts {
  id: string;
  type: string;
  code: string | null;
  name: string;
  idNumberMasked: string | null;
}

/** Entries in effect on `at` (rules.ts inEffectOn, as SQL): decided, started, not past the last day, not removed on or before it. */
export function inEffectQuery(db: Kysely<DB>, at: string) {
  return db.selectFrom('listEntries as e')
    .selectAll('e')
    .where('e.status', 'in', ['in_effect', 'removed'])
    .where('e.effectiveFrom', '<=', at)
    .where((eb) => eb.or([eb('e.effectiveTo', 'is', null), eb('e.effectiveTo', '>=', at)]))
    .where((eb) => eb.or([eb('e.removedOn', 'is', null), eb('e.removedOn', '>', at)]));
}

/** list_entries, their history and objections: the only place office entries meet SQL. */
export const entriesRepo = {
  async insert(trx: Kysely<DB>, row: EntryRow): Promise<void> {
    await trx.insertInto('listEntries').values(row).execute();
  },

  async find(db: Kysely<DB>, id: string): Promise<EntryRow | undefined> {
    return db.selectFrom('listEntries').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** A change conditional on the version read: false when another write came first. */
  async update(trx: Kysely<DB>, id: string, expectedVersion: number, patch: Updateable<ListEntriesTable>): Promise<boolean> {
    const result = await trx.updateTable('listEntries').set({ ...patch, version: expectedVersion + 1 })
      .where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  /** An entry past its last day no longer blocks a new proposal: its open key is released (not a step; the entry stays as it is). */
  async releaseExpiredOpenKey(trx: Kysely<DB>, openKey: string, today: string): Promise<void> {
    await trx.updateTable('listEntries').set({ openKey: null })
      .where('openKey', '=', openKey).where('status', '=', 'in_effect').where('effectiveTo', '<', today).execute();
  },

  async insertHistory(trx: Kysely<DB>, row: NewHistoryRow): Promise<void> {
    await trx.insertInto('listEntryHistory').values(row).execute();
  },

  async historyOf(db: Kysely<DB>, entryId: string): Promise<HistoryRow[]> {
    return db.selectFrom('listEntryHistory').selectAll().where('entryId', '=', entryId).orderBy('seq').execute();
  },

  /** The step an actor already made under an Idempotency-Key, if any. */
  async stepByRequestKey(db: Kysely<DB>, actor: { type: string; id: string | null }, key: string): Promise<HistoryRow | undefined> {
    let query = db.selectFrom('listEntryHistory').selectAll().where('actorType', '=', actor.type).where('requestKey', '=', key);
    query = actor.id === null ? query.where('actorId', 'is', null) : query.where('actorId', '=', actor.id);
    return query.executeTakeFirst();
  },

  async insertObjection(trx: Kysely<DB>, row: ObjectionRow): Promise<void> {
    await trx.insertInto('listObjections').values(row).execute();
  },

  async objectionsOf(db: Kysely<DB>, entryId: string): Promise<ObjectionRow[]> {
    return db.selectFrom('listObjections').selectAll().where('entryId', '=', entryId).orderBy('filedAt').orderBy('id').execute();
  },

  /** Answers an objection not answered yet; false when it was. */
  async answerObjection(trx: Kysely<DB>, id: string, answer: { answer: string; answeredBy: string | null; answeredAt: string }): Promise<boolean> {
    const result = await trx.updateTable('listObjections').set(answer).where('id', '=', id).where('answer', 'is', null).executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  /** The console's and the API's list, most recently changed first; `expired` and `in_effect` split on `today`. */
  async list(db: Kysely<DB>, q: { status?: DisplayStatus; listType?: string; subjectId?: string; today: string; limit: number; offset: number }): Promise<EntryRow[]> {
    let query = db.selectFrom('listEntries').selectAll();
    if (q.status === 'expired') query = query.where('status', '=', 'in_effect').where('effectiveTo', '<', q.today);
    else if (q.status === 'in_effect') {
      query = query.where('status', '=', 'in_effect').where((eb) => eb.or([eb('effectiveTo', 'is', null), eb('effectiveTo', '>=', q.today)]));
    } else if (q.status !== undefined) query = query.where('status', '=', q.status);
    if (q.listType !== undefined) query = query.where('listType', '=', q.listType);
    if (q.subjectId !== undefined) query = query.where('subjectId', '=', q.subjectId);
    return query.orderBy('updatedAt', 'desc').orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute();
  },

  async inEffectFor(db: Kysely<DB>, subjectIds: readonly string[], at: string): Promise<EntryRow[]> {
    if (subjectIds.length === 0) return [];
    return inEffectQuery(db, at).where('e.subjectId', 'in', [...subjectIds]).orderBy('e.effectiveFrom', 'desc').execute();
  },

  /** How many entries of each list type are in effect on `at`. */
  async countInEffectByType(db: Kysely<DB>, at: string): Promise<Map<string, number>> {
    const rows = await inEffectQuery(db, at).clearSelect()
      .select((eb) => ['e.listType', eb.fn.countAll<number | string>().as('n')]).groupBy('e.listType').execute();
    return new Map(rows.map((r) => [r.listType, Number(r.n)]));
  },

  async inEffectOfType(db: Kysely<DB>, listType: string, at: string, limit: number, offset: number): Promise<EntryRow[]> {
    return inEffectQuery(db, at).where('e.listType', '=', listType)
      .orderBy('e.effectiveFrom', 'desc').orderBy('e.id', 'desc').limit(limit).offset(offset).execute();
  },

  /** The subjects entries are about (the subjects table is read here, never written). */
  async subjects(db: Kysely<DB>, ids: readonly string[]): Promise<Map<string, SubjectFacts>> {
    if (ids.length === 0) return new Map();
    const rows = await db.selectFrom('subjects').select(['id', 'type', 'code', 'name', 'idNumberMasked']).where('id', 'in', [...new Set(ids)]).execute();
    return new Map(rows.map((r) => [r.id, r]));
  },
};
