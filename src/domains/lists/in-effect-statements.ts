import type { Kysely } from 'kysely';
import { prepareQuery, type PreparedQuery } from '../../db/prepared.js';
import type { DB } from '../../db/schema.js';
import type { ListEntryRecord } from '../records/index.js';
import { inEffectQuery, type EntryRow } from './entries-repo.js';

/**
 * The two statements of a one-subject in-effect read (every credit check runs
 * them), built with Kysely once and run with new values (src/db/prepared.ts).
 *
 * Office entries: entries-repo's in-effect filter for one subject.
 * Upstream entries: the subject's records of the feeding types that stand on
 * the day, by the rule of records' `listEntryRecords` (active, decided on or
 * before the day, an end (valid-until or publicity end) and neither end before
 * it; public records only for public views). Which feed takes a record
 * (severity tiers, a field's value) is decided on the row by in-effect.ts, as
 * for the batch form, so the SQL only narrows by record type: its text depends
 * on the set of feeding types alone. `in-effect-statements.test.ts` holds the
 * result to the batch form's (records' own query) on the same data.
 */
export function createInEffectStatements(db: Kysely<DB>) {
  const office = prepareQuery(db, (d, subjectId: string, at: string) => inEffectQuery(d, at)
    .where('e.subjectId', '=', subjectId).orderBy('e.effectiveFrom', 'desc'), 2);

  const upstream = (typeCodes: readonly string[], publicOnly: boolean) => prepareQuery(db, (d, subjectId: string, at: string) => d
    .selectFrom('records as r')
    .innerJoin('departments as d', 'd.id', 'r.sourceDepartmentId')
    .select(['r.id', 'r.subjectId', 'r.typeCode', 'r.docNo', 'r.decisionDate', 'r.validUntil', 'r.publicityEnd', 'r.severity', 'r.content',
      'd.code as departmentCode', 'd.name as departmentName'])
    .where('r.subjectId', '=', subjectId)
    .where('r.typeCode', 'in', [...typeCodes])
    .where('r.status', '=', 'active')
    .$if(publicOnly, (qb) => qb.where('r.disclosure', '=', 'public'))
    .where('r.decisionDate', '<=', at)
    .where((eb) => eb.or([eb('r.validUntil', 'is not', null), eb('r.publicityEnd', 'is not', null)]))
    .where((eb) => eb.or([eb('r.validUntil', 'is', null), eb('r.validUntil', '>=', at)]))
    .where((eb) => eb.or([eb('r.publicityEnd', 'is', null), eb('r.publicityEnd', '>=', at)]))
    .orderBy('r.decisionDate', 'desc').orderBy('r.seq', 'desc'), 2);

  /** One compiled upstream statement per set of feeding types and audience; list types change rarely. */
  const compiled = new Map<string, PreparedQuery<[string, string], ListEntryRecord>>();
  function upstreamFor(typeCodes: readonly string[], publicOnly: boolean): PreparedQuery<[string, string], ListEntryRecord> {
    const key = `${publicOnly ? 'public' : 'all'}:${typeCodes.join(',')}`;
    let q = compiled.get(key);
    if (!q) {
      if (compiled.size >= 16) compiled.clear();
      q = upstream(typeCodes, publicOnly);
      compiled.set(key, q);
    }
    return q;
  }

  return {
    office: (executor: Kysely<DB>, subjectId: string, at: string): Promise<EntryRow[]> => office.execute(executor, subjectId, at),
    /** Records of these types (sorted, unique, at least one) standing on `at`. */
    upstream: (executor: Kysely<DB>, typeCodes: readonly string[], subjectId: string, at: string, publicOnly: boolean): Promise<ListEntryRecord[]> =>
      upstreamFor(typeCodes, publicOnly).execute(executor, subjectId, at),
  };
}

export type InEffectStatements = ReturnType<typeof createInEffectStatements>;
