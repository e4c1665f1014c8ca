import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../kernel/actor.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { authorize } from '../../kernel/authorize.js';
import { chinaDate, isoNow, type Clock } from '../../kernel/clock.js';
import { NotFoundError } from '../../kernel/errors.js';
import { isLate } from './provider-quality-timeliness.js';
import { chinaDateOf } from './provider-quality-period.js';
import { shiftMonth } from './statistics-period.js';
import { editsPlan, readsStatistics } from './statistics-policy.js';
import { noDueProcess, type DueProcessPort } from './statistics-ports.js';
import { statisticsRepo as repo } from './statistics-repo.js';
import { departmentRefSchema, MONTH } from './statistics-schema.js';
import { statsPeriodInvalid } from './statistics-errors.js';
import type { StatisticsService } from './statistics.js';
import { parseWith } from '../../kernel/parse.js';

/** Points of each part of the monthly scorecard (docs/statistics.md, "Department assessment"). */
export const ASSESSMENT_WEIGHTS = { timeliness: 40, quality: 30, duties: 20, objections: 10 } as const;

const part = z.object({ points: z.number().nullable().describe('null: no data this month; the other parts are scaled up to 100') });
export const scorecardLineSchema = z.object({
  department: departmentRefSchema,
  rank: z.number().int().nullable(),
  score: z.number().nullable().describe('0-100, one decimal'),
  previousScore: z.number().nullable(),
  trend: z.number().nullable().describe('score − previous month\'s score'),
  timeliness: part.extend({ measured: z.number().int(), onTime: z.number().int(), share: z.number().nullable() }),
  quality: part.extend({ received: z.number().int(), rejected: z.number().int(), rejectionRate: z.number().nullable() }),
  duties: part.extend({ types: z.array(z.string()), delivered: z.array(z.string()), configured: z.boolean().describe('false: the types it delivered in the 12 months before') }),
  objections: part.extend({ decided: z.number().int(), againstRecord: z.number().int() }),
});
export type ScorecardLine = z.infer<typeof scorecardLineSchema>;
export const scorecardSchema = z.object({ month: z.string(), weights: z.object({ timeliness: z.number(), quality: z.number(), duties: z.number(), objections: z.number() }), departments: z.array(scorecardLineSchema) }).meta({ id: 'DepartmentScorecard' });
export type Scorecard = z.infer<typeof scorecardSchema>;
export const dutiesInputSchema = z.strictObject({ types: z.array(z.string().min(1).max(64)).max(100) });

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The monthly department scorecard (issue 9 item 3): timeliness (on-time
 * share of 行政处罚/行政许可 first received in the month), data quality
 * (1 − rejection rate of the rows submitted), delivery against duties (share
 * of the department's duty record types with at least one new record in the
 * month) and objection outcomes (1 − share of decided objections that
 * corrected or removed its record), weighted 40/30/20/10. Parts without data
 * drop out and the rest are scaled to 100. Rank by score; trend against the
 * month before.
 */
export function createAssessmentService({ db, clock, audit, statistics, objections = noDueProcess }: {
  db: Kysely<DB>; clock: Clock; audit: AuditTrail; statistics: Pick<StatisticsService, 'internal'>; objections?: DueProcessPort | undefined;
}) {
  async function card(month: string): Promise<Map<string, Omit<ScorecardLine, 'rank' | 'previousScore' | 'trend'>>> {
    const range = { from: shiftMonth(month, -12), to: month };
    const [departments, months, timely, duties] = [await repo.departments(db), await repo.months(db, range), await repo.timeliness(db, { from: month, to: month }), await repo.duties(db)];
    const period = statistics.internal.periodOf({ from: month, to: month });
    const batches = (await repo.batchMonths(db, period.startsAt, period.endsBefore)).filter((b) => chinaDateOf(`${b.hour}:00:00.000Z`).slice(0, 7) === month);
    const outcomes = new Map(((await objections.outcomesByDepartment?.({ from: `${month}-01`, to: period.endsBefore })) ?? []).map((o) => [o.departmentId, o]));
    const out = new Map<string, Omit<ScorecardLine, 'rank' | 'previousScore' | 'trend'>>();
    for (const d of departments) {
      const t = timely.filter((r) => r.departmentId === d.id);
      const measured = t.reduce((n, r) => n + r.records, 0);
      const onTime = t.filter((r) => !isLate(r.workingDays)).reduce((n, r) => n + r.records, 0);
      const b = batches.filter((r) => r.departmentId === d.id);
      const rejected = b.reduce((n, r) => n + r.rejected, 0);
      const received = rejected + b.reduce((n, r) => n + r.accepted, 0);
      const configured = duties.filter((x) => x.departmentId === d.id).map((x) => x.typeCode);
      const mine = months.filter((r) => r.departmentId === d.id);
      const types = configured.length > 0 ? configured : [...new Set(mine.filter((r) => r.month < month && r.created > 0).map((r) => r.typeCode))].sort();
      const delivered = types.filter((ty) => mine.some((r) => r.month === month && r.typeCode === ty && r.created > 0));
      const o = outcomes.get(d.id) ?? { decided: 0, againstRecord: 0 };
      const shares = {
        timeliness: ratio(onTime, measured), quality: received === 0 ? null : 1 - rejected / received,
        duties: ratio(delivered.length, types.length), objections: o.decided === 0 ? null : 1 - o.againstRecord / o.decided,
      };
      const keys = Object.keys(ASSESSMENT_WEIGHTS) as Array<keyof typeof ASSESSMENT_WEIGHTS>;
      const weight = keys.filter((k) => shares[k] !== null).reduce((n, k) => n + ASSESSMENT_WEIGHTS[k], 0);
      const points = (k: keyof typeof ASSESSMENT_WEIGHTS) => (shares[k] === null ? null : round1(ASSESSMENT_WEIGHTS[k] * shares[k]!));
      const score = weight === 0 ? null : round1((100 * keys.reduce((n, k) => n + (shares[k] === null ? 0 : ASSESSMENT_WEIGHTS[k] * shares[k]!), 0)) / weight);
      if (score === null && d.kind === 'credit_office') continue;
      out.set(d.id, {
        department: { id: d.id, code: d.code, name: d.name, nameEn: d.nameEn }, score,
        timeliness: { points: points('timeliness'), measured, onTime, share: shares.timeliness },
        quality: { points: points('quality'), received, rejected, rejectionRate: received === 0 ? null : rejected / received },
        duties: { points: points('duties'), types, delivered, configured: configured.length > 0 },
        objections: { points: points('objections'), decided: o.decided, againstRecord: o.againstRecord },
      });
    }
    return out;
  }

  return {
    async scorecard(actor: Actor, query: { month?: string | undefined } = {}): Promise<Scorecard> {
      authorize(actor, readsStatistics(actor), '查看部门考核');
      const month = query.month ?? chinaDate(clock).slice(0, 7);
      if (!MONTH.test(month)) throw statsPeriodInvalid([{ field: 'month', code: 'INVALID_FORMAT', message: '月份应为 YYYY-MM / a month is YYYY-MM' }]);
      const [now, before] = [await card(month), await card(shiftMonth(month, -1))];
      const lines = [...now.values()].sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.department.code.localeCompare(b.department.code));
      let rank = 0;
      const departments = lines.map((l, i) => {
        if (l.score !== null && (i === 0 || lines[i - 1]!.score !== l.score)) rank = i + 1;
        const previousScore = before.get(l.department.id)?.score ?? null;
        return { ...l, rank: l.score === null ? null : rank, previousScore, trend: l.score === null || previousScore === null ? null : round1(l.score - previousScore) };
      });
      return { month, weights: { ...ASSESSMENT_WEIGHTS }, departments };
    },

    /** The record types a department is expected to deliver each month (replaces the list); audited. */
    async setDuties(actor: Actor, departmentId: string, input: unknown): Promise<string[]> {
      authorize(actor, editsPlan(actor), '维护部门报送职责');
      const duties = parseWith(dutiesInputSchema, input);
      const dept = await db.selectFrom('departments').select('id').where('id', '=', departmentId).executeTakeFirst();
      if (!dept) throw new NotFoundError('DEPARTMENT_NOT_FOUND', '部门不存在 / no such department');
      const types = [...new Set(duties.types)].sort();
      const at = isoNow(clock);
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('departmentDuties').where('departmentId', '=', departmentId).execute();
        if (types.length > 0) await trx.insertInto('departmentDuties').values(types.map((typeCode) => ({ departmentId, typeCode, updatedAt: at, updatedBy: actor.id }))).execute();
        await audit.append(trx, actor, { action: 'stats.set_duties', targetType: 'department', targetId: departmentId, details: { types } });
      });
      return types;
    },
  };
}

export type AssessmentService = ReturnType<typeof createAssessmentService>;
