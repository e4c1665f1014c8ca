import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { ValidationError } from '../../../kernel/errors.js';
import { normalizeCode, normalizeName, parseUscc } from '../../identifiers/index.js';
import type { SearchQuery } from '../schema.js';
import type { SubjectRepo, SubjectRow } from '../repo.js';
import type { SearchFilters, SubjectSearchIndex } from './search-index.js';
import { passesFilters } from './search-filters.js';

const CODE_LIKE = /^[0-9A-Z]{8,20}$/;

const filtersOf = (q: SearchQuery): SearchFilters => ({ type: q.type, street: q.street, industry: q.industry });

/**
 * Public name search (SPEC §2): an exact code (or legacy identifier) first,
 * then exact names, then every subject whose current or former name or legal
 * representative contains the query, narrowed by type, street and industry.
 * Persons are never returned.
 */
export function createSubjectSearch(deps: { db: Kysely<DB>; repo: SubjectRepo; searchIndex: SubjectSearchIndex }) {
  const { db, repo, searchIndex } = deps;

  async function codeMatches(code: string): Promise<SubjectRow[]> {
    if (!CODE_LIKE.test(code)) return [];
    const byCode = await repo.findRowByCode(db, code);
    return [...(byCode ? [byCode] : []), ...(await repo.rowsById(db, await repo.findIdsByAlias(db, code)))];
  }

  const visible = (query: SearchQuery) => {
    const passes = passesFilters(filtersOf(query));
    return (r: SubjectRow) => r.type !== 'person' && passes(r);
  };

  function dedupe(rows: SubjectRow[]): SubjectRow[] {
    const seen = new Set<string>();
    return rows.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
  }

  return {
    async run(query: SearchQuery): Promise<{ rows: SubjectRow[]; hasMore: boolean }> {
      const nameNorm = normalizeName(query.q);
      if ([...nameNorm].length < 2) {
        throw new ValidationError('请输入至少两个字 / enter at least two characters', [
          { field: 'q', code: 'SEARCH_QUERY_TOO_SHORT', message: '至少两个字符 / at least two characters' },
        ], 'SEARCH_QUERY_TOO_SHORT');
      }
      const code = normalizeCode(query.q).replace(/-/g, '');
      const byCode = query.page === 1 ? await codeMatches(code) : [];
      // A registered, check-valid USCC is answered from the code index alone: as a
      // substring query its 16 trigrams are among the commonest in the index, which
      // costs milliseconds at a million subjects, and only a name quoting another
      // subject's full code could add a hit.
      if (byCode.length > 0 && parseUscc(code).valid) return { rows: dedupe(byCode.filter(visible(query))), hasMore: false };

      const offset = (query.page - 1) * query.pageSize;
      const found = await searchIndex.search(db, nameNorm, { limit: query.pageSize + 1, offset, ...filtersOf(query) });
      const matched = found.slice(0, query.pageSize);
      const hasMore = found.length > query.pageSize;
      if (query.page > 1) return { rows: matched, hasMore };
      const byName = await repo.rowsById(db, await repo.findIdsByExactName(db, nameNorm, query.pageSize));
      const rows = dedupe([...[...byCode, ...byName].filter(visible(query)), ...matched]);
      return { rows: rows.slice(0, query.pageSize), hasMore: hasMore || rows.length > query.pageSize };
    },
  };
}
