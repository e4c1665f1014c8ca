import { Kysely, PostgresDialect, SqliteDialect, CamelCasePlugin } from 'kysely';
import Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import type pgTypes from 'pg';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DB } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';
export type DbTarget = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

/** A connected database: the Kysely handle plus which engine is behind it. */
export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  close(): Promise<void>;
}

/**
 * The PostgreSQL driver, loaded on first use: an embedded (SQLite) process
 * never pays its memory. PostgreSQL returns int8 (counts) as strings and dates
 * as Date objects; the platform keeps dates as ISO text on both engines, so
 * the parsers set when it loads parse neither.
 */
let pgDriver: typeof pgTypes | undefined;
function loadPg(): typeof pgTypes {
  if (pgDriver) return pgDriver;
  const pg = createRequire(import.meta.url)('pg') as typeof pgTypes;
  pg.types.setTypeParser(20, (v) => Number(v));
  pg.types.setTypeParser(1082, (v) => v);
  pg.types.setTypeParser(1114, (v) => v);
  pg.types.setTypeParser(1184, (v) => v);
  pgDriver = pg;
  return pg;
}

/**
 * Kysely's SQLite driver prepares every statement anew; preparing costs more
 * than running most of our queries (FTS5 statements above all). Statements are
 * reusable, and the connection runs one query at a time, so keep the recent ones.
 */
function withStatementCache(sqlite: Database.Database, size = 256): Database.Database {
  const cache = new Map<string, Database.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  return new Proxy(sqlite, {
    get(target, prop, receiver) {
      if (prop !== 'prepare') return Reflect.get(target, prop, receiver);
      return (source: string) => {
        let stmt = cache.get(source);
        if (stmt) {
          cache.delete(source);
        } else {
          stmt = prepare(source);
          if (cache.size >= size) cache.delete(cache.keys().next().value!);
        }
        cache.set(source, stmt);
        return stmt;
      };
    },
  });
}

export function connect(target: DbTarget): Database {
  if (target.dialect === 'sqlite') {
    if (target.file !== ':memory:') mkdirSync(dirname(target.file), { recursive: true });
    const sqlite = new Database(target.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    // Checkpoint every 64 MB of WAL rather than every 4 MB: bulk imports spend much of a commit on checkpoints.
    sqlite.pragma('wal_autocheckpoint = 16384');
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }), plugins: [new CamelCasePlugin()] });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  const pool = new (loadPg().Pool)({ connectionString: target.url, max: 10 });
  // A connection the server ends on its own (a restart, pg_terminate_backend, a dropped database) emits 'error'
  // on its client and, while idle, on the pool; unheard, that event would crash the process. A query in flight
  // still fails with the error; the pool opens a new connection for the next one.
  const connectionLost = (err: Error & { code?: string }) => {
    if (err.code !== '57P01') process.emitWarning(`PostgreSQL connection lost: ${err.message}`, { code: 'XINYONG_PG_CONNECTION_LOST' });
  };
  pool.on('error', connectionLost);
  pool.on('connect', (client) => client.on('error', connectionLost));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
