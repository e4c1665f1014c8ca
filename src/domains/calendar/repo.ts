import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { CalendarDayKind, StoredCalendarDay } from './schema.js';

/** calendar_days: the only place the calendar meets SQL. */
export const calendarRepo = {
  async all(db: Kysely<DB>): Promise<Array<{ date: string; kind: CalendarDayKind }>> {
    return db.selectFrom('calendarDays').select(['date', 'kind']).orderBy('date').execute();
  },

  /** Dates compare as text (YYYY-MM-DD). */
  async between(db: Kysely<DB>, from: string, to: string): Promise<StoredCalendarDay[]> {
    return db.selectFrom('calendarDays').selectAll().where('date', '>=', from).where('date', '<=', to).orderBy('date').execute();
  },

  async find(db: Kysely<DB>, date: string): Promise<StoredCalendarDay | undefined> {
    return db.selectFrom('calendarDays').selectAll().where('date', '=', date).executeTakeFirst();
  },

  async upsert(db: Kysely<DB>, days: StoredCalendarDay[]): Promise<void> {
    await db.insertInto('calendarDays').values(days)
      .onConflict((oc) => oc.column('date').doUpdateSet((eb) => ({
        kind: eb.ref('excluded.kind'), note: eb.ref('excluded.note'), updatedBy: eb.ref('excluded.updatedBy'), updatedAt: eb.ref('excluded.updatedAt'),
      })))
      .execute();
  },

  async remove(db: Kysely<DB>, date: string): Promise<void> {
    await db.deleteFrom('calendarDays').where('date', '=', date).execute();
  },
};
