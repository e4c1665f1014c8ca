import type { Kysely, Updateable } from 'kysely';
import type { ComplaintsTable, DB } from '../../db/schema.js';
import { authorize } from '../../kernel/authorize.js';
import type { WorkingDayCalendar } from '../../kernel/calendar/index.js';
import { chinaDate, isoNow } from '../../kernel/clock.js';
import { newId } from '../../kernel/ids.js';
import type { ComplaintServiceDeps } from './deps.js';
import { complaintAlreadyAssigned, complaintConcurrentWrite, complaintNotFound, departmentRequired, departmentUnknown } from './errors.js';
import { parseInput } from './parse-input.js';
import { canTake, type ComplaintActor } from './policy.js';
import { complaintRepo as repo, type ComplaintRow } from './repo.js';
import { NEXT_STATUS, refusalOf } from './rules.js';
import { assignSchema, concludeSchema, rejectSchema, startSchema, type ComplaintDeadlines, type ComplaintStatus, type ComplaintTransition } from './schema.js';
import type { Teller } from './tell.js';

interface Plan {
  patch: Updateable<ComplaintsTable>;
  note: string | null;
  tell: (trx: Kysely<DB>, after: ComplaintRow) => Promise<void>;
}

/**
 * The steps after receipt, each one transaction: load, check who may (policy)
 * and whether the state allows it (rules.ts, stable codes), apply conditional
 * on the version read, append the history line and audit entry, tell the
 * complainant and the department. Each open status gets its working-day deadline.
 */
export function createSteps(ctx: { deps: ComplaintServiceDeps; deadlines: ComplaintDeadlines; teller: Teller }) {
  const { deps, deadlines, teller } = ctx;
  const { database, clock, audit, calendar } = deps;
  const db = database.db;

  async function plan(step: ComplaintTransition, row: ComplaintRow, input: unknown, today: string, cal: WorkingDayCalendar): Promise<Plan> {
    switch (step) {
      case 'assign': {
        const body = parseInput(assignSchema, input);
        const departmentId = body.departmentId ?? (row.subjectId ? await repo.suggestDepartment(db, row.subjectId) : null);
        if (!departmentId) throw departmentRequired();
        const names = await repo.departmentNames(db, [departmentId]);
        if (!names.has(departmentId)) throw departmentUnknown();
        if (row.status === 'assigned' && row.departmentId === departmentId) throw complaintAlreadyAssigned();
        return {
          patch: { departmentId, routedBy: 'office', assignedOn: today, startedOn: null, stepDeadline: cal.addWorkingDays(today, deadlines.assigned) },
          note: body.note ?? null,
          tell: (trx, after) => teller.assigned(trx, after, names.get(departmentId)!.name),
        };
      }
      case 'start': {
        const body = parseInput(startSchema, input);
        return { patch: { startedOn: today, stepDeadline: cal.addWorkingDays(today, deadlines.in_progress) }, note: body.note ?? null, tell: teller.started };
      }
      case 'conclude': {
        const body = parseInput(concludeSchema, input);
        return { patch: { outcome: body.outcome, outcomeText: body.outcomeText, closedOn: today, stepDeadline: null }, note: body.outcomeText, tell: teller.concluded };
      }
      case 'reject': {
        const body = parseInput(rejectSchema, input);
        return { patch: { rejectionReason: body.reason, closedOn: today, stepDeadline: null }, note: body.reason, tell: teller.rejected };
      }
    }
  }

  return async function run(ca: ComplaintActor, id: string, step: ComplaintTransition, input: unknown): Promise<void> {
    const cal = await calendar.calendar();
    const row = await repo.find(db, id);
    if (!row) {
      authorize(ca.actor, canTake(ca, step, { departmentId: null }), '办理投诉举报');
      throw complaintNotFound();
    }
    authorize(ca.actor, canTake(ca, step, row), '办理投诉举报');
    const refusal = refusalOf(step, row.status as ComplaintStatus);
    if (refusal) throw refusal;
    const today = chinaDate(clock);
    const p = await plan(step, row, input, today, cal);
    const now = isoNow(clock);
    const status = NEXT_STATUS[step];
    await db.transaction().execute(async (trx) => {
      if (!(await repo.update(trx, id, Number(row.version), { ...p.patch, status, updatedAt: now }))) throw complaintConcurrentWrite();
      const after = (await repo.find(trx, id))!;
      await repo.insertHistory(trx, {
        id: newId(), complaintId: id, step, fromStatus: row.status, toStatus: status, departmentId: after.departmentId, deadline: after.stepDeadline,
        note: p.note, at: now, onDate: today, actorType: ca.actor.kind, actorId: ca.actor.id, actorRole: ca.actor.role,
      });
      await audit.append(trx, ca.actor, {
        action: `complaint.${step}`, targetType: 'complaint', targetId: id, subjectId: row.subjectId,
        details: { caseNo: row.caseNo, from: row.status, to: status, departmentId: after.departmentId, ...(after.outcome ? { outcome: after.outcome } : {}) },
      });
      await p.tell(trx, after);
    });
  };
}
