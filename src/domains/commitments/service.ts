import type { Kysely } from 'kysely';
import type { Database } from '../../db/connect.js';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../kernel/actor.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { authorize } from '../../kernel/authorize.js';
import { chinaDate, isoNow, type Clock } from '../../kernel/clock.js';
import { newId } from '../../kernel/ids.js';
import type { AccountsService } from '../accounts/index.js';
import type { RecordService } from '../records/index.js';
import {
  commitmentBreachDepartmentRequired, commitmentBreachNotStored, commitmentConcurrentWrite, commitmentNotFound, commitmentSubjectRequired,
} from './errors.js';
import { parseInput } from './parse-input.js';
import { canSignFor, canTrack, isOwnSubject } from './policy.js';
import { notifyNobody, type Notify } from './ports.js';
import { presentCommitment, type Commitment, type CommitmentPage } from './present.js';
import { commitmentsRepo, type CommitmentRow } from './repo.js';
import { nextCommitmentStatus } from './rules.js';
import { breachBodySchema, commitmentsQuerySchema, signBodySchema, type CommitmentStatus } from './schema.js';
import { commitmentText, TEMPLATES, type CommitmentTemplateCode } from './templates.js';

export interface CommitmentServiceDeps {
  database: Database;
  clock: Clock;
  audit: AuditTrail;
  records: Pick<RecordService, 'ingestChunk'>;
  accounts: Pick<AccountsService, 'getDepartment'>;
  notify?: Notify | undefined;
}

/** What signing inside another domain's transaction takes (a repair application signs its commitment with it). */
export interface SignWithin {
  subjectId: string;
  template: CommitmentTemplateCode;
  matter: string;
  dueBy?: string | null;
}

/** 承诺书编号: XYCN + the signing day + 8 characters of the id (unique with it). */
const commitmentNo = (id: string, day: string) => `XYCN${day.replaceAll('-', '')}${id.replaceAll('-', '').slice(-8).toUpperCase()}`;

/**
 * Credit commitments (信用承诺, SPEC §8): templates as data, a subject signs
 * (or the credit office records a paper one), everyone reads them, the office
 * tracks fulfilment; a recorded breach becomes a `commitment_breach` record
 * through the normal ingestion path, in the same transaction as the status.
 */
const STATUS_TEXT: Record<Commitment['status'], string> = { in_force: '履行中', fulfilled: '已履行', breached: '已违诺' };

export function createCommitmentService(deps: CommitmentServiceDeps) {
  const { database, clock, audit, records, accounts } = deps;
  const db = database.db;
  const notify = deps.notify ?? notifyNobody;

  async function present(rows: CommitmentRow[]): Promise<Commitment[]> {
    const subjects = await commitmentsRepo.subjects(db, rows.map((r) => r.subjectId));
    return rows.map((r) => presentCommitment(r, subjects.get(r.subjectId)));
  }

  async function requireRow(through: Kysely<DB>, id: string): Promise<CommitmentRow> {
    const row = await commitmentsRepo.find(through, id);
    if (!row) throw commitmentNotFound(id);
    return row;
  }

  async function getOne(id: string): Promise<Commitment> {
    return (await present([await requireRow(db, id)]))[0]!;
  }

  /** Signs inside the caller's transaction (the caller has authorised the actor for the subject). */
  async function signWithin(trx: Kysely<DB>, actor: Actor, input: SignWithin): Promise<CommitmentRow> {
    const id = newId();
    const now = isoNow(clock);
    const today = chinaDate(clock);
    const template = TEMPLATES[input.template];
    const row: CommitmentRow = {
      id, commitmentNo: commitmentNo(id, today), subjectId: input.subjectId, template: input.template, matter: input.matter,
      text: commitmentText(input.template, input.matter), legalBasis: template.legalBasis, signedOn: today, signedAt: now,
      signedByType: actor.kind, signedById: actor.id, dueBy: input.dueBy ?? null, status: 'in_force',
      fulfilledOn: null, breachedOn: null, breach: null, breachRecordId: null, version: 1, updatedAt: now,
    };
    await commitmentsRepo.insert(trx, row);
    await audit.append(trx, actor, {
      action: 'commitment.sign', targetType: 'commitment', targetId: id, subjectId: input.subjectId,
      details: { template: input.template, commitmentNo: row.commitmentNo, matter: input.matter },
    });
    return row;
  }

  async function move(trx: Kysely<DB>, actor: Actor, row: CommitmentRow, step: 'fulfil' | 'breach', patch: Partial<CommitmentRow>, details: Record<string, unknown> = {}) {
    const status = nextCommitmentStatus(row.status as CommitmentStatus, step);
    if (!(await commitmentsRepo.update(trx, row.id, row.version, { ...patch, status, updatedAt: isoNow(clock) }))) throw commitmentConcurrentWrite();
    await audit.append(trx, actor, {
      action: `commitment.${step}`, targetType: 'commitment', targetId: row.id, subjectId: row.subjectId, details: { from: row.status, to: status, ...details },
    });
    return status;
  }

  return {
    templates: () => Object.values(TEMPLATES),
    signWithin,

    /** A subject account signs for its own subject; credit office staff record a paper commitment with `subjectId`. */
    async sign(actor: Actor, input: unknown): Promise<Commitment> {
      const body = parseInput(signBodySchema, input);
      const subjectId = isOwnSubject(actor, actor.subjectId ?? '') ? actor.subjectId! : body.subjectId;
      if (subjectId === undefined) {
        authorize(actor, canTrack(actor), '签署信用承诺');
        throw commitmentSubjectRequired();
      }
      authorize(actor, canSignFor(actor, subjectId), '签署信用承诺');
      const row = await db.transaction().execute(async (trx) => {
        const signed = await signWithin(trx, actor, { subjectId, template: body.template, matter: body.matter, dueBy: body.dueBy ?? null });
        await notify(trx, {
          recipient: { kind: 'subject', subjectId }, topic: 'commitment.signed', title: `信用承诺已签署：${body.matter}`,
          body: `承诺书编号 ${signed.commitmentNo}（${TEMPLATES[body.template].name}）已生效并向社会公开。`, link: `/commitments/${signed.id}`,
        });
        return signed;
      });
      return (await present([row]))[0]!;
    },

    /** Public: one commitment. */
    get: getOne,

    /** Public: a subject's commitments, or (credit office, auditors) any by status, newest first. */
    async list(actor: Actor, query: unknown): Promise<CommitmentPage> {
      const q = parseInput(commitmentsQuerySchema, query);
      if (q.subject === undefined) authorize(actor, canTrack(actor) || (actor.kind !== 'anonymous' && actor.role === 'auditor'), '查看信用承诺');
      const rows = await commitmentsRepo.list(db, { subjectId: q.subject, status: q.status, limit: q.pageSize + 1, offset: (q.page - 1) * q.pageSize });
      return { items: await present(rows.slice(0, q.pageSize)), page: q.page, pageSize: q.pageSize, hasMore: rows.length > q.pageSize };
    },

    /**
     * The subject's commitments signed by `asOf` (YYYY-MM-DD), for its credit
     * report (SPEC §9): public data, the same for every reader; at most 200, newest first.
     */
    async forReport(subjectId: string, opts: { asOf: string }): Promise<Array<{ title: string; signedOn: string; status: string; content: string }>> {
      const rows = await commitmentsRepo.list(db, { subjectId, signedBy: opts.asOf, limit: 200, offset: 0 });
      return (await present(rows)).map((c) => ({
        title: `${c.templateName}：${c.matter}`,
        signedOn: c.signedOn,
        status: STATUS_TEXT[c.status],
        content: c.breach ? `${c.text}（违诺：${c.breach}）` : c.text,
      }));
    },

    /** The office records that the commitment was kept. */
    async fulfil(actor: Actor, id: string): Promise<Commitment> {
      authorize(actor, canTrack(actor), '记录承诺履行');
      await db.transaction().execute(async (trx) => {
        const row = await requireRow(trx, id);
        await move(trx, actor, row, 'fulfil', { fulfilledOn: chinaDate(clock) });
        await notify(trx, { recipient: { kind: 'subject', subjectId: row.subjectId }, topic: 'commitment.fulfilled', title: '信用承诺已履行', body: `承诺书编号 ${row.commitmentNo} 已记为履行。`, link: `/commitments/${id}` });
      });
      return getOne(id);
    },

    /**
     * The office records a breach: the commitment becomes `breached` and a
     * `commitment_breach` record is stored through records' ingestion, under the
     * actor's department (the office), in one transaction. The subject must have
     * a code (a person's ID number is not at hand here).
     */
    async breach(actor: Actor, id: string, input: unknown): Promise<Commitment> {
      authorize(actor, canTrack(actor), '记录违反承诺');
      const body = parseInput(breachBodySchema, input);
      if (actor.departmentId === null) throw commitmentBreachDepartmentRequired();
      const department = await accounts.getDepartment(actor.departmentId);
      const row = await requireRow(db, id);
      nextCommitmentStatus(row.status as CommitmentStatus, 'breach');
      const subject = (await commitmentsRepo.subjects(db, [row.subjectId])).get(row.subjectId)!;
      const recordedOn = body.recordedOn ?? chinaDate(clock);
      const raw = {
        subjectName: subject.name, subjectCode: subject.code ?? '', commitmentNo: row.commitmentNo, commitmentKind: TEMPLATES[row.template as CommitmentTemplateCode].kind,
        matter: row.matter, signedOn: row.signedOn, breach: body.breach, recordedOn, sourceDept: department.name, sourceDeptCode: department.code,
      };
      const results = await records.ingestChunk(actor, {
        typeCode: 'commitment_breach', sourceDepartment: { id: department.id, code: department.code }, channel: 'api', batchId: null, rows: [{ row: 1, raw }],
      }, {
        inTransaction: async (trx, results) => {
          const result = results[0]!;
          if (result.status === 'rejected') throw commitmentBreachNotStored(result.errors ?? []);
          const current = await requireRow(trx, id);
          await move(trx, actor, current, 'breach', { breachedOn: recordedOn, breach: body.breach, breachRecordId: result.id ?? null }, { recordId: result.id });
          await notify(trx, {
            recipient: { kind: 'subject', subjectId: row.subjectId }, topic: 'commitment.breached', title: '违反信用承诺已记入信用记录',
            body: `承诺书编号 ${row.commitmentNo}：${body.breach}`, link: `/commitments/${id}`,
          });
        },
      });
      if (results[0]!.status === 'rejected') throw commitmentBreachNotStored(results[0]!.errors ?? []);
      return getOne(id);
    },
  };
}

export type CommitmentService = ReturnType<typeof createCommitmentService>;
