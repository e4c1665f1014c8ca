import type { Dialect } from '../../db/connect.js';
import type { PageContext } from './rate-page.js';
import type { RatingRepo } from './rating-repo.js';

/** What a page of re-rating needs of the catalogue: each record type's domain, and the types of each domain. */
export function pageContextOf(dialect: Dialect, repo: RatingRepo, domainOf: ReadonlyMap<string, string>): PageContext {
  const typesOfDomain = new Map<string, string[]>();
  for (const [code, domain] of domainOf) typesOfDomain.set(domain, [...(typesOfDomain.get(domain) ?? []), code]);
  return { dialect, repo, domainOf, typesOfDomain };
}
