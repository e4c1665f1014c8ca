import type { WorkingDayCalendar } from '../../kernel/calendar/index.js';
import type { BatchTotals, ReceiptGroup } from './provider-quality-repo.js';
import { chinaDateOf } from './provider-quality-period.js';
import { TIMELY_TYPES, TOP_ERROR_CODES, type DepartmentQuality, type DepartmentRef, type TypeQuality } from './provider-quality-schema.js';
import { WorkingDayHistogram, workingDaysToReceipt } from './provider-quality-timeliness.js';

/** Counts and error codes summed for one department, or one type of it. */
class Tally {
  created = 0;
  updated = 0;
  unchanged = 0;
  rejected = 0;
  readonly errors = new Map<string, number>();
  readonly timeliness = new WorkingDayHistogram();

  addBatch(b: Omit<BatchTotals, 'departmentId' | 'typeCode'>): void {
    this.created += b.created;
    this.updated += b.updated;
    this.unchanged += b.unchanged;
    this.rejected += b.rejected;
  }

  addErrors(code: string, count: number): void {
    this.errors.set(code, (this.errors.get(code) ?? 0) + count);
  }

  counts() {
    const accepted = this.created + this.updated + this.unchanged;
    const received = accepted + this.rejected;
    const topErrors = [...this.errors].map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)).slice(0, TOP_ERROR_CODES);
    return {
      received, accepted, created: this.created, updated: this.updated, unchanged: this.unchanged, rejected: this.rejected,
      rejectionRate: received === 0 ? null : this.rejected / received, topErrors,
    };
  }
}

const isTimelyType = (type: string) => (TIMELY_TYPES as readonly string[]).includes(type);

export interface QualityInputs {
  departments: DepartmentRef[];
  batches: BatchTotals[];
  errors: Array<{ departmentId: string; typeCode: string; code: string; count: number }>;
  receipts: ReceiptGroup[];
  calendar: WorkingDayCalendar;
}

/** The report rows: one per department given, in the order given, each with a row per type it had anything of. */
export function aggregateQuality(input: QualityInputs): DepartmentQuality[] {
  const byType = new Map<string, Map<string, Tally>>();
  const tally = (departmentId: string, type: string): Tally => {
    let types = byType.get(departmentId);
    if (!types) byType.set(departmentId, (types = new Map()));
    let t = types.get(type);
    if (!t) types.set(type, (t = new Tally()));
    return t;
  };
  for (const b of input.batches) tally(b.departmentId, b.typeCode).addBatch(b);
  for (const e of input.errors) tally(e.departmentId, e.typeCode).addErrors(e.code, e.count);
  for (const g of input.receipts) {
    const received = chinaDateOf(`${g.receivedHour}:00:00.000Z`);
    tally(g.departmentId, g.typeCode).timeliness.add(workingDaysToReceipt(input.calendar, g.decisionDate, received), g.count);
  }

  return input.departments.map((department) => {
    const total = new Tally();
    const types: TypeQuality[] = [...(byType.get(department.id) ?? new Map<string, Tally>())]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, t]) => {
        total.addBatch(t);
        for (const [code, count] of t.errors) total.addErrors(code, count);
        total.timeliness.merge(t.timeliness);
        return { type, ...t.counts(), timeliness: isTimelyType(type) ? t.timeliness.summary() : null };
      });
    return { department, ...total.counts(), timeliness: total.timeliness.summary(), types };
  });
}
