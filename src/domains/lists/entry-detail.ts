import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { chinaDate, type Clock } from '../../kernel/clock.js';
import { entriesRepo, type EntryRow, type ObjectionRow } from './entries-repo.js';
import { entryNotFound } from './errors.js';
import type { ListTypes } from './list-types.js';
import { canDecide, canObject, canPropose, canReadAll, canWithdraw, isOwnSubject, type ListActor } from './policy.js';
import { entryState, presentDetail, type ListEntryDetail } from './present.js';
import { possibleSteps } from './rules.js';
import type { EntryStep } from './schema.js';

/** The steps this actor may take on the entry now: what the state allows (rules.ts), filtered by who may (policy.ts). */
export function allowedActions(la: ListActor, row: EntryRow, objections: readonly ObjectionRow[], today: string): EntryStep[] {
  const answered = objections.map((o) => ({ answered: o.answer !== null }));
  const mayTake: Record<EntryStep, boolean> = {
    propose: false,
    notify: canPropose(la),
    object: canObject(la, row.subjectId),
    answer: canDecide(la) && answered.some((o) => !o.answered),
    decide: canDecide(la),
    remove: canDecide(la),
    revoke: canDecide(la),
    withdraw: canWithdraw(la),
  };
  const steps = possibleSteps(entryState(row), today, answered).filter((s) => mayTake[s]);
  return mayTake.answer ? [...steps, 'answer'] : steps;
}

/** An entry with its history and objections, as the asking actor may see it. */
export function createEntryDetail(deps: { db: Kysely<DB>; clock: Clock; types: ListTypes }) {
  return async function detail(la: ListActor, id: string): Promise<ListEntryDetail> {
    const { db, clock, types } = deps;
    const row = await entriesRepo.find(db, id);
    if (!row) throw entryNotFound(id);
    const [type, history, objections] = await Promise.all([types.get(row.listType), entriesRepo.historyOf(db, id), entriesRepo.objectionsOf(db, id)]);
    const today = chinaDate(clock);
    return presentDetail({
      row, type, history, objections, today,
      allowedActions: allowedActions(la, row, objections, today),
      forSubject: !canReadAll(la) && isOwnSubject(la.actor, row.subjectId),
    });
  };
}

export type EntryDetailReader = ReturnType<typeof createEntryDetail>;
