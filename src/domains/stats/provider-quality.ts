import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../kernel/actor.js';
import { authorize } from '../../kernel/authorize.js';
import { addDays, type WorkingDayCalendar } from '../../kernel/calendar/index.js';
import { chinaDate, type Clock } from '../../kernel/clock.js';
import { NotFoundError } from '../../kernel/errors.js';
import type { CalendarService } from '../calendar/index.js';
import { aggregateQuality } from './provider-quality-aggregate.js';
import { chinaDateOf, chinaMidnight, resolvePeriod } from './provider-quality-period.js';
import { readsQuality, seesAllQuality, seesDepartmentQuality } from './provider-quality-policy.js';
import { qualityRepo as repo, type LateThreshold, type ReceiptGroup } from './provider-quality-repo.js';
import {
  TIMELINESS_TARGET_WORKING_DAYS as TARGET, TIMELY_TYPES, type DepartmentRef, type LatePage, type LateQuery, type QualityQuery, type QualityReport,
} from './provider-quality-schema.js';
import { isLate, workingDaysToReceipt } from './provider-quality-timeliness.js';

export interface ProviderQualityDeps {
  db: Kysely<DB>;
  clock: Clock;
  calendar: Pick<CalendarService, 'calendar'>;
}

const ref = ({ id, code, name, nameEn }: DepartmentRef): DepartmentRef => ({ id, code, name, nameEn });

/**
 * The earliest decision date whose records are not all late when received on
 * `from`: every record decided before it took 8 or more working days by then.
 * Working back from `from` takes a few weeks at most (a long holiday adds days).
 */
function lateBefore(calendar: WorkingDayCalendar, from: string): string {
  let day = from;
  for (let i = 0; i < 3660 && !isLate(calendar.workingDaysBetween(addDays(day, -1), from)); i++) day = addDays(day, -1);
  return day;
}

/**
 * Provider data quality (SPEC §11, §3.1): rows received, accepted and rejected
 * with the most frequent error codes, and the timeliness of 行政处罚 and
 * 行政许可, per department and record type, computed by query on every call.
 */
export function createProviderQualityService({ db, clock, calendar }: ProviderQualityDeps) {
  return {
    /** Every department for the credit office, reviewers and auditors; a provider's own only. */
    async report(actor: Actor, q: QualityQuery = {}): Promise<QualityReport> {
      authorize(actor, readsQuality(actor), '查看报送质量统计');
      const period = resolvePeriod(q, chinaDate(clock));
      const scope = seesAllQuality(actor) ? undefined : actor.departmentId!;
      const all = await repo.departments(db);
      const ids = scope ? [scope] : all.map((d) => d.id);
      const [batches, errors, receipts, cal] = await Promise.all([
        repo.batchTotals(db, period, scope), repo.errorCounts(db, period, scope), repo.receiptGroups(db, period, ids, TIMELY_TYPES), calendar.calendar(),
      ]);
      const active = new Set([...batches, ...errors, ...receipts].map((r) => r.departmentId));
      // The credit office's own department is listed only when it submitted something itself.
      const departments = all.filter((d) => (scope ? d.id === scope : active.has(d.id) || d.kind !== 'credit_office')).map(ref);
      return { from: period.from, to: period.to, targetWorkingDays: TARGET, departments: aggregateQuality({ departments, batches, errors, receipts, calendar: cal }) };
    },

    /** The departments the figures are about, by code (the console's choice of department): those who see all. */
    async departments(actor: Actor): Promise<DepartmentRef[]> {
      authorize(actor, seesAllQuality(actor), '查看部门');
      return (await repo.departments(db)).map(ref);
    },

    /** The records of a department first received more than 7 working days after their decision, oldest decision first. */
    async late(actor: Actor, departmentId: string, q: Partial<LateQuery> = {}): Promise<LatePage> {
      authorize(actor, readsQuality(actor), '查看报送质量统计');
      authorize(actor, seesDepartmentQuality(actor, departmentId), '查看其他部门的报送质量');
      const department = (await repo.departments(db)).find((d) => d.id === departmentId);
      if (!department) throw new NotFoundError('DEPARTMENT_NOT_FOUND', '部门不存在 / no such department');
      const period = resolvePeriod(q, chinaDate(clock));
      const [page, pageSize] = [q.page ?? 1, q.pageSize ?? 20];
      const [groups, cal] = await Promise.all([repo.receiptGroups(db, period, [departmentId], TIMELY_TYPES), calendar.calendar()]);
      const cutoff = lateBefore(cal, period.from);
      const { total, thresholds } = lateGroups(cal, groups, cutoff);
      const rows = await repo.lateRecords(db, { period, departmentId, types: TIMELY_TYPES, lateBefore: cutoff, thresholds, limit: pageSize, offset: (page - 1) * pageSize });
      const items = rows.map((r) => {
        const receivedDate = chinaDateOf(r.firstReceivedAt);
        return {
          recordId: r.id, type: r.typeCode, docNo: r.docNo, decisionDate: r.decisionDate, receivedAt: r.firstReceivedAt, receivedDate,
          workingDays: workingDaysToReceipt(cal, r.decisionDate, receivedDate),
        };
      });
      return {
        department: ref(department), from: period.from, to: period.to, targetWorkingDays: TARGET,
        total, page, pageSize, hasMore: (page - 1) * pageSize + items.length < total, items,
      };
    },
  };
}

/** How many records are late, and from which instant each recent decision date's records are (the 8th working day after it). */
function lateGroups(cal: WorkingDayCalendar, groups: ReceiptGroup[], cutoff: string): { total: number; thresholds: LateThreshold[] } {
  let total = 0;
  const dates = new Set<string>();
  for (const g of groups) {
    if (!isLate(workingDaysToReceipt(cal, g.decisionDate, chinaDateOf(`${g.receivedHour}:00:00.000Z`)))) continue;
    total += g.count;
    if (g.decisionDate >= cutoff) dates.add(g.decisionDate);
  }
  const thresholds = [...dates].map((decisionDate) => ({ decisionDate, lateFrom: chinaMidnight(cal.addWorkingDays(decisionDate, TARGET + 1)) }));
  return { total, thresholds };
}

export type ProviderQualityService = ReturnType<typeof createProviderQualityService>;
