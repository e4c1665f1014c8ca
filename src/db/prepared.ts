import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type { DB } from './schema.js';

/** A query compiled once, run with new values: `execute(db or trx, ...values)` → rows (through the plugins, so camelCase). */
export interface PreparedQuery<A extends unknown[], R> {
  readonly sql: string;
  execute(db: Kysely<DB>, ...values: A): Promise<R[]>;
}

const placeholder = (i: number) => `\u0000prepared:${i}\u0000`;

/**
 * Builds a query with Kysely once and binds new values on every run. On hot
 * paths (a credit check) building and compiling a query tree costs more than
 * SQLite takes to answer it; here the builder runs once, with placeholders
 * where the values go, and each run only copies the values into their
 * positions. The SQL is the dialect's own (`db` decides), so both engines keep
 * one definition; values stay bound parameters.
 *
 * The builder must only hand its arguments to Kysely as values (never branch
 * on them, never inline them): a placeholder that does not come back as a
 * parameter is refused here, at start-up.
 */
export function prepareQuery<A extends unknown[], R>(db: Kysely<DB>, build: (db: Kysely<DB>, ...values: A) => Compilable<R>, arity: A['length']): PreparedQuery<A, R> {
  const marks = Array.from({ length: arity }, (_, i) => placeholder(i));
  const compiled = build(db, ...(marks as unknown as A)).compile();
  /** per parameter: the index of the value it takes, or -1 for a constant of the query */
  const slots = compiled.parameters.map((p) => (typeof p === 'string' ? marks.indexOf(p) : -1));
  marks.forEach((mark, i) => {
    if (!slots.includes(i)) throw new Error(`prepareQuery: value ${i} is not a parameter of the query`);
    if (compiled.sql.includes(mark)) throw new Error(`prepareQuery: value ${i} was written into the SQL text`);
  });
  const constants = compiled.parameters;
  return {
    sql: compiled.sql,
    async execute(executor, ...values) {
      const parameters = slots.map((slot, i) => (slot === -1 ? constants[i] : values[slot]));
      return (await executor.executeQuery<R>(CompiledQuery.raw(compiled.sql, parameters))).rows;
    },
  };
}
