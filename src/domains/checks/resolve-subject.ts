import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { maskIdNumber, normalizeCode, normalizeName, parseResidentId } from '../identifiers/index.js';
import { subjectAmbiguous, subjectNotFound } from './errors.js';
import type { ChecksRepo, SubjectIdentity } from './repo.js';

export interface ResolvedSubject extends SubjectIdentity {
  /** found by a person's ID number: the check reads personal data and is audited */
  byIdNumber: boolean;
}

/** A subject reference as it may be shown back: an ID number masked, anything else as given. */
export function displayRef(ref: string, today: string): string {
  return parseResidentId(ref, { today }).valid ? maskIdNumber(ref) : ref.trim();
}

/**
 * A check names its subject by (in this order) its code (USCC), a legacy
 * identifier, a person's resident ID number, or its exact current or former
 * name (organisations only: persons are found by ID number alone).
 */
export function createSubjectResolver(deps: { repo: ChecksRepo; lookupHash: (idNumber: string) => string }) {
  const { repo, lookupHash } = deps;
  /** `found`: the lookup by code, when the caller made it already (checks.check reads it with the data version). */
  return async function resolve(db: Kysely<DB>, ref: string, today: string, found?: { byCode: SubjectIdentity | undefined }): Promise<ResolvedSubject> {
    const code = normalizeCode(ref);
    const byCode = found ? found.byCode : await repo.subjectByCode(db, code);
    if (byCode) return { ...byCode, byIdNumber: false };
    const person = parseResidentId(code, { today });
    if (person.valid) {
      const found = await repo.subjectByIdNumberHash(db, lookupHash(person.normalized));
      if (found) return { ...found, byIdNumber: true };
      throw subjectNotFound(maskIdNumber(code));
    }
    const aliased = await repo.subjectsByAlias(db, code);
    if (aliased.length > 1) throw subjectAmbiguous();
    if (aliased[0]) return { ...aliased[0], byIdNumber: false };
    const named = await repo.subjectsByExactName(db, normalizeName(ref));
    if (named.length > 1) throw subjectAmbiguous();
    if (named[0]) return { ...named[0], byIdNumber: false };
    throw subjectNotFound(ref.trim());
  };
}
