import { DomainError } from '../../kernel/errors.js';
import type { Subject, SubjectService } from '../../domains/subjects/index.js';
import { isOrganisationType, type OrganisationType } from '../subject-text.js';
import { holdsIdNumber } from '../mask.js';

export const PAGE_SIZE = 20;
const MAX_QUERY = 100;
const MAX_PAGE = 500;

export interface SearchParams {
  q: string;
  type: OrganisationType | undefined;
  page: number;
}

export type SearchOutcome =
  | { kind: 'prompt' }
  | { kind: 'tooShort' }
  | { kind: 'idNumber' }
  | { kind: 'results'; items: Subject[]; hasMore: boolean };

/** Page queries are read leniently: a bad `type` or `page` falls back to the default instead of failing. */
export function parseSearchParams(query: unknown): SearchParams {
  const raw = (query ?? {}) as Record<string, unknown>;
  const q = typeof raw.q === 'string' ? raw.q.trim().slice(0, MAX_QUERY) : '';
  const page = Number(raw.page);
  return {
    q,
    type: isOrganisationType(raw.type) ? raw.type : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

export async function runSearch(subjects: SubjectService, params: SearchParams): Promise<SearchOutcome> {
  if (params.q === '') return { kind: 'prompt' };
  if (holdsIdNumber(params.q)) return { kind: 'idNumber' };
  try {
    const { items, hasMore } = await subjects.search({ q: params.q, type: params.type, page: params.page, pageSize: PAGE_SIZE });
    return { kind: 'results', items, hasMore };
  } catch (err) {
    if (err instanceof DomainError && err.code === 'SEARCH_QUERY_TOO_SHORT') return { kind: 'tooShort' };
    throw err;
  }
}
