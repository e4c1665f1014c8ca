// The raw baselines of the import benchmark: the same CSV parsed by csv-parse
// and written by the bare driver into a plain table (no indexes, no checks),
// in chunks of 1,000 rows per transaction as the importer commits them.
import { createReadStream } from 'node:fs';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse';
import pg from 'pg';

const CHUNK = 1000;

/**
 * Streams the file's records (header skipped) to `flush` in arrays of CHUNK,
 * awaiting each flush before reading on. csv-parse is driven as the importer
 * drives it (records collected in on_record, one chunk of the file at a time),
 * its fastest use: through its object stream it parses at about half the speed.
 */
async function chunks(file: string, flush: (rows: string[][]) => Promise<void> | void): Promise<number> {
  let rows: string[][] = [];
  let count = 0;
  let header = true;
  const parser = parse({
    bom: true,
    relax_column_count: true,
    on_record: (record: string[]) => {
      if (header) header = false;
      else rows.push(record);
      return null;
    },
  });
  const drain = async (all: boolean) => {
    while (rows.length >= CHUNK || (all && rows.length > 0)) {
      const batch = rows.slice(0, CHUNK);
      rows = rows.slice(CHUNK);
      count += batch.length;
      await flush(batch);
    }
  };
  for await (const buf of createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    await new Promise<void>((resolve, reject) => parser.write(buf as Buffer, (err) => (err ? reject(err) : resolve())));
    await drain(false);
  }
  await new Promise<void>((resolve, reject) => parser.end((err?: unknown) => (err ? reject(err) : resolve())));
  await drain(true);
  return count;
}

/** csv-parse + one prepared better-sqlite3 INSERT per row, a transaction per chunk (WAL, synchronous NORMAL, as the platform runs). */
export async function sqliteBaseline(file: string, dbFile: string, columns: number): Promise<{ rows: number; seconds: number }> {
  const db = new Database(dbFile);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const cols = Array.from({ length: columns }, (_, i) => `c${i}`);
  db.exec(`CREATE TABLE raw_rows (${cols.map((c) => `${c} TEXT`).join(', ')})`);
  const insert = db.prepare(`INSERT INTO raw_rows VALUES (${cols.map(() => '?').join(', ')})`);
  const write = db.transaction((rows: string[][]) => {
    for (const r of rows) insert.run(cols.map((_, i) => r[i] ?? null));
  });
  const started = performance.now();
  const rows = await chunks(file, (batch) => write(batch));
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return { rows, seconds };
}

/**
 * PostgreSQL: csv-parse + one multi-row INSERT of each chunk (COPY would be
 * faster, but pg-copy-streams is not a dependency). One transaction per chunk.
 */
export async function postgresBaseline(file: string, url: string, columns: number): Promise<{ rows: number; seconds: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const cols = Array.from({ length: columns }, (_, i) => `c${i}`);
  await client.query(`DROP TABLE IF EXISTS raw_rows; CREATE TABLE raw_rows (${cols.map((c) => `${c} text`).join(', ')})`);
  const statement = (n: number) => {
    let p = 0;
    return `INSERT INTO raw_rows VALUES ${Array.from({ length: n }, () => `(${cols.map(() => `$${++p}`).join(', ')})`).join(', ')}`;
  };
  const full = statement(CHUNK);
  const started = performance.now();
  const rows = await chunks(file, async (batch) => {
    await client.query('BEGIN');
    await client.query(batch.length === CHUNK ? full : statement(batch.length), batch.flatMap((r) => cols.map((_, i) => r[i] ?? null)));
    await client.query('COMMIT');
  });
  const seconds = (performance.now() - started) / 1000;
  await client.end();
  return { rows, seconds };
}
