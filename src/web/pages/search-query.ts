import { DomainError } from '../../kernel/errors.js';
import { referenceData } from '../../kernel/reference/index.js';
import { MAX_SEARCH_PAGE, type Subject, type SubjectService } from '../../domains/subjects/index.js';
import { isOrganisationType, type OrganisationType } from '../subject-text.js';
import { holdsIdNumber } from '../mask.js';

export const PAGE_SIZE = 20;
const MAX_QUERY = 100;
/** The search's page cap (anti-scraping): deeper pages fall back to the first. */
export const MAX_PAGE = MAX_SEARCH_PAGE;

export const STREETS: readonly string[] = referenceData.nanshanStreets;
export const INDUSTRIES: readonly string[] = Object.keys(referenceData.industrySections);

export interface SearchParams {
  q: string;
  type: OrganisationType | undefined;
  /** 所属街道, one of Nanshan's eight */
  street: string | undefined;
  /** GB/T 4754 section letter */
  industry: string | undefined;
  page: number;
}

export type SearchOutcome =
  | { kind: 'prompt' }
  | { kind: 'tooShort' }
  | { kind: 'idNumber' }
  | { kind: 'results'; items: Subject[]; hasMore: boolean };

const oneOf = (value: unknown, allowed: readonly string[]): string | undefined =>
  typeof value === 'string' && allowed.includes(value) ? value : undefined;

/** Page queries are read leniently: a bad `type`, `street`, `industry` or `page` falls back to the default instead of failing. */
export function parseSearchParams(query: unknown): SearchParams {
  const raw = (query ?? {}) as Record<string, unknown>;
  const q = typeof raw.q === 'string' ? raw.q.trim().slice(0, MAX_QUERY) : '';
  const page = Number(raw.page);
  return {
    q,
    type: isOrganisationType(raw.type) ? raw.type : undefined,
    street: oneOf(raw.street, STREETS),
    industry: oneOf(raw.industry, INDUSTRIES),
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

/** The parameters a result page's links keep (pager, language switch). */
export const searchLinkParams = (params: SearchParams) => ({ q: params.q, type: params.type, street: params.street, industry: params.industry });

export async function runSearch(subjects: SubjectService, params: SearchParams): Promise<SearchOutcome> {
  if (params.q === '') return { kind: 'prompt' };
  if (holdsIdNumber(params.q)) return { kind: 'idNumber' };
  try {
    const { items, hasMore } = await subjects.search({
      q: params.q, type: params.type, street: params.street, industry: params.industry, page: params.page, pageSize: PAGE_SIZE,
    });
    return { kind: 'results', items, hasMore };
  } catch (err) {
    if (err instanceof DomainError && err.code === 'SEARCH_QUERY_TOO_SHORT') return { kind: 'tooShort' };
    throw err;
  }
}
