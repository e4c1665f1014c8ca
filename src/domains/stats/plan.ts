import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { toCount } from '../../db/values.js';
import type { Actor } from '../../kernel/actor.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { authorize } from '../../kernel/authorize.js';
import { chinaDate, isoNow, type Clock } from '../../kernel/clock.js';
import { ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { PLAN_TASKS } from './plan-defaults.js';
import {
  planIndicatorUpdateSchema, planNoteInputSchema, planQuerySchema, planTaskUpdateSchema, type PlanIndicator, type PlanNote, type PlanStatus, type PlanTask, type PlanTaskDetail,
} from './plan-schema.js';
import { planIndicatorNotFound, planTaskNotFound, planTaskStale } from './statistics-errors.js';
import { editsPlan, readsStatistics } from './statistics-policy.js';
import type { StatisticsService } from './statistics.js';
import { parseWith as parse } from '../../kernel/parse.js';

/**
 * Indicators shipped with the plan's tasks. The plan names the measure
 * (信用信息覆盖面, 双公示 timeliness) but gives no figures: the targets are
 * the office's to set (docs/statistics.md, "Indicators").
 */
const DEFAULT_INDICATORS = [
  { code: 'coverage', taskCode: 'NS-08-00-01', name: '信用信息覆盖面（有信用记录的主体占比）', nameEn: 'Coverage: share of subjects with a credit record', source: 'coverage', unit: 'permille', target: 800, targetYear: 2020 },
  { code: 'timeliness', taskCode: 'NS-03-01-02', name: '双公示信息 7 个工作日内报送率', nameEn: '双公示 records received within 7 working days', source: 'timeliness', unit: 'permille', target: 950, targetYear: 2015 },
  { code: 'honest_merchants', taskCode: 'NS-04-01-04', name: '南山诚信商家联盟成员数', nameEn: 'Members of the Nanshan honest merchant alliance', source: 'manual', unit: 'count', target: 500, targetYear: 2015 },
] as const;

type TaskRow = Omit<PlanTask, 'overdue' | 'notes' | 'status'> & { status: string; position: number };

/**
 * Plan tracking (SPEC §11): the plan's tasks as data with status, progress
 * and notes by staff, and indicators whose coverage and timeliness actuals are
 * computed live. A task is overdue when it is not done and its target year
 * has ended (China time).
 */
export function createPlanService({ db, clock, audit, statistics }: { db: Kysely<DB>; clock: Clock; audit: AuditTrail; statistics: Pick<StatisticsService, 'coverage' | 'timeliness'> }) {
  let seeded: Promise<void> | undefined;

  /** The default tasks and indicators, inserted once; rows already there (edited or not) are left alone. */
  function ensureDefaults(): Promise<void> {
    seeded ??= (async () => {
      const at = isoNow(clock);
      const rows = PLAN_TASKS.map(([code, chapter, section, task, department, targetYear], position) => ({
        code, chapter, section, task, department, targetYear, status: 'not_started', progress: 0, position, version: 1, updatedAt: at, updatedBy: null,
      }));
      for (let i = 0; i < rows.length; i += 200) {
        await db.insertInto('planTasks').values(rows.slice(i, i + 200)).onConflict((oc) => oc.column('code').doNothing()).execute();
      }
      await db.insertInto('planIndicators').values(DEFAULT_INDICATORS.map((d) => ({ ...d, actual: null, updatedAt: at, updatedBy: null })))
        .onConflict((oc) => oc.column('code').doNothing()).execute();
    })().catch((err) => {
      seeded = undefined;
      throw err;
    });
    return seeded;
  }

  const year = () => Number(chinaDate(clock).slice(0, 4));
  const present = (r: TaskRow, notes: number): PlanTask => ({
    code: r.code, chapter: r.chapter, section: r.section, task: r.task, department: r.department, targetYear: Number(r.targetYear),
    status: r.status as PlanStatus, progress: Number(r.progress), overdue: r.status !== 'done' && Number(r.targetYear) < year(),
    version: Number(r.version), updatedAt: r.updatedAt, notes,
  });

  async function noteCounts(codes?: string[]): Promise<Map<string, number>> {
    let q = db.selectFrom('planNotes').select((eb) => ['taskCode', eb.fn.countAll<number>().as('n')]);
    if (codes) q = q.where('taskCode', 'in', codes);
    return new Map((await q.groupBy('taskCode').execute()).map((r) => [r.taskCode, toCount(r.n)]));
  }

  async function task(code: string): Promise<TaskRow> {
    const row = await db.selectFrom('planTasks').selectAll().where('code', '=', code).executeTakeFirst();
    if (!row) throw planTaskNotFound(code);
    return row;
  }

  async function indicators(actor: Actor, taskCode?: string): Promise<PlanIndicator[]> {
    let q = db.selectFrom('planIndicators').selectAll().orderBy('code');
    if (taskCode) q = q.where('taskCode', '=', taskCode);
    const rows = await q.execute();
    const live = async (source: string): Promise<number | null> => {
      if (source === 'coverage') {
        const c = await statistics.coverage(actor, {});
        return c.share === null ? null : Math.round(c.share * 1000);
      }
      if (source === 'timeliness') {
        const t = await statistics.timeliness(actor, {});
        return t.onTimeShare === null ? null : Math.round(t.onTimeShare * 1000);
      }
      return null;
    };
    const out: PlanIndicator[] = [];
    for (const r of rows) {
      const actual = r.source === 'manual' ? (r.actual === null ? null : Number(r.actual)) : await live(r.source);
      out.push({
        code: r.code, taskCode: r.taskCode, name: r.name, nameEn: r.nameEn, source: r.source as PlanIndicator['source'], unit: r.unit as PlanIndicator['unit'],
        target: Number(r.target), actual, targetYear: Number(r.targetYear), met: actual === null ? null : actual >= Number(r.target),
      });
    }
    return out;
  }

  return {
    ensureDefaults,

    async list(actor: Actor, query: unknown = {}): Promise<PlanTask[]> {
      authorize(actor, readsStatistics(actor), '查看规划任务');
      const q = parse(planQuerySchema, query);
      await ensureDefaults();
      let sel = db.selectFrom('planTasks').selectAll().orderBy('position');
      if (q.status) sel = sel.where('status', '=', q.status);
      if (q.department) sel = sel.where('department', '=', q.department);
      const [rows, notes] = [await sel.execute(), await noteCounts()];
      const tasks = rows.map((r) => present(r, notes.get(r.code) ?? 0));
      return q.overdue === undefined ? tasks : tasks.filter((t) => t.overdue === (q.overdue === 'true'));
    },

    async get(actor: Actor, code: string): Promise<PlanTaskDetail> {
      authorize(actor, readsStatistics(actor), '查看规划任务');
      await ensureDefaults();
      const row = await task(code);
      const notes: PlanNote[] = await db.selectFrom('planNotes').select(['id', 'note', 'createdAt', 'createdBy']).where('taskCode', '=', code).orderBy('createdAt').orderBy('id').execute();
      return { task: present(row, notes.length), notes, indicators: await indicators(actor, code) };
    },

    /** Status and progress, with the version read (optimistic: a concurrent edit is 409 PLAN_TASK_STALE); audited. */
    async update(actor: Actor, code: string, input: unknown): Promise<PlanTask> {
      authorize(actor, editsPlan(actor), '更新规划任务');
      const u = parse(planTaskUpdateSchema, input);
      await ensureDefaults();
      const before = await task(code);
      const at = isoNow(clock);
      await db.transaction().execute(async (trx) => {
        const r = await trx.updateTable('planTasks').set({ status: u.status, progress: u.status === 'done' ? 100 : u.progress, version: u.version + 1, updatedAt: at, updatedBy: actor.id })
          .where('code', '=', code).where('version', '=', u.version).executeTakeFirst();
        if (Number(r.numUpdatedRows) !== 1) throw planTaskStale();
        await audit.append(trx, actor, { action: 'plan.update_task', targetType: 'plan_task', targetId: code,
          details: { from: { status: before.status, progress: Number(before.progress) }, to: { status: u.status, progress: u.status === 'done' ? 100 : u.progress } } });
      });
      return present(await task(code), (await noteCounts([code])).get(code) ?? 0);
    },

    async addNote(actor: Actor, code: string, input: unknown): Promise<PlanNote> {
      authorize(actor, editsPlan(actor), '记录规划进展');
      const { note } = parse(planNoteInputSchema, input);
      await ensureDefaults();
      await task(code);
      const row = { id: newId(), taskCode: code, note, createdAt: isoNow(clock), createdBy: actor.id };
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('planNotes').values(row).execute();
        await audit.append(trx, actor, { action: 'plan.add_note', targetType: 'plan_task', targetId: code, details: { noteId: row.id } });
      });
      return { id: row.id, note, createdAt: row.createdAt, createdBy: row.createdBy };
    },

    async indicators(actor: Actor): Promise<PlanIndicator[]> {
      authorize(actor, readsStatistics(actor), '查看规划指标');
      await ensureDefaults();
      return indicators(actor);
    },

    /** A target, or a manual indicator's actual; audited. Computed actuals cannot be set. */
    async setIndicator(actor: Actor, code: string, input: unknown): Promise<PlanIndicator> {
      authorize(actor, editsPlan(actor), '维护规划指标');
      const u = parse(planIndicatorUpdateSchema, input);
      await ensureDefaults();
      const row = await db.selectFrom('planIndicators').selectAll().where('code', '=', code).executeTakeFirst();
      if (!row) throw planIndicatorNotFound(code);
      if (u.actual !== undefined && row.source !== 'manual') {
        throw new ValidationError('该指标的实际值由平台计算 / this actual is computed', [{ field: 'actual', code: 'PLAN_INDICATOR_COMPUTED', message: '实际值由统计计算 / computed from the statistics' }], 'PLAN_INDICATOR_COMPUTED');
      }
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('planIndicators').set({
          ...(u.target !== undefined ? { target: u.target } : {}), ...(u.actual !== undefined ? { actual: u.actual } : {}), updatedAt: isoNow(clock), updatedBy: actor.id,
        }).where('code', '=', code).execute();
        await audit.append(trx, actor, { action: 'plan.set_indicator', targetType: 'plan_indicator', targetId: code, details: { ...u } });
      });
      return (await indicators(actor)).find((i) => i.code === code)!;
    },
  };
}

export type PlanService = ReturnType<typeof createPlanService>;
