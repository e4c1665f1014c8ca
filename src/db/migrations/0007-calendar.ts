import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../connect.js';
import { referenceData } from '../../kernel/reference/index.js';

/** The notice the seeded 2025 schedule comes from (国务院办公厅关于2025年部分节假日安排的通知). */
const SEED_NOTE = '国办发明电〔2024〕12号';
const SEEDED_AT = '2024-11-12T00:00:00.000Z';

/**
 * The working-day calendar as data admins maintain (SPEC §8): the days that
 * differ from a plain Monday-Friday week, seeded with the 2025 schedule of the
 * reference data. Also the index provider timeliness reads (SPEC §3.1:
 * penalties within 7 working days): a department's records of a type by first
 * receipt, carrying the decision date so the figures come from the index alone.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('calendar_days')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('holiday', 'workday')`))
    .addColumn('note', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  const { holidays, adjustedWorkingDays } = referenceData.workingDayCalendar2025;
  const rows = [
    ...holidays.map((date) => ({ date, kind: 'holiday' })),
    ...adjustedWorkingDays.map((date) => ({ date, kind: 'workday' })),
  ].map((d) => ({ ...d, note: SEED_NOTE, updated_by: null, updated_at: SEEDED_AT }));
  await db.insertInto('calendar_days').values(rows).execute();

  await db.schema
    .createIndex('records_timeliness_idx')
    .on('records')
    .columns(['source_department_id', 'type_code', 'first_received_at', 'decision_date'])
    .execute();
}
