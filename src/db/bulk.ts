import { CompiledQuery, type Kysely } from 'kysely';
import type { Dialect } from './connect.js';

/**
 * Multi-row statements for the hot paths (imports, bulk registration). Kysely
 * builds and transforms a query tree per call, which costs several times more
 * than SQLite takes to insert a row; here the SQL text is built once per shape
 * (and the SQLite statement cache reuses its prepared form), parameters stay
 * bound — never interpolated. Table and column names are code constants in
 * snake_case, checked against a strict pattern.
 */
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** Stay well below SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
const MAX_PARAMS = 30_000;

function checkIdentifiers(names: string[]): void {
  for (const n of names) if (!IDENTIFIER.test(n)) throw new Error(`not a safe SQL identifier: ${n}`);
}

const textCache = new Map<string, string>();

function insertText(dialect: Dialect, table: string, columns: string[], rowCount: number, suffix: string): string {
  const key = `${dialect}|${table}|${columns.join(',')}|${rowCount}|${suffix}`;
  let text = textCache.get(key);
  if (text === undefined) {
    let p = 0;
    const tuple = () => `(${columns.map(() => (dialect === 'postgres' ? `$${++p}` : '?')).join(', ')})`;
    const values = Array.from({ length: rowCount }, tuple).join(', ');
    text = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}${suffix}`;
    if (textCache.size > 2000) textCache.clear();
    textCache.set(key, text);
  }
  return text;
}

export interface InsertManyOptions {
  /** ON CONFLICT DO NOTHING (both engines) */
  ignoreConflicts?: boolean;
  /** columns to return from the inserted rows (order of the result is not guaranteed: key by a column) */
  returning?: string[];
}

/** Inserts rows (arrays in `columns` order) in as few statements as the parameter limit allows. */
export async function insertMany<R = Record<string, unknown>>(
  db: Kysely<any>,
  dialect: Dialect,
  table: string,
  columns: string[],
  rows: unknown[][],
  opts: InsertManyOptions = {},
): Promise<R[]> {
  checkIdentifiers([table, ...columns, ...(opts.returning ?? [])]);
  const out: R[] = [];
  if (rows.length === 0) return out;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const suffix = `${opts.ignoreConflicts ? ' ON CONFLICT DO NOTHING' : ''}${opts.returning ? ` RETURNING ${opts.returning.join(', ')}` : ''}`;
  for (let start = 0; start < rows.length; start += perStatement) {
    const slice = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    for (const r of slice) {
      if (r.length !== columns.length) throw new Error(`row has ${r.length} values for ${columns.length} columns`);
      for (const v of r) params.push(v);
    }
    const result = await db.executeQuery<R>(CompiledQuery.raw(insertText(dialect, table, columns, slice.length, suffix), params));
    out.push(...result.rows);
  }
  return out;
}

/** Rows whose `column` is in `values`, chunked under the parameter limit. */
export async function selectIn<R = Record<string, unknown>>(
  db: Kysely<any>,
  dialect: Dialect,
  table: string,
  columns: string[],
  column: string,
  values: unknown[],
): Promise<R[]> {
  checkIdentifiers([table, column, ...columns]);
  const out: R[] = [];
  for (let start = 0; start < values.length; start += MAX_PARAMS) {
    const slice = values.slice(start, start + MAX_PARAMS);
    const marks = slice.map((_, i) => (dialect === 'postgres' ? `$${i + 1}` : '?')).join(', ');
    const text = `SELECT ${columns.join(', ')} FROM ${table} WHERE ${column} IN (${marks})`;
    out.push(...(await db.executeQuery<R>(CompiledQuery.raw(text, slice))).rows);
  }
  return out;
}
