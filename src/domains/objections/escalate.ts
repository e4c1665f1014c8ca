import { systemActor, type Actor } from '../../kernel/actor.js';
import { chinaDate, isoNow } from '../../kernel/clock.js';
import { newId } from '../../kernel/ids.js';
import { objectionsRepo as repo } from './repo.js';
import { OPEN_STATUSES } from './schema.js';
import type { ObjectionContext } from './service.js';

/** The escalation pass acts as the platform itself. */
const ESCALATION: Actor = { ...systemActor, id: 'objections-escalation' };

const STEP_TEXT: Record<string, string> = { submitted: '受理审查', self_check: '平台自查', verifying: '数据来源单位核实', verified: '答复' };

/**
 * 超期督办 (SPEC §8 "overdue steps escalate"): every open case whose current
 * step is past its last working day and not yet escalated is marked overdue
 * (`overdue_since`, a history line) and every reviewer is notified, once per
 * step: the next step starts with a clean slate. Idempotent; run by `serve`.
 */
export function createEscalation(ctx: ObjectionContext) {
  const { db, clock, audit, notify } = ctx;

  return {
    async escalateOverdue(): Promise<{ escalated: string[] }> {
      const today = chinaDate(clock);
      const due = await repo.newlyOverdue(db, OPEN_STATUSES, today);
      const escalated: string[] = [];
      if (due.length === 0) return { escalated };
      const reviewers = await repo.reviewerIds(db);
      for (const row of due) {
        const done = await db.transaction().execute(async (trx) => {
          if (!(await repo.update(trx, row.id, Number(row.version), { overdueSince: today }))) return false; // someone moved it meanwhile
          const now = isoNow(clock);
          await repo.insertStep(trx, {
            id: newId(), objectionId: row.id, action: 'overdue', fromStatus: row.status, toStatus: row.status, at: now, onDate: today,
            actorType: ESCALATION.kind, actorId: ESCALATION.id, actorRole: 'system', note: `${STEP_TEXT[row.status] ?? row.status}环节已超过办理期限（${row.stepDueOn}）`,
            dueOn: row.stepDueOn, details: null,
          });
          await audit.append(trx, ESCALATION, {
            action: 'objection.overdue', targetType: 'objection', targetId: row.id, subjectId: row.subjectId,
            details: { caseNo: row.caseNo, status: row.status, dueOn: row.stepDueOn, reviewers: reviewers.length },
          });
          for (const userId of reviewers) {
            await notify(trx, {
              recipient: { kind: 'user', userId }, topic: 'objection.overdue', title: `异议办理超期：${row.caseNo}`,
              body: `异议案件 ${row.caseNo} 的${STEP_TEXT[row.status] ?? row.status}环节已超过办理期限（${row.stepDueOn}），请督办。`,
              link: `/console/objections/${row.id}`,
            });
          }
          return true;
        });
        if (done) escalated.push(row.id);
      }
      return { escalated };
    },
  };
}
