import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { ValidationError } from '../../../kernel/errors.js';
import { normalizeCode, normalizeName } from '../../identifiers/index.js';
import type { SearchQuery } from '../schema.js';
import type { SubjectRepo, SubjectRow } from '../repo.js';
import type { SubjectSearchIndex } from './search-index.js';

const CODE_LIKE = /^[0-9A-Z]{8,20}$/;

/**
 * Public name search (SPEC §2): an exact code (or legacy identifier) first,
 * then exact names, then every subject whose current or former name or legal
 * representative contains the query. Persons are never returned.
 */
export function createSubjectSearch(deps: { db: Kysely<DB>; repo: SubjectRepo; searchIndex: SubjectSearchIndex }) {
  const { db, repo, searchIndex } = deps;

  async function exactMatches(query: SearchQuery, nameNorm: string): Promise<SubjectRow[]> {
    const code = normalizeCode(query.q).replace(/-/g, '');
    const found: SubjectRow[] = [];
    if (CODE_LIKE.test(code)) {
      const byCode = await repo.findRowByCode(db, code);
      if (byCode) found.push(byCode);
      found.push(...(await repo.rowsById(db, await repo.findIdsByAlias(db, code))));
    }
    found.push(...(await repo.rowsById(db, await repo.findIdsByExactName(db, nameNorm, query.pageSize))));
    return found.filter((r) => r.type !== 'person' && (!query.type || r.type === query.type));
  }

  return {
    async run(query: SearchQuery): Promise<{ rows: SubjectRow[]; hasMore: boolean }> {
      const nameNorm = normalizeName(query.q);
      if ([...nameNorm].length < 2) {
        throw new ValidationError('请输入至少两个字 / enter at least two characters', [
          { field: 'q', code: 'SEARCH_QUERY_TOO_SHORT', message: '至少两个字符 / at least two characters' },
        ], 'SEARCH_QUERY_TOO_SHORT');
      }
      const offset = (query.page - 1) * query.pageSize;
      const seqs = await searchIndex.search(db, nameNorm, { limit: query.pageSize + 1, offset, type: query.type });
      const hasMore = seqs.length > query.pageSize;
      const bySeq = new Map((await repo.rowsBySeq(db, seqs.slice(0, query.pageSize))).map((r) => [Number(r.seq), r]));
      const matched = seqs.slice(0, query.pageSize).map((s) => bySeq.get(s)).filter((r): r is SubjectRow => r !== undefined);
      if (query.page > 1) return { rows: matched, hasMore };
      const exact = await exactMatches(query, nameNorm);
      const seen = new Set<string>();
      const rows = [...exact, ...matched].filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
      return { rows: rows.slice(0, query.pageSize), hasMore: hasMore || rows.length > query.pageSize };
    },
  };
}
