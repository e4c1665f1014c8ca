import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { SubjectRow } from '../repo.js';
import type { SearchDoc } from './search-doc.js';

/**
 * Name search behind one interface, with an implementation per engine:
 * SQLite FTS5 (trigram + bigram tables), PostgreSQL pg_trgm (+ bigram array).
 * Writes take the caller's transaction so the index never drifts from the rows.
 * Queries are already normalised (see identifiers/normalizeName) and at least
 * two characters long; the result is the page of matching subject rows in seq
 * order, read in the same statement as the index (one round trip, not two).
 */
export interface SubjectSearchIndex {
  put(trx: Kysely<DB>, seq: number, doc: SearchDoc): Promise<void>;
  /** Indexes subjects that were just registered (no earlier entry to replace), in multi-row statements. */
  putNew(trx: Kysely<DB>, entries: Array<{ seq: number; doc: SearchDoc }>): Promise<void>;
  remove(trx: Kysely<DB>, seq: number): Promise<void>;
  search(db: Kysely<DB>, query: string, page: { limit: number; offset: number } & SearchFilters): Promise<SubjectRow[]>;
}

/** Registry attributes a search may be narrowed by (all must hold). */
export interface SearchFilters {
  type?: string | undefined;
  /** 所属街道, as registered (e.g. 粤海街道) */
  street?: string | undefined;
  /** GB/T 4754 section letter */
  industry?: string | undefined;
}
