import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { WorkingDayCalendar } from '../../kernel/calendar/index.js';
import { complaintRepo as repo, type Range } from './repo.js';
import { COMPLAINT_OUTCOMES, COMPLAINT_STATUSES, OPEN_STATUSES } from './schema.js';

const counts = (keys: readonly string[]) => z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])));

export const complaintStatsSchema = z
  .object({
    from: z.string().nullable(), to: z.string().nullable(), today: z.string(),
    total: z.number().int(),
    byStatus: counts(COMPLAINT_STATUSES),
    byOutcome: counts(COMPLAINT_OUTCOMES),
    overdue: z.number().int().describe('open complaints past their step deadline today'),
    averageWorkingDaysToConclusion: z.number().nullable().describe('received → concluded, in working days (one decimal); null when none concluded'),
    byDepartment: z.array(z.object({
      departmentId: z.string().nullable().describe('null: not routed yet'), name: z.string().nullable(),
      total: z.number().int(), open: z.number().int(), concluded: z.number().int(), rejected: z.number().int(), overdue: z.number().int(),
      averageWorkingDaysToConclusion: z.number().nullable(),
    })),
  })
  .meta({ id: 'ComplaintStats' });
export type ComplaintStats = z.infer<typeof complaintStatsSchema>;

const average = (xs: number[]) => (xs.length === 0 ? null : Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10);

/** Statistics by query over complaints received in the range (no counters to drift): status, outcome, overdue, working days to conclusion, by department. */
export async function complaintStats(db: Kysely<DB>, range: Range, today: string, cal: WorkingDayCalendar): Promise<ComplaintStats> {
  const [byStatus, byOutcome, byDeptStatus, overdueByDept, spans] = await Promise.all([
    repo.countByStatus(db, range), repo.countByOutcome(db, range), repo.countByDepartmentStatus(db, range),
    repo.overdueByDepartment(db, range, today), repo.concludedSpans(db, range),
  ]);
  const days = spans.map((s) => ({ departmentId: s.departmentId, days: cal.workingDaysBetween(s.receivedOn, s.closedOn) }));
  const departments = [...new Set(byDeptStatus.map((x) => x.departmentId))];
  const names = await repo.departmentNames(db, departments.filter((d): d is string => d !== null));
  const sum = (pred: (x: { departmentId: string | null; status: string }) => boolean) => byDeptStatus.filter(pred).reduce((a, x) => a + x.n, 0);
  return {
    from: range.from ?? null, to: range.to ?? null, today,
    total: Object.values(byStatus).reduce((a, b) => a + b, 0),
    byStatus: Object.fromEntries(COMPLAINT_STATUSES.map((s) => [s, byStatus[s] ?? 0])) as ComplaintStats['byStatus'],
    byOutcome: Object.fromEntries(COMPLAINT_OUTCOMES.map((o) => [o, byOutcome[o] ?? 0])) as ComplaintStats['byOutcome'],
    overdue: overdueByDept.reduce((a, x) => a + x.n, 0),
    averageWorkingDaysToConclusion: average(days.map((d) => d.days)),
    byDepartment: departments.map((d) => ({
      departmentId: d, name: d === null ? null : (names.get(d)?.name ?? null),
      total: sum((x) => x.departmentId === d),
      open: sum((x) => x.departmentId === d && (OPEN_STATUSES as readonly string[]).includes(x.status)),
      concluded: sum((x) => x.departmentId === d && x.status === 'concluded'),
      rejected: sum((x) => x.departmentId === d && x.status === 'rejected'),
      overdue: overdueByDept.find((x) => x.departmentId === d)?.n ?? 0,
      averageWorkingDaysToConclusion: average(days.filter((x) => x.departmentId === d).map((x) => x.days)),
    })).sort((a, b) => b.total - a.total || String(a.name).localeCompare(String(b.name))),
  };
}
