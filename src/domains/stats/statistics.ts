import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../kernel/actor.js';
import { authorize } from '../../kernel/authorize.js';
import { chinaDate, type Clock } from '../../kernel/clock.js';
import type { CatalogService } from '../catalog/index.js';
import type { StatsAggregator } from './aggregates.js';
import { TIMELINESS_TARGET_WORKING_DAYS as TARGET } from './provider-quality-schema.js';
import { WorkingDayHistogram } from './provider-quality-timeliness.js';
import { resolveMonths, type MonthPeriod } from './statistics-period.js';
import { readsStatistics } from './statistics-policy.js';
import { noDueProcess, type DueProcessPort } from './statistics-ports.js';
import { statisticsRepo as repo } from './statistics-repo.js';
import { parseWith as parse } from '../../kernel/parse.js';
import {
  coverageQuerySchema, statsFilterSchema, type Coverage, type CoverageQuery, type DueProcessStats, type Overview, type RecordsLine, type RecordStats,
  type StatsFilter, type TimelinessLine, type TimelinessStats,
} from './statistics-schema.js';

export interface StatisticsDeps {
  db: Kysely<DB>;
  clock: Clock;
  catalog: Pick<CatalogService, 'list'>;
  aggregator: Pick<StatsAggregator, 'lag'>;
  /** Objections (SPEC §8), when the feature is installed; empty figures otherwise. */
  objections?: DueProcessPort | undefined;
  /** Credit repairs (SPEC §8), likewise. */
  repairs?: DueProcessPort | undefined;
}

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

/** Sums rows into lines by a key, largest first, ties by key. */
function lines<R extends { created: number; withdrawn: number }>(rows: readonly R[], keyOf: (r: R) => string, label: (key: string) => { label: string; labelEn: string }): RecordsLine[] {
  const sums = new Map<string, { created: number; withdrawn: number }>();
  for (const r of rows) {
    const k = keyOf(r);
    const s = sums.get(k) ?? { created: 0, withdrawn: 0 };
    s.created += r.created;
    s.withdrawn += r.withdrawn;
    sums.set(k, s);
  }
  return [...sums].map(([key, s]) => ({ key, ...label(key), ...s })).sort((a, b) => b.created - a.created || a.key.localeCompare(b.key));
}

/**
 * Supervision statistics (SPEC §11, issue 9): coverage, records by
 * department, type, category and domain over time, timeliness per provider
 * and due process, read from the summary tables the aggregates consumer keeps
 * (so the overview costs the same at 10 million records as at ten).
 */
export function createStatisticsService({ db, clock, catalog, aggregator, objections = noDueProcess, repairs = noDueProcess }: StatisticsDeps) {
  async function typeInfo() {
    const types = await catalog.list();
    return new Map(types.map((t) => [t.definition.code, { name: t.definition.name, nameEn: t.definition.nameEn, category: t.definition.category as string, domain: t.definition.domain as string }]));
  }

  async function coverage(q: CoverageQuery): Promise<Coverage> {
    const by = q.by ?? 'type';
    const rows = await repo.cells(db, by, q);
    const subjects = rows.reduce((n, r) => n + r.subjects, 0);
    const covered = rows.reduce((n, r) => n + r.covered, 0);
    return { subjects, covered, share: share(covered, subjects), by, lines: rows.map((r) => ({ ...r, share: share(r.covered, r.subjects) })) };
  }

  async function records(period: MonthPeriod, department?: string): Promise<RecordStats> {
    const [rows, types, departments] = [await repo.months(db, period, department), await typeInfo(), await repo.departments(db)];
    const depts = new Map(departments.map((d) => [d.id, d]));
    const byMonth = period.months.map((month) => {
      const of = rows.filter((r) => r.month === month);
      return { month, created: of.reduce((n, r) => n + r.created, 0), withdrawn: of.reduce((n, r) => n + r.withdrawn, 0) };
    });
    const typeOf = (code: string) => types.get(code);
    const same = (k: string) => ({ label: k, labelEn: k });
    return {
      from: period.from, to: period.to,
      created: byMonth.reduce((n, m) => n + m.created, 0), withdrawn: byMonth.reduce((n, m) => n + m.withdrawn, 0),
      byMonth,
      byDepartment: lines(rows, (r) => r.departmentId, (k) => ({ label: depts.get(k)?.name ?? k, labelEn: depts.get(k)?.nameEn ?? depts.get(k)?.name ?? k })),
      byType: lines(rows, (r) => r.typeCode, (k) => ({ label: typeOf(k)?.name ?? k, labelEn: typeOf(k)?.nameEn ?? k })),
      byCategory: lines(rows, (r) => typeOf(r.typeCode)?.category ?? 'other', same),
      byDomain: lines(rows, (r) => typeOf(r.typeCode)?.domain ?? 'other', same),
    };
  }

  async function timeliness(period: MonthPeriod, department?: string): Promise<TimelinessStats> {
    const [rows, departments] = [await repo.timeliness(db, period, department), await repo.departments(db)];
    const all = new WorkingDayHistogram();
    const per = new Map<string, WorkingDayHistogram>();
    for (const r of rows) {
      all.add(r.workingDays, r.records);
      const h = per.get(r.departmentId) ?? new WorkingDayHistogram();
      h.add(r.workingDays, r.records);
      per.set(r.departmentId, h);
    }
    const figures = (h: WorkingDayHistogram) => {
      const { measured, onTime, late, onTimeShare } = h.summary();
      return { measured, onTime, late, onTimeShare };
    };
    const byDepartment: TimelinessLine[] = departments
      .filter((d) => per.has(d.id))
      .map((d) => ({ department: { id: d.id, code: d.code, name: d.name, nameEn: d.nameEn }, ...figures(per.get(d.id)!), medianWorkingDays: per.get(d.id)!.percentile(0.5) }))
      .sort((a, b) => (a.onTimeShare ?? 1) - (b.onTimeShare ?? 1) || a.department.code.localeCompare(b.department.code));
    return { from: period.from, to: period.to, targetWorkingDays: TARGET, ...figures(all), byDepartment };
  }

  const periodOf = (q: StatsFilter) => resolveMonths(q, chinaDate(clock));

  return {
    /** The overview dashboard: coverage, records over time and by department, timeliness; filters as in `StatsFilter`. */
    async overview(actor: Actor, query: unknown = {}): Promise<Overview> {
      authorize(actor, readsStatistics(actor), '查看统计');
      const q = parse(statsFilterSchema, query);
      const period = periodOf(q);
      const [lag, cov, rec, tl] = [await aggregator.lag(), await coverage({ by: 'type', street: q.street, industry: q.industry }), await records(period, q.department), await timeliness(period, q.department)];
      return {
        from: period.from, to: period.to, street: q.street ?? null, industry: q.industry ?? null, department: q.department ?? null,
        asOf: lag, coverage: cov, records: rec, timeliness: tl,
      };
    },

    async coverage(actor: Actor, query: unknown = {}): Promise<Coverage> {
      authorize(actor, readsStatistics(actor), '查看统计');
      return coverage(parse(coverageQuerySchema, query));
    },

    async records(actor: Actor, query: unknown = {}): Promise<RecordStats> {
      authorize(actor, readsStatistics(actor), '查看统计');
      const q = parse(statsFilterSchema, query);
      return records(periodOf(q), q.department);
    },

    async timeliness(actor: Actor, query: unknown = {}): Promise<TimelinessStats> {
      authorize(actor, readsStatistics(actor), '查看统计');
      const q = parse(statsFilterSchema, query);
      return timeliness(periodOf(q), q.department);
    },

    /** Objections and repairs by status and by deadline kept or missed (ports: empty until those features are installed). */
    async dueProcess(actor: Actor, query: unknown = {}): Promise<DueProcessStats> {
      authorize(actor, readsStatistics(actor), '查看统计');
      const period = periodOf(parse(statsFilterSchema, query));
      const range = { from: `${period.from}-01`, to: period.endsBefore };
      return { from: period.from, to: period.to, objections: await objections.stats(range), repairs: await repairs.stats(range) };
    },

    /** For the assessment: each department's on-time share and rejection figures per month. */
    internal: { records, timeliness, periodOf },
  };
}

export type StatisticsService = ReturnType<typeof createStatisticsService>;
