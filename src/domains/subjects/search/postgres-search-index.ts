import { sql } from 'kysely';
import { insertMany } from '../../../db/bulk.js';
import type { SubjectRow } from '../repo.js';
import type { SubjectSearchIndex } from './search-index.js';
import { bigrams, isIndexableBigram, trigramText } from './search-doc.js';
import { filterConditions, hasFilters } from './search-filters.js';

const likeEscape = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * PostgreSQL: pg_trgm GIN index for three or more characters (LIKE '%q%'),
 * a GIN-indexed bigram array for two. pg_trgm sees Chinese characters only
 * under a UTF-8 LC_CTYPE (checked at start-up). Ordered by seq, like SQLite.
 */
export const postgresSearchIndex: SubjectSearchIndex = {
  async put(trx, seq, doc) {
    await sql`
      INSERT INTO subject_search (seq, doc, bigrams) VALUES (${seq}, ${trigramText(doc)}, ${bigrams(doc)})
      ON CONFLICT (seq) DO UPDATE SET doc = excluded.doc, bigrams = excluded.bigrams`.execute(trx);
  },
  async putNew(trx, entries) {
    await insertMany(trx, 'postgres', 'subject_search', ['seq', 'doc', 'bigrams'], entries.map((e) => [e.seq, trigramText(e.doc), bigrams(e.doc)]));
  },
  async remove(trx, seq) {
    await sql`DELETE FROM subject_search WHERE seq = ${seq}`.execute(trx);
  },
  async search(db, query, { limit, offset, ...filters }) {
    const chars = [...query].length;
    if (chars < 2 || (chars === 2 && !isIndexableBigram(query))) return [];
    const where =
      chars === 2
        ? sql`bigrams @> ARRAY[${query}]::text[]`
        : sql`doc LIKE ${`%${likeEscape(query)}%`}`;
    const conditions = filterConditions(filters);
    const typeFilter = hasFilters(filters) ? sql`AND seq IN (SELECT s.seq FROM subjects s WHERE TRUE ${conditions})` : sql``;
    // The page of seqs first, then its rows: joining before the LIMIT would fetch
    // every match's row when the planner takes the GIN index for a common term.
    const rows = await sql<SubjectRow>`
      SELECT s.* FROM (SELECT seq FROM subject_search WHERE ${where} ${typeFilter} ORDER BY seq LIMIT ${limit} OFFSET ${offset}) page
      JOIN subjects s ON s.seq = page.seq ORDER BY page.seq`.execute(db);
    return rows.rows;
  },
};
