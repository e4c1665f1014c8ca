// Public name search (SPEC §2, §14): the service's search() against the bare
// index query it is built on, in the same run and on the same database.
// Target: p95 ≤ 5 ms for 2-4 character queries over 1M subjects on SQLite,
// within 3× of the raw query.
import Database from 'better-sqlite3';
import pg from 'pg';
import { openContext } from '../src/app/open-context.js';
import type { AppContext } from '../src/app/context.js';
import { formatTable, measure, summarize, withRatios, type Benchmark, type Row } from './harness.js';
import { benchConfig, postgresFixture, sqliteFixture, type BuildInfo } from './search-fixture.js';
import { nameFragments, spreadCodes } from './search-queries.js';

const SUBJECTS = Number(process.env.BENCH_SUBJECTS ?? 1_000_000);
const SEED = Number(process.env.BENCH_SEED ?? 1);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const PER_LENGTH = 50;

type Raw = { bigram(q: string): unknown; trigram(q: string): unknown; code(q: string): unknown };
interface Workload { label: string; queries: string[]; raw: (q: string) => unknown }

function workloads(raw: Raw, fragments: Map<number, string[]>, codes: string[]): Workload[] {
  return [
    { label: 'search 2 chars', queries: fragments.get(2)!, raw: raw.bigram },
    { label: 'search 3 chars', queries: fragments.get(3)!, raw: raw.trigram },
    { label: 'search 4 chars', queries: fragments.get(4)!, raw: raw.trigram },
    { label: 'search by code', queries: codes, raw: raw.code },
  ];
}

/**
 * Service and raw rows for every workload: two untimed rounds over the queries,
 * then ROUNDS timed rounds, raw and service taking turns so that a change in
 * the machine's load touches both alike.
 */
async function compare(engine: string, ctx: AppContext, raw: Raw, fragments: Map<number, string[]>, codes: string[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const w of workloads(raw, fragments, codes)) {
    const round = { iterations: w.queries.length, warmup: 0 };
    const q = (i: number) => w.queries[i % w.queries.length]!;
    const rawCall = (i: number) => w.raw(q(i));
    const serviceCall = (i: number) => ctx.services.subjects.search({ q: q(i), page: 1, pageSize: 20 });
    await measure(rawCall, { iterations: 0, warmup: 2 * w.queries.length });
    await measure(serviceCall, { iterations: 0, warmup: 2 * w.queries.length });
    const rawSamples: number[] = [];
    const serviceSamples: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      rawSamples.push(...(await measure(rawCall, round)));
      serviceSamples.push(...(await measure(serviceCall, round)));
    }
    const rawName = `${engine} raw: ${w.label.replace('search ', '')}`;
    rows.push(summarize(`${engine} service: ${w.label}`, serviceSamples, rawName), summarize(rawName, rawSamples));
  }
  return withRatios(rows);
}

const phrase = (q: string) => `"${q.replace(/"/g, '""')}"`;

async function onSqlite(fragments: Map<number, string[]>, codes: string[]) {
  const fixture = await sqliteFixture(SUBJECTS, SEED);
  const ctx = await openContext({ config: benchConfig({ file: fixture.file }) });
  const sqlite = new Database(fixture.file, { readonly: true });
  const byIndex = (table: string) => sqlite.prepare(
    `SELECT s.* FROM ${table} t JOIN subjects s ON s.seq = t.rowid WHERE ${table} MATCH ? ORDER BY t.rowid LIMIT 21`);
  const bi = byIndex('subject_search_bi');
  const tri = byIndex('subject_search_tri');
  const code = sqlite.prepare('SELECT * FROM subjects WHERE code = ?');
  const raw: Raw = { bigram: (q) => bi.all(phrase(q)), trigram: (q) => tri.all(phrase(q)), code: (q) => code.all(q) };
  try {
    return { build: fixture.build, reused: fixture.reused, file: fixture.file, rows: await compare('sqlite', ctx, raw, fragments, codes) };
  } finally {
    sqlite.close();
    await ctx.database.close();
  }
}

async function onPostgres(adminUrl: string, fragments: Map<number, string[]>, codes: string[]) {
  const fixture = await postgresFixture(adminUrl, SUBJECTS, SEED);
  const ctx = await openContext({ config: benchConfig({ url: fixture.url }) });
  const client = new pg.Client({ connectionString: fixture.url });
  await client.connect();
  // Unnamed statements, as the service sends them: a named one turns to a generic
  // plan after five runs, which cannot see how common the searched term is.
  const run = (text: string) => async (q: string) => (await client.query(text, [q])).rows;
  const page = (where: string) =>
    `SELECT s.* FROM (SELECT seq FROM subject_search WHERE ${where} ORDER BY seq LIMIT 21) page JOIN subjects s ON s.seq = page.seq ORDER BY page.seq`;
  const raw: Raw = {
    bigram: run(page('bigrams @> ARRAY[$1]::text[]')),
    trigram: (q) => run(page('doc LIKE $1'))(`%${q}%`),
    code: run('SELECT * FROM subjects WHERE code = $1'),
  };
  try {
    return { build: fixture.build, reused: fixture.reused, rows: await compare('postgres', ctx, raw, fragments, codes) };
  } finally {
    await client.end();
    await ctx.database.close();
  }
}

function report(engine: string, result: { build: BuildInfo; reused: boolean; rows: Row[] }): void {
  const b = result.build;
  console.log(`\n${engine}: ${b.subjects} subjects (seed ${b.seed}), built in ${b.seconds.toFixed(0)} s `
    + `(${b.rowsPerSec.toFixed(0)} rows/s)${result.reused ? ', reused from cache' : ''}`);
  console.log(formatTable(result.rows));
}

export const searchBenchmark: Benchmark = {
  name: 'search',
  description: 'public name and code search: service vs raw index query (SQLite; PostgreSQL with DATABASE_URL)',
  async run() {
    const fragments = nameFragments(SEED, { sample: Math.min(SUBJECTS, 20_000), perLength: PER_LENGTH, lengths: [2, 3, 4] });
    const codes = spreadCodes(SUBJECTS, SEED, PER_LENGTH);
    const sqlite = await onSqlite(fragments, codes);
    report('SQLite', sqlite);
    const adminUrl = process.env.DATABASE_URL;
    const postgres = adminUrl ? await onPostgres(adminUrl, fragments, codes) : undefined;
    if (postgres) report('PostgreSQL', postgres);
    return { subjects: SUBJECTS, seed: SEED, rounds: ROUNDS, queries: { ...Object.fromEntries(fragments), codes }, sqlite, postgres };
  },
};
