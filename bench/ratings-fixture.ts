// The database the ratings benchmark rates: BENCH_SUBJECTS subjects with
// BENCH_RECORDS_PER_SUBJECT records each (default 10), written with direct
// multi-row inserts (no validation: the benchmark measures rating, not
// ingestion), records interleaved across subjects as they arrive over time,
// indexes built after the fill. Cached in bench/out/ while the migrations it
// went through are unchanged (as search-fixture.ts does).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openContext } from '../src/app/open-context.js';
import { addMonths } from '../src/kernel/calendar/index.js';
import { sampleUscc } from '../src/domains/catalog/testing.js';
import { newId } from '../src/kernel/ids.js';
import { OUT_DIR } from './harness.js';
import { benchConfig } from './search-fixture.js';
import { createRandom } from '../src/domains/subjects/demo/index.js';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
export const TODAY = '2026-06-15';
const BASE_MS = Date.parse('2026-01-01T00:00:00Z');
const STREETS = ['南头街道', '南山街道', '沙河街道', '蛇口街道', '招商街道', '粤海街道', '桃源街道', '西丽街道'];
const INDUSTRIES = 'ABCDEFGHIJKLMNOPQRST'.split('');

function migrations(): string[] {
  const dir = join(SRC, 'db', 'migrations');
  return readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort()
    .map((f) => `${f}:${createHash('sha256').update(readFileSync(join(dir, f))).digest('hex').slice(0, 12)}`);
}

/**
 * The fixture fills subjects, departments and records only: a migration that
 * shapes them (0001-0013, and the ratings read index) must be unchanged, by
 * its text; the other domains' later ones need only keep their names (a
 * 10-million-record file is not rebuilt because another domain's table changed).
 */
function sameMigration(cached: string, current: string | undefined): boolean {
  if (current === undefined) return false;
  const name = (m: string) => m.slice(0, m.indexOf(':'));
  const shapes = (n: string) => n < '0014' || n.includes('ratings');
  return shapes(name(current)) ? cached === current : name(cached) === name(current);
}

const FACTS = '当事人在经营活动中存在违反有关法律法规规定的行为，经调查核实，事实清楚，证据确凿。'.repeat(3);
type Kind = { type: string; category: string; polarity: string; share: number; severity?: 'penalty' | 'serious' | 'general'; months?: number; grades?: string[] };
/** The mix of a district's records: licences and penalties first, ratings, lists and honours after. */
const MIX: Kind[] = [
  { type: 'admin_license', category: 'licence', polarity: 'neutral', share: 0.3 },
  { type: 'admin_penalty', category: 'penalty', polarity: 'negative', share: 0.25, severity: 'penalty' },
  { type: 'annual_report', category: 'basic', polarity: 'neutral', share: 0.1 },
  { type: 'commendation', category: 'commendation', polarity: 'positive', share: 0.08, months: 36 },
  { type: 'tax_credit_rating', category: 'rating', polarity: 'neutral', share: 0.08, months: 12, grades: ['A', 'B', 'B', 'M', 'C', 'D'] },
  { type: 'env_credit_rating', category: 'rating', polarity: 'neutral', share: 0.05, months: 12, grades: ['green', 'blue', 'blue', 'yellow', 'red', 'black'] },
  { type: 'contract_performance', category: 'other', polarity: 'neutral', share: 0.05, months: 36 },
  { type: 'abnormal_operation', category: 'list', polarity: 'negative', share: 0.04, severity: 'general' },
  { type: 'price_violation', category: 'penalty', polarity: 'negative', share: 0.02, severity: 'penalty' },
  { type: 'wage_arrears', category: 'penalty', polarity: 'negative', share: 0.01, severity: 'penalty' },
  { type: 'procurement_performance', category: 'rating', polarity: 'neutral', share: 0.01, months: 36 },
  { type: 'court_dishonest_debtor', category: 'judicial', polarity: 'negative', share: 0.01, severity: 'serious' },
];

const RECORD_COLUMNS = ['id', 'natural_key', 'subject_id', 'type_code', 'type_version', 'source_department_id', 'doc_no', 'period', 'decision_date', 'valid_until',
  'severity', 'disclosure', 'publicity_end', 'polarity', 'category', 'status', 'version', 'content', 'content_hash', 'first_received_at', 'last_received_at', 'updated_at'];
const SUBJECT_COLUMNS = ['id', 'type', 'code', 'name', 'name_norm', 'street', 'industry', 'status', 'created_at', 'updated_at', 'version'];

/** Record j: of subject j mod subjects (so each subject's records are spread over the table, as they arrive over years). */
export function fixtureRecord(j: number, subjectIds: readonly string[], dept: string): unknown[] {
  const rng = createRandom(Math.imul(j + 1, 2654435761));
  const rnd = () => rng.next();
  let pick = rnd();
  const kind = MIX.find((k) => (pick -= k.share) < 0) ?? MIX[0]!;
  const decision = addMonths(TODAY, -Math.floor(rnd() * 48));
  const day = `${decision.slice(0, 8)}${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
  let severity: string | null = null;
  let months = kind.months ?? null;
  const fields: Record<string, unknown> = {};
  if (kind.severity === 'penalty') {
    const s = rnd();
    severity = s < 0.3 ? 'minor' : s < 0.9 ? 'general' : 'serious';
    if (rnd() < 0.6) fields.fineAmount = Math.floor(rnd() * 500) * 10_000;
  } else if (kind.severity) severity = kind.severity;
  if (severity) months = severity === 'minor' ? 3 : severity === 'general' ? 12 : 36;
  if (kind.grades) fields.grade = kind.grades[Math.floor(rnd() * kind.grades.length)];
  if (kind.type === 'tax_credit_rating' || kind.type === 'procurement_performance') fields.score = 40 + Math.floor(rnd() * 61);
  fields.facts = FACTS;
  const content = JSON.stringify(fields);
  const at = `${day}T08:00:00.000Z`;
  return [
    newId(BASE_MS + j), `${dept}|${kind.type}|B${String(j).padStart(9, '0')}|`, subjectIds[j % subjectIds.length], kind.type, 1, dept, `B${j}`, null, day, null,
    severity, 'public', months === null ? '2099-12-31' : addMonths(day, months), kind.polarity, kind.category, rnd() < 0.02 ? 'withdrawn' : 'active', 1,
    content, createHash('sha1').update(content).digest('hex'), at, at, at,
  ];
}

function insertRows(sqlite: Database.Database, table: string, columns: string[], rows: unknown[][]): void {
  const per = Math.floor(30_000 / columns.length);
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += per) {
    const slice = rows.slice(start, start + per);
    sqlite.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array(slice.length).fill(tuple).join(', ')}`).run(slice.flat());
  }
}

export interface RatingsFixture {
  file: string;
  subjects: number;
  records: number;
  buildSeconds: number;
  reused: boolean;
}

/** bench/out/ratings-<subjects>x<per>.db, built unless a fitting one is there. */
export async function ratingsFixture(subjects: number, perSubject: number): Promise<RatingsFixture> {
  const file = join(OUT_DIR, `ratings-${subjects}x${perSubject}.db`);
  const infoFile = `${file}.build.json`;
  const current = migrations();
  const cached = existsSync(file) && existsSync(infoFile) ? JSON.parse(readFileSync(infoFile, 'utf8')) as { migrations: string[]; buildSeconds: number } : undefined;
  // Reused while every migration it went through is still the first of today's, unchanged; later ones are applied on open, as on any upgrade.
  if (process.env.BENCH_REBUILD !== '1' && cached && cached.migrations.length > 0 && cached.migrations.every((m, i) => sameMigration(m, current[i]))) {
    if (cached.migrations.length < current.length) {
      await (await openContext({ config: benchConfig({ file }) })).database.close();
      writeFileSync(infoFile, `${JSON.stringify({ ...cached, migrations: current }, null, 2)}\n`);
    }
    return { file, subjects, records: subjects * perSubject, buildSeconds: cached.buildSeconds, reused: true };
  }
  const building = `${file}.building`;
  for (const f of [file, infoFile, building, `${building}-wal`, `${building}-shm`]) rmSync(f, { force: true });
  process.stderr.write(`building ${file} (${subjects} subjects × ${perSubject} records) …\n`);
  const started = performance.now();
  const ctx = await openContext({ config: benchConfig({ file: building }) });
  await ctx.services.catalog.ensureDefaults();
  await ctx.database.close();

  const sqlite = new Database(building);
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -1000000');
  const dept = newId(BASE_MS);
  sqlite.prepare(`INSERT INTO departments (id, code, name, kind, created_at) VALUES (?, ?, ?, 'government', ?)`).run(dept, sampleUscc(7, '11'), '深圳市市场监督管理局南山监管局', `${TODAY}T00:00:00.000Z`);
  // Secondary indexes of records are built after the fill (sorted, far faster than 10 million random inserts).
  const indexes = sqlite.prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records' AND sql IS NOT NULL`).all() as Array<{ sql: string }>;
  for (const { sql } of indexes) sqlite.exec(`DROP INDEX ${/INDEX\s+"?(\w+)"?/i.exec(sql)![1]}`);

  const ids: string[] = [];
  const fill = sqlite.transaction((from: number, to: number, make: (i: number) => unknown[], table: string, columns: string[]) => {
    const rows: unknown[][] = [];
    for (let i = from; i < to; i++) rows.push(make(i));
    insertRows(sqlite, table, columns, rows);
  });
  const at = `${TODAY}T00:00:00.000Z`;
  for (let i = 0; i < subjects; i++) ids.push(newId(BASE_MS - 1e10 + i));
  for (let from = 0; from < subjects; from += 20_000) {
    fill(from, Math.min(subjects, from + 20_000), (i) => {
      const type = i % 50 === 0 ? 'social_org' : i % 12 === 0 ? 'individual_business' : 'enterprise';
      const name = `深圳市基准${i}号科技有限公司`;
      return [ids[i], type, sampleUscc(1_000_000 + i), name, name, STREETS[i % STREETS.length], INDUSTRIES[(i * 7) % INDUSTRIES.length], '存续', at, at, 1];
    }, 'subjects', SUBJECT_COLUMNS);
  }
  const total = subjects * perSubject;
  for (let from = 0; from < total; from += 50_000) {
    fill(from, Math.min(total, from + 50_000), (j) => fixtureRecord(j, ids, dept), 'records', RECORD_COLUMNS);
    if ((from / 50_000) % 20 === 0) process.stderr.write(`  records: ${from}/${total}, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  }
  for (const { sql } of indexes) sqlite.exec(sql);
  sqlite.exec('ANALYZE');
  sqlite.close();
  renameSync(building, file);
  const buildSeconds = (performance.now() - started) / 1000;
  writeFileSync(infoFile, `${JSON.stringify({ subjects, perSubject, migrations: current, buildSeconds, builtAt: new Date().toISOString() }, null, 2)}\n`);
  return { file, subjects, records: total, buildSeconds, reused: false };
}
