import type { Actor } from '../kernel/actor.js';
import { addDays, addMonths } from '../kernel/calendar/index.js';
import { referenceData } from '../kernel/reference/index.js';
import type { Coverage, Overview, RecordStats, RecordsLine, TimelinessStats } from '../domains/stats/index.js';
import type { ChartSpec } from './dashboard-chart.js';
import type { MessageKey } from './i18n/index.js';
import type { View } from './view.js';
import type { WebContext } from './web-context.js';

export const THEMES = ['overview', 'coverage', 'records', 'timeliness', 'checks', 'ratings', 'dueProcess'] as const;
export type Theme = (typeof THEMES)[number];
export const themePath = (theme: Theme) => (theme === 'overview' ? '/console/dashboard' : `/console/dashboard/${theme === 'dueProcess' ? 'due-process' : theme}`);

/** A table cell: text, a number (kept as a number in the workbook), or a drill-down link. */
export type Cell = string | number | null | { text: string; href: string };
export interface Section {
  id: string;
  title: string;
  chart: ChartSpec | null;
  headers: string[];
  rows: Cell[][];
  note?: string;
}
export interface ThemeResult {
  sections: Section[];
  kpis: Array<{ label: string; value: string }>;
  /** how current the summary tables are (null: the figures are read live) */
  asOf: { updatedAt: string | null; pendingEvents: number } | null;
}

/** The query a dashboard page takes: the statistics filters, plus `by` (coverage) and `model` (ratings). */
export interface DashboardQuery {
  from?: string | undefined;
  to?: string | undefined;
  street?: string | undefined;
  industry?: string | undefined;
  department?: string | undefined;
  by?: string | undefined;
  model?: string | undefined;
}

const pct = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
const pctText = (share: number | null) => (share === null ? '—' : `${pct(share)}%`);
const lastDay = (month: string) => addDays(addMonths(`${month}-01`, 1), -1);

export function subjectTypeLabel(view: View, type: string): string {
  return type === '' ? view.t('stats.coverage.none') : view.t(`stats.subjectType.${type}` as MessageKey);
}
const industryLabel = (view: View, key: string) => (key === '' ? view.t('stats.coverage.none') : `${key} ${view.lang === 'en' ? '' : (referenceData.industrySections[key] ?? '')}`.trim());

function query(q: DashboardQuery, extra: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...q, ...extra })) if (v) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

function coverageSection(view: View, c: Coverage, q: DashboardQuery, id = 'coverage'): Section {
  const { t } = view;
  const label = (key: string) => (c.by === 'type' ? subjectTypeLabel(view, key) : c.by === 'industry' ? industryLabel(view, key) : key || t('stats.coverage.none'));
  // Drill-down: a street opens its industries, an industry its streets.
  const drill = (key: string): Cell => {
    if (c.by === 'street' && key) return { text: label(key), href: `/console/dashboard/coverage${query(q, { by: 'industry', street: key })}` };
    if (c.by === 'industry' && key) return { text: label(key), href: `/console/dashboard/coverage${query(q, { by: 'street', industry: key })}` };
    return label(key);
  };
  const title = t(c.by === 'type' ? 'stats.coverage.byType' : c.by === 'street' ? 'stats.coverage.byStreet' : 'stats.coverage.byIndustry');
  return {
    id, title,
    chart: { title, categories: c.lines.map((l) => label(l.key)), series: [{ name: t('stats.coverage.share'), values: c.lines.map((l) => pct(l.share)) }], percent: true, horizontal: c.lines.length > 6 },
    headers: [t('stats.coverage.key'), t('stats.coverage.subjects'), t('stats.coverage.covered'), t('stats.coverage.share')],
    rows: [...c.lines.map((l) => [drill(l.key), l.subjects, l.covered, pctText(l.share)]), [t('stats.all'), c.subjects, c.covered, pctText(c.share)]],
  };
}

function monthSection(view: View, r: RecordStats): Section {
  const { t } = view;
  const title = t('stats.records.byMonth');
  return {
    id: 'records-month', title,
    chart: { title, categories: r.byMonth.map((m) => m.month), series: [{ name: t('stats.records.created'), values: r.byMonth.map((m) => m.created) }, { name: t('stats.records.withdrawn'), values: r.byMonth.map((m) => m.withdrawn) }] },
    headers: [t('stats.records.month'), t('stats.records.created'), t('stats.records.withdrawn')],
    rows: r.byMonth.map((m) => [m.month, m.created, m.withdrawn]),
  };
}

function linesSection(view: View, id: string, title: string, lines: readonly RecordsLine[], labelOf: (l: RecordsLine) => Cell): Section {
  const { t } = view;
  const text = (c: Cell) => (c !== null && typeof c === 'object' ? c.text : String(c ?? ''));
  return {
    id, title,
    chart: lines.length === 0 ? null : { title, categories: lines.map((l) => text(labelOf(l))), series: [{ name: t('stats.records.created'), values: lines.map((l) => l.created) }], horizontal: true },
    headers: [t('stats.records.key'), t('stats.records.created'), t('stats.records.withdrawn')],
    rows: lines.map((l) => [labelOf(l), l.created, l.withdrawn]),
  };
}

function timelinessSection(view: View, tl: TimelinessStats): Section {
  const { t } = view;
  const title = t('stats.timeliness.byDepartment');
  const name = (d: { name: string; nameEn: string | null }) => (view.lang === 'en' ? (d.nameEn ?? d.name) : d.name);
  const late = (id: string) => `/console/quality/${id}/late?from=${tl.from}-01&to=${lastDay(tl.to)}`;
  return {
    id: 'timeliness', title,
    chart: tl.byDepartment.length === 0 ? null : { title, categories: tl.byDepartment.map((l) => name(l.department)), series: [{ name: t('stats.timeliness.share'), values: tl.byDepartment.map((l) => pct(l.onTimeShare)) }], horizontal: true, percent: true },
    headers: [t('stats.department'), t('stats.timeliness.measured'), t('stats.timeliness.onTime'), t('stats.timeliness.late'), t('stats.timeliness.share'), t('stats.timeliness.median')],
    rows: tl.byDepartment.map((l) => [
      name(l.department), l.measured, l.onTime,
      l.late > 0 ? { text: String(l.late), href: late(l.department.id) } : 0,
      pctText(l.onTimeShare), l.medianWorkingDays,
    ]),
  };
}

const label = (view: View) => (l: RecordsLine) => (view.lang === 'en' ? l.labelEn : l.label);

/** Each theme's sections, from the same services the API uses (so the page, its table and its workbook say the same). */
export async function buildTheme(web: WebContext, actor: Actor, view: View, theme: Theme, q: DashboardQuery): Promise<ThemeResult> {
  const { statistics, checks, ratings } = web.services;
  const { t } = view;
  const filters = { from: q.from, to: q.to, street: q.street, industry: q.industry, department: q.department };
  const asOf = async () => (await statistics.overview(actor, { from: q.from, to: q.to })).asOf;
  const byDepartment = (r: RecordStats) => linesSection(view, 'records-department', t('stats.records.byDepartment'), r.byDepartment.slice(0, 30),
    (l) => ({ text: label(view)(l), href: `/console/dashboard/records${query(q, { department: l.key })}` }));
  if (theme === 'overview') {
    const o: Overview = await statistics.overview(actor, filters);
    return {
      asOf: o.asOf,
      kpis: [
        { label: t('stats.kpi.subjects'), value: o.coverage.subjects.toLocaleString('en') },
        { label: t('stats.kpi.coverage'), value: pctText(o.coverage.share) },
        { label: t('stats.kpi.records'), value: o.records.created.toLocaleString('en') },
        { label: t('stats.kpi.onTime'), value: pctText(o.timeliness.onTimeShare) },
      ],
      sections: [coverageSection(view, o.coverage, q), monthSection(view, o.records), byDepartment(o.records), timelinessSection(view, o.timeliness)],
    };
  }
  if (theme === 'coverage') {
    const by = q.by === 'street' || q.by === 'industry' ? q.by : 'type';
    const c = await statistics.coverage(actor, { by, street: q.street, industry: q.industry });
    return { asOf: await asOf(), kpis: [{ label: t('stats.kpi.coverage'), value: pctText(c.share) }], sections: [coverageSection(view, c, q)] };
  }
  if (theme === 'records') {
    const r = await statistics.records(actor, filters);
    const named = (prefix: 'stats.domain') => (l: RecordsLine) => t(`${prefix}.${l.key}` as MessageKey);
    return {
      asOf: await asOf(), kpis: [{ label: t('stats.kpi.records'), value: r.created.toLocaleString('en') }],
      sections: [monthSection(view, r), byDepartment(r), linesSection(view, 'records-type', t('stats.records.byType'), r.byType, label(view)),
        linesSection(view, 'records-domain', t('stats.records.byDomain'), r.byDomain, named('stats.domain')),
        linesSection(view, 'records-category', t('stats.records.byCategory'), r.byCategory, (l) => t(`portal.category.${l.key}` as MessageKey))],
    };
  }
  if (theme === 'timeliness') {
    const tl = await statistics.timeliness(actor, filters);
    return { asOf: await asOf(), kpis: [{ label: t('stats.kpi.onTime'), value: pctText(tl.onTimeShare) }], sections: [timelinessSection(view, tl)] };
  }
  if (theme === 'checks') {
    const period = await statistics.records(actor, { from: q.from, to: q.to });
    const s = await checks.stats(actor, { from: `${period.from}-01`, to: lastDay(period.to) });
    const scen = (k: string) => t(`checks.scenario.${k}` as MessageKey);
    const title = t('stats.checks.byScenario');
    const more = `/console/checks/stats?from=${period.from}-01&to=${lastDay(period.to)}`;
    return {
      asOf: null, kpis: [],
      sections: [{
        id: 'checks', title,
        chart: { title, categories: s.scenarios.map((x) => scen(x.scenario)), stacked: true, horizontal: true,
          series: (['clear', 'caution', 'restricted'] as const).map((v) => ({ name: t(`checks.verdict.${v}` as MessageKey), values: s.scenarios.map((x) => x.verdicts[v]) })) },
        headers: [t('checks.scenario'), t('checks.stats.checks'), t('checks.verdict.clear'), t('checks.verdict.caution'), t('checks.verdict.restricted'), t('checks.stats.feedbackRate'), t('checks.stats.implementationRate')],
        rows: s.scenarios.map((x) => [{ text: scen(x.scenario), href: `${more}&scenario=${x.scenario}` }, x.checks, x.verdicts.clear, x.verdicts.caution, x.verdicts.restricted, pctText(x.feedbackRate), pctText(x.implementationRate)]),
      }],
    };
  }
  if (theme === 'ratings') {
    const model = q.model ?? 'public_composite';
    try {
      const d = await ratings.distribution(actor, model, { by: 'street', street: q.street, industry: q.industry });
      const title = `${t('stats.ratings.distribution')} · ${model}`;
      const streetTitle = t('stats.ratings.byStreet');
      return {
        asOf: null, kpis: [{ label: t('stats.ratings.count'), value: d.total.total.toLocaleString('en') }],
        sections: [
          { id: 'ratings', title, chart: { title, categories: d.grades, series: [{ name: t('stats.ratings.count'), values: d.total.grades.map((g) => g.count) }] },
            headers: [t('stats.ratings.grade'), t('stats.ratings.count')], rows: d.total.grades.map((g) => [g.grade, g.count]) },
          { id: 'ratings-street', title: streetTitle,
            chart: d.rows.length === 0 ? null : { title: streetTitle, categories: d.rows.map((r) => r.key ?? t('stats.coverage.none')), stacked: true, horizontal: true, series: d.grades.map((g, i) => ({ name: g, values: d.rows.map((r) => r.grades[i]!.count) })) },
            headers: [t('stats.street'), ...d.grades], rows: d.rows.map((r) => [r.key ? { text: r.key, href: `/console/dashboard/ratings${query(q, { street: r.key, model })}` } : t('stats.coverage.none'), ...r.grades.map((g) => g.count)]) },
        ],
      };
    } catch {
      return { asOf: null, kpis: [], sections: [{ id: 'ratings', title: t('stats.ratings.distribution'), chart: null, headers: [], rows: [], note: t('stats.ratings.none') }] };
    }
  }
  const d = await statistics.dueProcess(actor, filters);
  const kind = (id: string, title: string, k: typeof d.objections): Section => ({
    id, title, chart: null, headers: [t('stats.due.status'), t('stats.due.count')],
    rows: [...k.byStatus.map((s) => [s.status, s.count]), [t('stats.due.decided'), k.decided], [t('stats.due.kept'), k.deadlineKept], [t('stats.due.missed'), k.deadlineMissed], [t('stats.due.overdue'), k.openOverdue]],
    ...(k.available ? {} : { note: t('stats.due.unavailable') }),
  });
  return { asOf: null, kpis: [], sections: [kind('objections', t('stats.due.objections'), d.objections), kind('repairs', t('stats.due.repairs'), d.repairs)] };
}
