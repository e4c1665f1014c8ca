import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { chinaDate, type Clock } from '../../kernel/clock.js';
import { OPEN_STATUSES } from './schema.js';

/** [from, to): `from` a China date, `to` the UTC instant the period ends (the statistics' range). */
export interface StatsRange { from: string; to: string }

const DECIDED = ['replied', 'refused'] as const;
const startOf = (chinaDay: string) => new Date(`${chinaDay}T00:00:00+08:00`).toISOString();
const n = (v: unknown) => Number(v ?? 0);

/**
 * Objection figures for supervision statistics (SPEC §11) and the department
 * assessment: cases filed in the period by where they stand; cases decided in
 * the period (replied, or refused at acceptance) with or without a step past
 * its last working day (`overdue_since`, set by the escalation run); open
 * cases past their step's deadline today; per source department, decided
 * cases and how many ended against the record (corrected or removed).
 */
export function createObjectionStats(deps: { db: Kysely<DB>; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async stats(range: StatsRange) {
      const from = startOf(range.from);
      const today = chinaDate(clock);
      const [byStatus, decided, overdue] = await Promise.all([
        db.selectFrom('objections').select(['status', (eb) => eb.fn.countAll().as('count')])
          .where('submittedAt', '>=', from).where('submittedAt', '<', range.to).groupBy('status').orderBy('status').execute(),
        db.selectFrom('objections')
          .select([(eb) => eb.fn.countAll().as('decided'), (eb) => eb.fn.count('overdueSince').as('late')])
          .where('status', 'in', DECIDED).where('closedAt', '>=', from).where('closedAt', '<', range.to).executeTakeFirstOrThrow(),
        db.selectFrom('objections').select((eb) => eb.fn.countAll().as('count'))
          .where('status', 'in', OPEN_STATUSES).where('stepDueOn', '<', today).executeTakeFirstOrThrow(),
      ]);
      return {
        available: true,
        byStatus: byStatus.map((r) => ({ status: r.status, count: n(r.count) })),
        decided: n(decided.decided),
        deadlineKept: n(decided.decided) - n(decided.late),
        deadlineMissed: n(decided.late),
        openOverdue: n(overdue.count),
      };
    },

    async outcomesByDepartment(range: StatsRange) {
      const rows = await db.selectFrom('objections')
        .select(['sourceDepartmentId', (eb) => eb.fn.countAll().as('decided'),
          (eb) => eb.fn.sum(eb.case().when('outcome', 'in', ['corrected', 'removed']).then(1).else(0).end()).as('against')])
        .where('status', '=', 'replied').where('closedAt', '>=', startOf(range.from)).where('closedAt', '<', range.to)
        .groupBy('sourceDepartmentId').orderBy('sourceDepartmentId').execute();
      return rows.map((r) => ({ departmentId: r.sourceDepartmentId, decided: n(r.decided), againstRecord: n(r.against) }));
    },
  };
}
