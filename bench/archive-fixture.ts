// The database the archive benchmark reads: the search benchmark's demo subjects
// (built once through the real service, bench/search-fixture.ts), copied, plus
// BENCH_RECORDS public records written with direct multi-row INSERTs — a few
// "heavy" subjects with 200 records each (the ones the benchmark reads), the rest
// spread evenly over the other organisations. Each record is a copy of a template
// ingested through the real records service (so content, severity and publicity
// are what an import stores), with its own subject, document number and date.
// Cached in bench/out/ by size, seed and a hash of the generator, like the search fixture.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openContext } from '../src/app/open-context.js';
import { systemActor } from '../src/kernel/actor.js';
import { chinaDate, systemClock } from '../src/kernel/clock.js';
import { addDays, addMonths, fromDayNumber, toDayNumber } from '../src/kernel/calendar/index.js';
import { newId } from '../src/kernel/ids.js';
import { sampleLicenceRow } from '../src/domains/catalog/testing.js';
import { penaltyRow, SAMPLE_AUTHORITY } from '../src/domains/records/testing.js';
import { OUT_DIR } from './harness.js';
import { benchConfig, dataKey, sqliteFixture, type BuildInfo } from './search-fixture.js';
import { createRandom } from '../src/domains/subjects/demo/index.js';

/** Change this when the generator below changes: cached databases are then rebuilt. */
const GENERATOR = 'archive-fixture-v1';
/** Records of each subject the benchmark reads (issue 4 §7: "subject page (archive with 200 records)"). */
export const HEAVY_RECORDS = 200;
const HEAVY_PENALTIES = 120;
const BATCH = 500;
const COMMIT_EVERY = 200_000;
/** The sample rows name this authority as their source (records/testing.ts). */
const BENCH_DEPARTMENT = SAMPLE_AUTHORITY;

export interface ArchiveBuildInfo {
  subjects: number;
  records: number;
  heavySubjects: number;
  seed: number;
  /** the day decision dates were spread back from (publicity is judged on the day the benchmark runs) */
  builtOn: string;
  seconds: number;
  insertSeconds: number;
  indexSeconds: number;
  rowsPerSec: number;
  bytes: number;
  builtAt: string;
  base: Pick<BuildInfo, 'subjects' | 'seed' | 'migrations'>;
}

export interface ArchiveFixture {
  file: string;
  build: ArchiveBuildInfo;
  reused: boolean;
  /** codes of the subjects with HEAVY_RECORDS records each */
  heavyCodes: string[];
}


interface Template {
  typeCode: string;
  typeVersion: number;
  severity: string | null;
  polarity: string;
  category: string;
  disclosure: string;
  /** content JSON cut at the values that change per record */
  parts: string[];
  keys: string[];
  /** publicity end from the decision date: a number of months, or a fixed day (licences: 2099-12-31) */
  publicity: { months: number } | { fixed: string } | { days: number };
  validUntil: string | null;
}

const MARK = '\u0000';

/** The stored row of an ingested record, with the per-record values marked for replacement. */
function toTemplate(row: Record<string, any>): Template {
  const content = JSON.parse(row.content) as Record<string, unknown>;
  const keys = ['subjectName', 'subjectCode', 'decisionNo', 'decisionDate'].filter((k) => k in content);
  for (const k of keys) content[k] = `${MARK}${k}${MARK}`;
  const text = JSON.stringify(content);
  const parts = text.split(new RegExp(`${MARK}(?:${keys.join('|')})${MARK}`));
  const order = [...text.matchAll(new RegExp(`${MARK}(${keys.join('|')})${MARK}`, 'g'))].map((m) => m[1]!);
  const end = row.publicityEnd as string | null;
  const decided = row.decisionDate as string;
  const publicity = end === '2099-12-31' || end === null ? { fixed: end ?? '2099-12-31' }
    : addMonths(decided, 12) === end ? { months: 12 } : { days: toDayNumber(end) - toDayNumber(decided) };
  return {
    typeCode: row.typeCode, typeVersion: Number(row.typeVersion), severity: row.severity, polarity: row.polarity,
    category: row.category, disclosure: row.disclosure, parts, keys: order, publicity, validUntil: row.validUntil,
  };
}

const publicityEnd = (t: Template, decided: string) =>
  'fixed' in t.publicity ? t.publicity.fixed : 'months' in t.publicity ? addMonths(decided, t.publicity.months) : addDays(decided, t.publicity.days);

/** Ingests one penalty and one licence through the records service and returns their stored rows as templates. */
async function templates(file: string, subjectCode: string, subjectName: string): Promise<{ departmentId: string; penalty: Template; licence: Template }> {
  const ctx = await openContext({ config: benchConfig({ file }) });
  try {
    const { accounts, records } = ctx.services;
    const dept = (await accounts.findDepartmentByCode(BENCH_DEPARTMENT.code))
      ?? (await accounts.createDepartment(systemActor, { code: BENCH_DEPARTMENT.code, name: BENCH_DEPARTMENT.name, kind: 'government' }));
    const chunk = (typeCode: string, raw: Record<string, unknown>) =>
      ({ typeCode, sourceDepartment: dept, channel: 'cli' as const, batchId: 'bench-archive-templates', rows: [{ row: 1, raw }] });
    const decided = addDays(chinaDate(systemClock), -30);
    const [p] = await records.ingestChunk(systemActor, chunk('admin_penalty', penaltyRow(1, { subjectName, subjectCode, decisionNo: 'BENCH-TEMPLATE-P', decisionDate: decided })));
    const [l] = await records.ingestChunk(systemActor, chunk('admin_license', sampleLicenceRow({ subjectName, subjectCode, legalRep: '张三', decisionNo: 'BENCH-TEMPLATE-L', decisionDate: decided })));
    if (!p?.id || !l?.id) throw new Error(`template rejected: ${JSON.stringify([p, l])}`);
    const rows = await ctx.database.db.selectFrom('records').selectAll().where('id', 'in', [p.id, l.id]).execute();
    const byType = new Map(rows.map((r) => [r.typeCode, r]));
    return { departmentId: dept.id, penalty: toTemplate(byType.get('admin_penalty')!), licence: toTemplate(byType.get('admin_license')!) };
  } finally {
    await ctx.database.close();
  }
}

const COLUMNS = ['id', 'natural_key', 'subject_id', 'type_code', 'type_version', 'source_department_id', 'doc_no', 'period', 'decision_date',
  'valid_until', 'severity', 'disclosure', 'publicity_end', 'polarity', 'category', 'status', 'version', 'content', 'content_hash',
  'first_received_at', 'last_received_at', 'updated_at'] as const;

interface Org { id: string; code: string; name: string }

/** How many records each organisation gets: HEAVY_RECORDS for every stride-th one, the rest spread evenly over the others. */
export function plan(orgCount: number, records: number): { heavy: Set<number>; perOther: number; extra: number } {
  const heavyCount = Math.max(1, Math.min(1000, Math.floor(orgCount / 100), Math.floor(records / HEAVY_RECORDS / 2)));
  const stride = Math.floor(orgCount / heavyCount);
  const heavy = new Set(Array.from({ length: heavyCount }, (_, i) => i * stride + Math.floor(stride / 2)));
  const rest = records - heavyCount * HEAVY_RECORDS;
  const others = orgCount - heavyCount;
  return { heavy, perOther: Math.floor(rest / others), extra: rest % others };
}

/** Writes the records with the secondary indexes dropped, then builds them again (from sorted data: minutes, not hours). */
function fillRecords(file: string, orgs: Org[], records: number, seed: number, t: Awaited<ReturnType<typeof templates>>, today: string) {
  const db = new Database(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -2000000');
  db.pragma('temp_store = MEMORY');
  const indexes = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records' AND sql IS NOT NULL`).all() as Array<{ name: string; sql: string }>;
  for (const ix of indexes) db.exec(`DROP INDEX ${ix.name}`);
  const one = `(${COLUMNS.map(() => '?').join(', ')})`;
  const insertSql = (n: number) => `INSERT INTO records (${COLUMNS.join(', ')}) VALUES ${Array.from({ length: n }, () => one).join(', ')}`;
  const full = db.prepare(insertSql(BATCH));
  const rng = createRandom(seed * 7919 + 17);
  const random = () => rng.next();
  const firstDay = toDayNumber(today) - 3 * 365;
  const now = new Date().toISOString();
  const { heavy, perOther, extra } = plan(orgs.length, records);
  let params: unknown[] = [];
  let inBatch = 0;
  let written = 0;
  const started = performance.now();
  const flush = () => {
    if (inBatch === 0) return;
    (inBatch === BATCH ? full : db.prepare(insertSql(inBatch))).run(params);
    params = [];
    inBatch = 0;
  };
  db.exec('BEGIN');
  let otherIndex = 0;
  orgs.forEach((org, i) => {
    const isHeavy = heavy.has(i);
    const count = isHeavy ? HEAVY_RECORDS : perOther + (otherIndex++ < extra ? 1 : 0);
    for (let n = 0; n < count; n++) {
      // Heavy subjects: 120 penalties and 80 licences; the others about half and half.
      const template = (isHeavy ? n < HEAVY_PENALTIES : random() < 0.5) ? t.penalty : t.licence;
      const decided = fromDayNumber(firstDay + Math.floor(random() * 3 * 365));
      const docNo = `深基准〔${decided.slice(0, 4)}〕${template === t.penalty ? '罚' : '许'}${String(i).padStart(7, '0')}-${String(n).padStart(3, '0')}号`;
      const values: Record<string, string> = { subjectName: org.name, subjectCode: org.code, decisionNo: docNo, decisionDate: decided };
      let content = template.parts[0]!;
      template.keys.forEach((k, j) => {
        content += JSON.stringify(values[k]).slice(1, -1) + template.parts[j + 1]!;
      });
      params.push(
        newId(), `${t.departmentId}|${template.typeCode}|${docNo}|`, org.id, template.typeCode, template.typeVersion, t.departmentId, docNo, null, decided,
        template.validUntil, template.severity, template.disclosure, publicityEnd(template, decided), template.polarity, template.category, 'active', 1,
        content, createHash('sha256').update(content).digest('hex'), now, now, now,
      );
      inBatch += 1;
      written += 1;
      if (inBatch === BATCH) flush();
      if (written % COMMIT_EVERY === 0) {
        db.exec('COMMIT');
        const s = (performance.now() - started) / 1000;
        process.stderr.write(`  records: ${written}/${records}, ${s.toFixed(0)} s, ${(written / s).toFixed(0)} rows/s\n`);
        db.exec('BEGIN');
      }
    }
  });
  flush();
  db.exec('COMMIT');
  const insertSeconds = (performance.now() - started) / 1000;
  const indexStart = performance.now();
  for (const ix of indexes) {
    process.stderr.write(`  index ${ix.name} …\n`);
    db.exec(ix.sql);
  }
  const indexSeconds = (performance.now() - indexStart) / 1000;
  db.close();
  const heavyCodes = orgs.filter((_, i) => heavy.has(i)).map((o) => o.code);
  return { written, insertSeconds, indexSeconds, heavyCodes };
}

/** The organisations in registry order (persons have no public page and get no records here). */
function organisations(file: string): Org[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(`SELECT id, code, name FROM subjects WHERE type <> 'person' AND code IS NOT NULL ORDER BY seq`).all() as Org[];
  } finally {
    db.close();
  }
}

/** bench/out/archive-<subjects key>-r<records>-<generator hash>.db, built unless a fitting one is there. */
export async function archiveFixture(subjects: number, records: number, seed: number): Promise<ArchiveFixture> {
  const base = await sqliteFixture(subjects, seed);
  const generator = createHash('sha256').update(GENERATOR).update(readFileSync(new URL(import.meta.url))).digest('hex').slice(0, 8);
  const file = join(OUT_DIR, `archive-${dataKey(subjects, seed)}-r${records}-${generator}.db`);
  const infoFile = `${file}.build.json`;
  // Like the search fixture: migrations added since the build are applied on open; a changed one rebuilds.
  const sameBase = (b: ArchiveBuildInfo['base']) => b.migrations.length > 0 && b.migrations.every((m, i) => m === base.build.migrations[i]);
  if (process.env.BENCH_REBUILD !== '1' && existsSync(file) && existsSync(infoFile)) {
    const cached = JSON.parse(readFileSync(infoFile, 'utf8')) as ArchiveBuildInfo & { heavyCodes: string[] };
    if (sameBase(cached.base)) {
      const { heavyCodes, ...build } = cached;
      return { file, build, reused: true, heavyCodes };
    }
  }
  const building = `${file}.building`;
  for (const f of [file, infoFile, building, `${building}-wal`, `${building}-shm`]) rmSync(f, { force: true });
  process.stderr.write(`building ${file} (${subjects} subjects, ${records} records) …\n`);
  const started = performance.now();
  copyFileSync(base.file, building);
  const orgs = organisations(building);
  const t = await templates(building, orgs[0]!.code, orgs[0]!.name);
  const today = chinaDate(systemClock);
  const filled = fillRecords(building, orgs, records - 2, seed, t, today);
  renameSync(building, file);
  const seconds = (performance.now() - started) / 1000;
  const build: ArchiveBuildInfo = {
    subjects, records: filled.written + 2, heavySubjects: filled.heavyCodes.length, seed, builtOn: today, seconds,
    insertSeconds: filled.insertSeconds, indexSeconds: filled.indexSeconds, rowsPerSec: filled.written / filled.insertSeconds,
    bytes: statSync(file).size, builtAt: new Date().toISOString(),
    base: { subjects: base.build.subjects, seed: base.build.seed, migrations: base.build.migrations },
  };
  writeFileSync(infoFile, `${JSON.stringify({ ...build, heavyCodes: filled.heavyCodes }, null, 2)}\n`);
  return { file, build, reused: false, heavyCodes: filled.heavyCodes };
}
