import { normalizeCode, normalizeName } from '../../identifiers/index.js';
import type { Subject } from '../schema.js';

/** Why a subject is in the results of a query: what a result line names so the visitor sees the link. */
export type MatchReason =
  | { kind: 'name' }
  | { kind: 'code'; value: string }
  | { kind: 'formerName'; value: string }
  | { kind: 'legalRep'; value: string };

const contains = (text: string | null, q: string) => text !== null && q.length > 0 && normalizeName(text).includes(q);

/**
 * The first of current name, code or legacy identifier, former name (曾用名),
 * legal representative (法定代表人) that holds the query, compared as the index
 * does (normalised). Null when none does, e.g. a page-one exact-name hit that a
 * later rename made stale.
 */
export function matchReason(subject: Pick<Subject, 'name' | 'code' | 'formerNames' | 'legalRep' | 'aliases'>, query: string): MatchReason | null {
  const q = normalizeName(query);
  if (contains(subject.name, q)) return { kind: 'name' };
  const code = normalizeCode(query).replace(/-/g, '');
  if (code.length >= 2) {
    const hit = [subject.code ?? '', ...subject.aliases.map((a) => a.value)].find((c) => c !== '' && c.toUpperCase().replace(/-/g, '').includes(code));
    if (hit) return { kind: 'code', value: hit };
  }
  const former = subject.formerNames.find((n) => contains(n, q));
  if (former) return { kind: 'formerName', value: former };
  if (subject.legalRep !== null && contains(subject.legalRep, q)) return { kind: 'legalRep', value: subject.legalRep };
  return null;
}
