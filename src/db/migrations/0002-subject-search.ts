import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Name search indexes. SQLite: an FTS5 trigram table for queries of three or
 * more characters and an FTS5 table of character bigrams for two-character
 * queries, both keyed by subjects.seq. PostgreSQL: pg_trgm over the same
 * document, plus a GIN-indexed bigram array (pg_trgm cannot use its index for
 * a two-character LIKE).
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`CREATE VIRTUAL TABLE subject_search_tri USING fts5(doc, tokenize = 'trigram', content = '', contentless_delete = 1)`.execute(db);
    await sql`CREATE VIRTUAL TABLE subject_search_bi USING fts5(doc, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1, detail = 'none')`.execute(db);
    return;
  }
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
  await sql`CREATE TABLE subject_search (seq bigint PRIMARY KEY REFERENCES subjects(seq), doc text NOT NULL, bigrams text[] NOT NULL)`.execute(db);
  await sql`CREATE INDEX subject_search_doc_trgm ON subject_search USING gin (doc gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX subject_search_bigrams ON subject_search USING gin (bigrams)`.execute(db);
}
