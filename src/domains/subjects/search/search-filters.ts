import { sql, type RawBuilder } from 'kysely';
import type { SubjectRow } from '../repo.js';
import type { SearchFilters } from './search-index.js';

export const hasFilters = (f: SearchFilters): boolean => Boolean(f.type || f.street || f.industry);

/**
 * `AND s.type = … AND s.street = … AND s.industry = …` for the filters given,
 * over a `subjects s` in scope; parameterised, the same text on both engines.
 */
export function filterConditions(f: SearchFilters): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  if (f.type) parts.push(sql`AND s.type = ${f.type}`);
  if (f.street) parts.push(sql`AND s.street = ${f.street}`);
  if (f.industry) parts.push(sql`AND s.industry = ${f.industry}`);
  return sql.join(parts, sql` `);
}

/** The same filters on a row already read (exact code and exact name hits). */
export const passesFilters = (f: SearchFilters) => (r: Pick<SubjectRow, 'type' | 'street' | 'industry'>): boolean =>
  (!f.type || r.type === f.type) && (!f.street || r.street === f.street) && (!f.industry || r.industry === f.industry);
