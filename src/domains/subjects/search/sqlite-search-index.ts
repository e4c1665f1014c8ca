import { sql } from 'kysely';
import { insertMany } from '../../../db/bulk.js';
import type { SubjectRow } from '../repo.js';
import type { SubjectSearchIndex } from './search-index.js';
import { bigrams, isIndexableBigram, trigramText } from './search-doc.js';
import { filterConditions } from './search-filters.js';

/** FTS5 phrase: the query inside double quotes, inner quotes doubled. */
const phrase = (q: string) => `"${q.replace(/"/g, '""')}"`;

/**
 * SQLite: contentless FTS5 tables keyed by subjects.seq. Three or more
 * characters: a trigram phrase query (substring match). Two characters: one
 * token of the bigram table. FTS5 yields rowids in ascending order, so a page
 * is read without sorting the whole match set.
 */
export const sqliteSearchIndex: SubjectSearchIndex = {
  async put(trx, seq, doc) {
    await sql`DELETE FROM subject_search_tri WHERE rowid = ${seq}`.execute(trx);
    await sql`DELETE FROM subject_search_bi WHERE rowid = ${seq}`.execute(trx);
    await sql`INSERT INTO subject_search_tri (rowid, doc) VALUES (${seq}, ${trigramText(doc)})`.execute(trx);
    await sql`INSERT INTO subject_search_bi (rowid, doc) VALUES (${seq}, ${bigrams(doc).join(' ')})`.execute(trx);
  },
  async putNew(trx, entries) {
    await insertMany(trx, 'sqlite', 'subject_search_tri', ['rowid', 'doc'], entries.map((e) => [e.seq, trigramText(e.doc)]));
    await insertMany(trx, 'sqlite', 'subject_search_bi', ['rowid', 'doc'], entries.map((e) => [e.seq, bigrams(e.doc).join(' ')]));
  },
  async remove(trx, seq) {
    await sql`DELETE FROM subject_search_tri WHERE rowid = ${seq}`.execute(trx);
    await sql`DELETE FROM subject_search_bi WHERE rowid = ${seq}`.execute(trx);
  },
  async search(db, query, { limit, offset, ...filters }) {
    const chars = [...query].length;
    if (chars < 2 || (chars === 2 && !isIndexableBigram(query))) return [];
    const table = chars === 2 ? sql.raw('subject_search_bi') : sql.raw('subject_search_tri');
    const rows = await sql<SubjectRow>`
      SELECT s.* FROM ${table} t JOIN subjects s ON s.seq = t.rowid
      WHERE ${table} MATCH ${phrase(query)} ${filterConditions(filters)}
      ORDER BY t.rowid LIMIT ${limit} OFFSET ${offset}`.execute(db);
    return rows.rows;
  },
};
