import type { Kysely, Updateable } from 'kysely';
import type { DB, ObjectionsTable } from '../../db/schema.js';
import type { Actor } from '../../kernel/actor.js';
import { chinaDate, isoNow } from '../../kernel/clock.js';
import { newId } from '../../kernel/ids.js';
import type { CatalogService } from '../catalog/index.js';
import type { IngestRowResult } from '../records/index.js';
import { correctedRow, submissionOf } from './correction.js';
import { dueDate } from './deadlines.js';
import { concurrentWrite, correctionInvalid, correctionKeyChanged, correctionUnchanged, objectionNotFound, recordNotActive } from './errors.js';
import { transition } from './machine.js';
import { parseInput } from './parse-input.js';
import { rolesOn } from './policy.js';
import type { NotificationInput } from './ports.js';
import type { ObjectorView } from './present.js';
import { objectionsRepo as repo, type ObjectionRow } from './repo.js';
import { correctBodySchema, isOpen, noteBodySchema, OPEN_STATUSES, type ObjectionAction, type ObjectionStatus } from './schema.js';
import type { ObjectionContext } from './service.js';

export interface ActOptions {
  /** the actor proved the case number and query code (the objector without an account) */
  holdsQueryCode?: boolean;
}

const OUTCOME_TEXT = { corrected: '已更正', removed: '已撤回（删除）', upheld: '维持原记录' } as const;

/**
 * Every step after submission, one transaction each: the move from the table
 * in machine.ts (checked again inside the transaction, against the version
 * read), the record's change where the outcome has one (a correction through
 * records' ingestion, a withdrawal through records' withdrawal, in the same
 * transaction), the next step's working-day deadline, the history line, the
 * record's 异议处理中 flag when the case closes, the audit entry and the
 * notifications.
 */
export function createSteps(ctx: ObjectionContext, catalog: Pick<CatalogService, 'get'>) {
  const { db, clock, audit, records, notify } = ctx;

  async function objectorOf(row: ObjectionRow): Promise<NotificationInput['recipient'] | null> {
    if (row.objectorUserId) return { kind: 'user', userId: row.objectorUserId };
    return row.objectorContact ? { kind: 'contact', contact: row.objectorContact } : null;
  }

  function messages(row: ObjectionRow, action: ObjectionAction, to: ObjectionStatus, note: string, dueOn: string | null, departmentUsers: string[]): NotificationInput[] {
    const out: NotificationInput[] = [];
    const link = '/objections/track';
    const toObjector = (topic: string, title: string, body: string) => out.push({ recipient: { kind: 'contact', contact: '' }, topic, title, body, link });
    if (action === 'accept') toObjector('objection.accepted', `异议已受理：${row.caseNo}`, `您的异议（${row.caseNo}）已受理，正在核查，当前环节办理期限至 ${dueOn}。`);
    if (action === 'refuse') toObjector('objection.refused', `异议不予受理：${row.caseNo}`, `您的异议（${row.caseNo}）不予受理。理由：${note}`);
    if (action === 'reply') toObjector('objection.replied', `异议已答复：${row.caseNo}`, `您的异议（${row.caseNo}）已办结：${OUTCOME_TEXT[(row.outcome ?? 'upheld') as keyof typeof OUTCOME_TEXT]}。${note}`);
    if (action === 'forward') {
      for (const userId of departmentUsers) {
        out.push({ recipient: { kind: 'user', userId }, topic: 'objection.forwarded', title: `异议待核实：${row.caseNo}`, body: `信用记录异议（${row.caseNo}）已转交本部门核实，期限至 ${dueOn}。`, link: `/console/objections/${row.id}` });
      }
    }
    if (to === 'verified') {
      out.push({ recipient: { kind: 'contact', contact: '' }, topic: 'objection.verified', title: `异议已核实：${row.caseNo}`, body: `数据来源单位已核实您的异议（${row.caseNo}），信用工作机构将在 ${dueOn} 前答复。`, link });
    }
    return out;
  }

  /** Runs the move and its record work inside `trx`; returns what to tell whom. */
  async function apply(trx: Kysely<DB>, actor: Actor, id: string, action: ObjectionAction, note: string, office: boolean, opts: ActOptions, extra: Updateable<ObjectionsTable>, details: Record<string, unknown>, due: (to: ObjectionStatus, today: string) => string | null): Promise<void> {
    const row = await repo.find(trx, id);
    if (!row) throw objectionNotFound(id);
    const move = transition(row.status as ObjectionStatus, action, rolesOn(actor, row, office, opts.holdsQueryCode));
    if (!move.ok) throw move.error;
    const now = isoNow(clock);
    const today = chinaDate(clock);
    const stepDueOn = due(move.to, today);
    const closing = !isOpen(move.to);
    const patch: Updateable<ObjectionsTable> = {
      ...extra, status: move.to, updatedAt: now, stepStartedOn: closing ? null : today, stepDueOn, overdueSince: null,
      ...(closing ? { closedAt: now } : {}),
      ...(move.outcome ? { outcome: move.outcome, outcomeReasons: note } : {}),
      ...(action === 'refuse' ? { refusalReasons: note } : {}),
      ...(action === 'reply' ? { reply: note } : {}),
    };
    if (!(await repo.update(trx, id, Number(row.version), patch))) throw concurrentWrite();
    await repo.insertStep(trx, {
      id: newId(), objectionId: id, action, fromStatus: row.status, toStatus: move.to, at: now, onDate: today,
      actorType: actor.kind, actorId: actor.id, actorRole: opts.holdsQueryCode && actor.kind === 'anonymous' ? 'objector' : actor.role,
      note, dueOn: stepDueOn, details: Object.keys(details).length > 0 ? JSON.stringify(details) : null,
    });
    // 异议处理中 ends with the last open case on the record.
    if (closing) await records.setObjectionOpen(trx, row.recordId, (await repo.openOnRecord(trx, row.recordId, OPEN_STATUSES, id)) > 0);
    await audit.append(trx, actor, {
      action: `objection.${action}`, targetType: 'objection', targetId: id, subjectId: row.subjectId,
      details: { caseNo: row.caseNo, from: row.status, to: move.to, ...(move.outcome ? { outcome: move.outcome } : {}), ...details },
    });
    const objector = await objectorOf(row);
    const departmentUsers = action === 'forward' ? await repo.departmentUserIds(trx, row.sourceDepartmentId) : [];
    for (const m of messages({ ...row, outcome: (patch.outcome as string | undefined) ?? row.outcome }, action, move.to, note, stepDueOn, departmentUsers)) {
      if (m.recipient.kind === 'contact' && m.recipient.contact === '') {
        if (objector) await notify(trx, { ...m, recipient: objector });
      } else await notify(trx, m);
    }
  }

  async function act(actor: Actor, id: string, action: ObjectionAction, input: unknown, opts: ActOptions = {}): Promise<ObjectorView> {
    const body = action === 'correct' ? parseInput(correctBodySchema, input) : { ...parseInput(noteBodySchema, input), fields: {} };
    const before = await repo.find(db, id);
    if (!before) throw objectionNotFound(id);
    const office = await ctx.creditOffice(actor);
    // Refused before any record work: a wrong state or role never reaches the records domain.
    const first = transition(before.status as ObjectionStatus, action, rolesOn(actor, before, office, opts.holdsQueryCode));
    if (!first.ok) throw first.error;
    const [calendar, deadlines] = [await ctx.calendar.calendar(), await ctx.deadlines()];
    const due = (to: ObjectionStatus, today: string) => dueDate(calendar, deadlines, to, today);
    const run = (extra: Updateable<ObjectionsTable> = {}, details: Record<string, unknown> = {}) =>
      (trx: Kysely<DB>) => apply(trx, actor, id, action, body.note, office, opts, extra, details, due);

    if (action === 'correct') {
      const { stored } = await ctx.recordOf(before.recordId);
      if (stored.status !== 'active') throw recordNotActive();
      const def = (await catalog.get(stored.typeCode, stored.typeVersion)).definition;
      const raw = correctedRow(submissionOf(stored.fields, def), body.fields);
      await records.ingestChunk(actor, {
        typeCode: stored.typeCode, sourceDepartment: { id: stored.sourceDepartment.id, code: stored.sourceDepartment.code },
        channel: 'api', batchId: null, rows: [{ row: 1, raw }],
      }, {
        inTransaction: async (trx, results: IngestRowResult[]) => {
          const result = results[0]!;
          if (result.status === 'rejected') throw correctionInvalid(result.errors ?? []);
          if (result.status === 'unchanged') throw correctionUnchanged();
          if (result.status === 'created' || result.id !== stored.id) throw correctionKeyChanged();
          await run({ correctedVersion: result.version ?? null }, { recordVersion: result.version, changedFields: Object.keys(body.fields) })(trx);
        },
      });
    } else if (action === 'remove') {
      await records.withdraw(actor, { recordId: before.recordId, reason: `异议 ${before.caseNo}：${body.note}`, channel: 'api' }, { inTransaction: run() });
    } else {
      await db.transaction().execute(run());
    }
    return ctx.objectorView(actor, id, opts.holdsQueryCode ?? false);
  }

  return { act };
}
