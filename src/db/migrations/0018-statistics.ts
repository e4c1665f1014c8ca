import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Supervision statistics (issue 9, docs/statistics.md).
 *
 * Summary tables the dashboards read instead of scanning 10M records. They are
 * maintained by one outbox consumer (`stats.aggregates`, src/domains/stats/
 * aggregates.ts) in the transaction that advances its cursor, and rebuilt from
 * the source tables when the consumer first runs or the working-day calendar
 * changes; they are never edited by hand.
 *
 * - stats_subjects: one row per subject: its cell (type, street, industry) and its active records.
 * - stats_cells: per cell, how many subjects there are and how many have at least one active record (coverage).
 * - stats_record_months: records first received per department, type and China month; withdrawals per month.
 * - stats_timeliness: per department, type and month of first receipt, records by working days from decision to receipt.
 *
 * Plan tracking (the Nanshan 2013-2020 plan's tasks as data): plan_tasks,
 * plan_notes (staff progress notes, never edited), plan_indicators (targets and
 * actuals; coverage and timeliness actuals are computed live).
 *
 * Department duties (the record types a department is expected to deliver
 * each month, for the assessment): department_duties.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('stats_subjects')
    .addColumn('subject_id', 'text', (c) => c.primaryKey())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    /** '' when the registry has none */
    .addColumn('street', 'text', (c) => c.notNull())
    .addColumn('industry', 'text', (c) => c.notNull())
    .addColumn('records', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('stats_cells')
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('street', 'text', (c) => c.notNull())
    .addColumn('industry', 'text', (c) => c.notNull())
    .addColumn('subjects', 'integer', (c) => c.notNull())
    .addColumn('covered', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('stats_cells_pk', ['subject_type', 'street', 'industry'])
    .execute();

  await db.schema
    .createTable('stats_record_months')
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('type_code', 'text', (c) => c.notNull())
    /** YYYY-MM, China time */
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('created', 'integer', (c) => c.notNull())
    .addColumn('withdrawn', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('stats_record_months_pk', ['department_id', 'type_code', 'month'])
    .execute();
  await db.schema.createIndex('stats_record_months_month_idx').on('stats_record_months').columns(['month', 'department_id']).execute();

  await db.schema
    .createTable('stats_timeliness')
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('working_days', 'integer', (c) => c.notNull())
    .addColumn('records', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('stats_timeliness_pk', ['department_id', 'type_code', 'month', 'working_days'])
    .execute();
  await db.schema.createIndex('stats_timeliness_month_idx').on('stats_timeliness').columns(['month', 'department_id']).execute();

  await db.schema
    .createTable('department_duties')
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('department_duties_pk', ['department_id', 'type_code'])
    .execute();

  await db.schema
    .createTable('plan_tasks')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('chapter', 'text', (c) => c.notNull())
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('task', 'text', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('target_year', 'integer', (c) => c.notNull())
    /** not_started | in_progress | done | suspended */
    .addColumn('status', 'text', (c) => c.notNull())
    /** percent, 0-100 */
    .addColumn('progress', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('plan_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_code', 'text', (c) => c.notNull().references('plan_tasks.code'))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema.createIndex('plan_notes_task_idx').on('plan_notes').columns(['task_code', 'created_at']).execute();

  await db.schema
    .createTable('plan_indicators')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('task_code', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    /** coverage | timeliness (computed live) | manual */
    .addColumn('source', 'text', (c) => c.notNull())
    /** per mille for shares, else a plain count */
    .addColumn('target', 'integer', (c) => c.notNull())
    .addColumn('actual', 'integer')
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('target_year', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
}
