import { z } from 'zod';
import { SCENARIOS, measureKindSchema, scenarioSchema, type StoredMeasure } from './schema.js';

/**
 * Implementation rates (反馈, SPEC §6, §11) for checks made in a period:
 * per measure, how often it was returned, how often the caller reported back,
 * and how often it reported the measure applied; per scenario, the checks and
 * their verdicts too. feedbackRate = feedback / returned; implementationRate =
 * applied / feedback (null when nothing was reported).
 */
const rate = z.number().nullable();

export const measureStatsSchema = z.object({
  code: z.string(), kind: measureKindSchema, content: z.string(), contentEn: z.string(),
  returned: z.number().int(), feedback: z.number().int(), applied: z.number().int(), notApplied: z.number().int(),
  feedbackRate: rate, implementationRate: rate,
});
export const scenarioStatsSchema = z.object({
  scenario: scenarioSchema,
  checks: z.number().int(),
  verdicts: z.object({ clear: z.number().int(), caution: z.number().int(), restricted: z.number().int() }),
  measuresReturned: z.number().int(), feedback: z.number().int(), applied: z.number().int(),
  feedbackRate: rate, implementationRate: rate,
});
export const checkStatsSchema = z
  .object({ from: z.string(), to: z.string(), scenario: scenarioSchema.nullable(), scenarios: z.array(scenarioStatsSchema), measures: z.array(measureStatsSchema) })
  .meta({ id: 'CheckStats' });
export type CheckStats = z.infer<typeof checkStatsSchema>;

export interface StatsRows {
  verdicts: Array<{ scenario: string; verdict: string; n: number }>;
  returned: Array<{ measureCode: string; kind: string; scenario: string; n: number }>;
  feedback: Array<{ measureCode: string; scenario: string; n: number; applied: number }>;
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 10_000) / 10_000);

export function buildStats(period: { from: string; to: string; scenario: string | null }, rows: StatsRows, measures: readonly StoredMeasure[]): CheckStats {
  const byCode = new Map(measures.map((m) => [m.definition.code, m.definition]));
  const scenarios = SCENARIOS.filter((s) => period.scenario === null || s === period.scenario).map((scenario) => {
    const verdicts = { clear: 0, caution: 0, restricted: 0 };
    for (const v of rows.verdicts) if (v.scenario === scenario && v.verdict in verdicts) verdicts[v.verdict as keyof typeof verdicts] += v.n;
    const measuresReturned = rows.returned.filter((r) => r.scenario === scenario).reduce((n, r) => n + r.n, 0);
    const fb = rows.feedback.filter((r) => r.scenario === scenario);
    const feedback = fb.reduce((n, r) => n + r.n, 0);
    const applied = fb.reduce((n, r) => n + r.applied, 0);
    return {
      scenario, checks: verdicts.clear + verdicts.caution + verdicts.restricted, verdicts, measuresReturned, feedback, applied,
      feedbackRate: ratio(feedback, measuresReturned), implementationRate: ratio(applied, feedback),
    };
  });
  const codes = [...new Set(rows.returned.map((r) => r.measureCode))].sort();
  const perMeasure = codes.map((code) => {
    const returned = rows.returned.filter((r) => r.measureCode === code);
    const fb = rows.feedback.filter((r) => r.measureCode === code);
    const n = returned.reduce((s, r) => s + r.n, 0);
    const feedback = fb.reduce((s, r) => s + r.n, 0);
    const applied = fb.reduce((s, r) => s + r.applied, 0);
    const d = byCode.get(code);
    return {
      code, kind: measureKindSchema.parse(d?.kind ?? returned[0]!.kind), content: d?.content ?? code, contentEn: d?.contentEn ?? code,
      returned: n, feedback, applied, notApplied: feedback - applied, feedbackRate: ratio(feedback, n), implementationRate: ratio(applied, feedback),
    };
  });
  return { from: period.from, to: period.to, scenario: period.scenario as CheckStats['scenario'], scenarios, measures: perMeasure };
}
