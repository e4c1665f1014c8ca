import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { chinaDate, type Clock } from '../../kernel/clock.js';

/** [from, to): `from` a China date, `to` the UTC instant the period ends (the statistics' range). */
export interface StatsRange { from: string; to: string }

const n = (v: unknown) => Number(v ?? 0);

/**
 * Repair figures for supervision statistics (SPEC §11): applications filed in
 * the period by where they stand; decisions taken in the period (approved or
 * rejected after acceptance: due 3 working days after it) kept or missed
 * against their due day; accepted applications past their due day today.
 * A refusal at acceptance has no decision deadline and is not counted as decided.
 */
export function createRepairStats(deps: { db: Kysely<DB>; clock: Clock }) {
  const { db, clock } = deps;
  const toDay = (instant: string) => chinaDate({ now: () => new Date(new Date(instant).getTime() - 1) });
  return {
    async stats(range: StatsRange) {
      const fromInstant = new Date(`${range.from}T00:00:00+08:00`).toISOString();
      const lastDay = toDay(range.to);
      const today = chinaDate(clock);
      const [byStatus, decided, overdue] = await Promise.all([
        db.selectFrom('repairs').select(['status', (eb) => eb.fn.countAll().as('count')])
          .where('createdAt', '>=', fromInstant).where('createdAt', '<', range.to).groupBy('status').orderBy('status').execute(),
        db.selectFrom('repairs')
          .select([(eb) => eb.fn.countAll().as('decided'),
            (eb) => eb.fn.sum(eb.case().when('decidedOn', '>', eb.ref('decisionDue')).then(1).else(0).end()).as('late')])
          .where('status', 'in', ['approved', 'rejected']).where('decidedOn', '>=', range.from).where('decidedOn', '<=', lastDay)
          .executeTakeFirstOrThrow(),
        db.selectFrom('repairs').select((eb) => eb.fn.countAll().as('count'))
          .where('status', '=', 'accepted').where('decisionDue', '<', today).executeTakeFirstOrThrow(),
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
  };
}
