// Credit report throughput (SPEC §9, issue 8): public PDF reports of one
// enterprise with 50 live records (行政处罚 and 行政许可), issued through the
// service (archive reads, lists, ratings, snapshot, digest, signature, PDF,
// insert with audit entry) on SQLite, against a baseline measured in the same
// run: the same snapshot rendered by pdfkit alone (its own per-document layout
// cache). Then the renderer with the process-wide layout cache, and the service
// with BENCH_CONCURRENCY requests at a time, rendering inline or on a pool of
// BENCH_POOL threads (default: one per core). reports/s = reports / wall time.
// Target: ≥ 20 reports/s. Knobs: BENCH_REPORTS (default 60), BENCH_ROUNDS (3).
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/app/config.js';
import { createServices } from '../src/app/services.js';
import { connect } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { anonymousActor, systemActor } from '../src/kernel/actor.js';
import { fixedClock } from '../src/kernel/clock.js';
import { sampleLicenceRow } from '../src/domains/catalog/testing.js';
import { SAMPLE_AUTHORITY, penaltyChunk, penaltyRow, sampleUscc } from '../src/domains/records/testing.js';
import { createPdfPool, createReportService, renderPdf, reportFonts, type ReportServiceDeps } from '../src/domains/reports/index.js';
import { formatTable, summarize, withRatios, type Benchmark } from './harness.js';

const REPORTS = Number(process.env.BENCH_REPORTS ?? 60);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const RECORDS = 50;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const POOL_SIZE = Number(process.env.BENCH_POOL ?? availableParallelism());

const SUBJECTS = Number(process.env.BENCH_SUBJECTS ?? 24);
const FACTS = ['未按规定公示年度报告', '销售的食品标签不符合规定', '未按规定办理变更登记', '使用未经检定的计量器具', '发布虚假广告', '未建立进货查验记录'];

/**
 * A SQLite database with SUBJECTS enterprises, each holding RECORDS live records
 * (30 penalties, 20 licences) whose facts and amounts differ, as real reports'
 * text does: the renderer's layout cache meets text it has not seen, not one
 * report over and over. Also used by reports-profile.ts.
 */
export async function reportsFixture(dir: string) {
  const database = connect({ dialect: 'sqlite', file: join(dir, 'bench.db') });
  await migrateToLatest(database);
  const config = loadConfig({ NODE_ENV: 'test', XINYONG_SECRETS_FILE: join(dir, 'secrets.json'), XINYONG_SEED_DEMO: 'false', LOG_LEVEL: 'silent' });
  const clock = fixedClock('2026-06-15T02:00:00.000Z');
  const services = createServices({ config, database, clock });
  await services.catalog.ensureDefaults();
  await services.lists.ensureDefaults();
  const department = await services.accounts.createDepartment(systemActor, { code: SAMPLE_AUTHORITY.code, name: SAMPLE_AUTHORITY.name, kind: 'government' });
  const day = (i: number) => `2026-0${(i % 5) + 1}-${String((i % 27) + 1).padStart(2, '0')}`;
  const codes: string[] = [];
  for (let k = 0; k < SUBJECTS; k++) {
    const subject = { subjectName: `深圳市南山基准${k + 1}号科技有限公司`, subjectCode: sampleUscc(4242 + k) };
    const penalties = Array.from({ length: RECORDS * 0.6 }, (_, i) => penaltyRow(i, {
      ...subject, decisionNo: `深南市监罚〔2026〕${k * 100 + i + 1}号`, decisionDate: day(i + k),
      violationFacts: `当事人于${day(i + k)}${FACTS[(i + k) % FACTS.length]}，货值金额${(i + 1) * (k + 3) * 37}元。`,
      content: `警告，并处罚款人民币${(i + k + 1) * 500}元。`,
    }));
    const licences = Array.from({ length: RECORDS * 0.4 }, (_, i) => sampleLicenceRow({
      ...subject, legalRep: '张三', decisionNo: `深南许〔2026〕${k * 100 + i + 1}号`, decisionDate: day(i + k), licenceNo: `JY1440305${String(k * 1000 + i).padStart(7, '0')}`,
    }));
    await services.records.ingestChunk(systemActor, penaltyChunk(department, penalties));
    await services.records.ingestChunk(systemActor, penaltyChunk(department, licences, { typeCode: 'admin_license' }));
    codes.push(subject.subjectCode);
  }
  // What services.ts gives the report service, to build it again with another PDF renderer.
  const deps: ReportServiceDeps = {
    database, clock, audit: services.audit, signingKey: config.secrets.signingKey, publicUrl: config.publicUrl,
    subjects: services.subjects, archive: services.archive, catalog: services.catalog, lists: services.lists, ratings: services.ratings,
  };
  return { database, services, deps, codes };
}

/** n calls of fn, `concurrency` at a time; the wall time (ms), each call's latency, and the process's CPU time per call (all threads). */
async function concurrently(n: number, concurrency: number, fn: () => Promise<unknown>): Promise<{ wallMs: number; samples: number[]; cpuMs: number }> {
  const samples: number[] = [];
  let started = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (started < n) {
      started++;
      const t = performance.now();
      await fn();
      samples.push(performance.now() - t);
    }
  }));
  const cpu = process.cpuUsage(cpu0);
  return { wallMs: performance.now() - t0, samples, cpuMs: (cpu.user + cpu.system) / 1000 / n };
}

const perSecond = (n: number, wallMs: number) => Math.round((n / wallMs) * 1000 * 10) / 10;

export const reportsBenchmark: Benchmark = {
  name: 'reports',
  description: `public PDF credit reports of a subject with ${RECORDS} records: reports/s and peak RSS, against pdfkit rendering the same snapshot`,
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'xinyong-bench-reports-'));
    try {
      const { database, services, deps, codes } = await reportsFixture(dir);
      let turn = 0;
      /** The next subject in turn: consecutive reports are of different subjects. */
      const code = () => codes[turn++ % codes.length]!;
      const first = await services.reports.issue(anonymousActor(), { subject: codes[0]! });
      const shown = first.content.penalties.length + first.content.licences.length;
      if (shown !== RECORDS) throw new Error(`fixture: the report shows ${shown} records, not ${RECORDS}`);
      const fonts = reportFonts();
      // The renderer alone gets a snapshot whose numbers (decision numbers, amounts, dates) are new each time.
      let n = 0;
      const template = JSON.stringify(first.content);
      const variant = () => { n++; return JSON.parse(template.replace(/\d+(?=号|元)/g, (x) => `${x}${n}`)) as typeof first.content; };
      // The same service with its PDFs rendered on a pool of threads (one per core).
      const pool = createPdfPool({ size: POOL_SIZE, fonts: reportFonts });
      const pooled = createReportService({ ...deps, pdf: pool });
      const rows = [];
      const results: Record<string, { reportsPerSecond: number; cpuMsPerReport: number }> = {};
      const BASE = 'baseline: pdfkit renders the snapshot';
      const runs: Array<[string, number, () => Promise<unknown>]> = [
        [BASE, 1, () => renderPdf(variant(), first.report.verificationCode, fonts, { shareLayout: false })],
        ['renderer: shared layout cache', 1, () => renderPdf(variant(), first.report.verificationCode, fonts)],
        ['service: issue a public report', 1, () => services.reports.issue(anonymousActor(), { subject: code() })],
        [`service: ${CONCURRENCY} at a time, inline`, CONCURRENCY, () => services.reports.issue(anonymousActor(), { subject: code() })],
        [`service: ${CONCURRENCY} at a time, pool of ${POOL_SIZE}`, CONCURRENCY, () => pooled.issue(anonymousActor(), { subject: code() })],
      ];
      for (const [, concurrency, fn] of runs) await concurrently(3 * concurrency, concurrency, fn); // warm-up (JIT, caches, threads)
      for (let round = 0; round < ROUNDS; round++) {
        for (const [name, concurrency, fn] of runs) {
          const r = await concurrently(REPORTS, concurrency, fn);
          results[`${name} r${round + 1}`] = { reportsPerSecond: perSecond(REPORTS, r.wallMs), cpuMsPerReport: Math.round(r.cpuMs * 10) / 10 };
          if (round === ROUNDS - 1) rows.push(summarize(name, r.samples, name === BASE ? undefined : BASE));
        }
      }
      await pool.close();
      const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
      console.log(formatTable(withRatios(rows)));
      for (const [name, r] of Object.entries(results)) console.log(`${name}: ${r.reportsPerSecond} reports/s, ${r.cpuMsPerReport} ms CPU per report`);
      console.log(`PDF: ${first.pdf.length} bytes, ${RECORDS} records; peak RSS ${peakRssMb} MB; ${availableParallelism()} cores, load ${loadavg().map((x) => x.toFixed(1)).join(' ')} (target ≥ 20 reports/s)`);
      await database.close();
      return { records: RECORDS, pdfBytes: first.pdf.length, results, peakRssMb, rows };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
