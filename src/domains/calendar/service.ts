import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../kernel/actor.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { authorize } from '../../kernel/authorize.js';
import { calendarFromDays, isWeekend, type WorkingDayCalendar } from '../../kernel/calendar/index.js';
import { chinaDate, isoNow, type Clock } from '../../kernel/clock.js';
import type { FieldError } from '../../kernel/errors.js';
import { calendarDayNotFound, calendarDaysInvalid } from './errors.js';
import { parseDays } from './parse-days.js';
import { canManageCalendar } from './policy.js';
import { calendarRepo as repo } from './repo.js';
import type { StoredCalendarDay } from './schema.js';

export interface CalendarServiceDeps {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditTrail;
}

/**
 * The working-day calendar (SPEC §8) from the table administrators maintain.
 * calendar() is cached in memory and dropped after every write made through
 * this service commits (a load already under way is then not kept). Another
 * process writing the table (a second server) is seen after a restart.
 */
export function createCalendarService({ db, clock, audit }: CalendarServiceDeps) {
  let cached: Promise<WorkingDayCalendar> | undefined;
  const invalidate = () => {
    cached = undefined;
  };

  return {
    /** Every deadline and timeliness figure is computed with this. */
    calendar(): Promise<WorkingDayCalendar> {
      if (cached) return cached;
      const loading = repo.all(db).then(calendarFromDays);
      cached = loading;
      loading.catch(() => {
        if (cached === loading) cached = undefined;
      });
      return loading;
    },

    /** The days of a year (public: the calendar is published data). */
    async list(q: { year?: number } = {}): Promise<{ year: number; days: StoredCalendarDay[] }> {
      const year = q.year ?? Number(chinaDate(clock).slice(0, 4));
      return { year, days: await repo.between(db, `${year}-01-01`, `${year}-12-31`) };
    },

    /** Adds or changes days (administrators); one audit entry for the lot, in the same transaction. */
    async setDays(actor: Actor, input: unknown): Promise<StoredCalendarDay[]> {
      authorize(actor, canManageCalendar(actor), '维护工作日历');
      const parsed = parseDays(input);
      const errors: FieldError[] = [];
      const seen = new Set<string>();
      parsed.forEach((d, i) => {
        if (seen.has(d.date)) errors.push({ field: `${i}.date`, code: 'CALENDAR_DAY_DUPLICATE', message: `${d.date} 重复 / given twice` });
        seen.add(d.date);
        if (d.kind === 'workday' && !isWeekend(d.date)) {
          errors.push({ field: `${i}.kind`, code: 'CALENDAR_WORKDAY_NOT_WEEKEND', message: `${d.date} 本就是工作日 / is a weekday anyway` });
        }
      });
      if (errors.length > 0) throw calendarDaysInvalid(errors);
      const at = isoNow(clock);
      const days: StoredCalendarDay[] = parsed.map((d) => ({ date: d.date, kind: d.kind, note: d.note || null, updatedBy: actor.id, updatedAt: at }));
      await db.transaction().execute(async (trx) => {
        await repo.upsert(trx, days);
        await audit.append(trx, actor, {
          action: 'calendar.set_days', targetType: 'calendar',
          details: { days: days.map(({ date, kind, note }) => ({ date, kind, note })) },
        });
      });
      invalidate();
      return days;
    },

    /** Takes a day out: it counts as a plain weekday or weekend day again (administrators). */
    async removeDay(actor: Actor, date: string): Promise<void> {
      authorize(actor, canManageCalendar(actor), '维护工作日历');
      await db.transaction().execute(async (trx) => {
        const day = await repo.find(trx, date);
        if (!day) throw calendarDayNotFound(date);
        await repo.remove(trx, date);
        await audit.append(trx, actor, {
          action: 'calendar.remove_day', targetType: 'calendar', targetId: date, details: { date, kind: day.kind, note: day.note },
        });
      });
      invalidate();
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
