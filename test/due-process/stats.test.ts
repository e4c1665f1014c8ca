import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { systemActor } from '../../src/kernel/actor.js';
import { fixedClock } from '../../src/kernel/clock.js';
import { createObjectionStats } from '../../src/domains/objections/index.js';
import { createRepairStats } from '../../src/domains/repairs/index.js';
import { SAMPLE_AUTHORITY, penaltyChunk, penaltyRow, providerOf } from '../../src/domains/records/testing.js';

// Objection and repair figures for the supervision statistics (SPEC §11), against rows written by hand.
// Today is 2026-06-15 in China; the period is June 2026: from 2026-06-01 (China) to 2026-06-30T16:00Z.
const NOW = '2026-06-15T02:00:00.000Z';
const RANGE = { from: '2026-06-01', to: '2026-06-30T16:00:00.000Z' };

for (const dialect of dialectsUnderTest()) {
  describe(`due-process statistics [${dialect}]`, () => {
    let t: TestApp;
    let recordId: string;
    let subjectId: string;
    let deptA: string;
    const clock = fixedClock(NOW);

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      const dept = await t.ctx.services.accounts.createDepartment(systemActor, { code: SAMPLE_AUTHORITY.code, name: SAMPLE_AUTHORITY.name, kind: 'government' });
      deptA = dept.id;
      const [r] = await t.ctx.services.records.ingestChunk(providerOf(dept.id), penaltyChunk(dept, [penaltyRow(1)]));
      recordId = r!.id!;
      subjectId = (await t.ctx.database.db.selectFrom('records').select('subjectId').where('id', '=', recordId).executeTakeFirstOrThrow()).subjectId;
    });
    afterAll(async () => t.close());

    it('counts objections filed, decided on time or late, open past their deadline, and outcomes by source department', async () => {
      const base = {
        queryCodeHash: 'x', recordId, subjectId, sourceDepartmentId: deptA, objectorKind: 'public', objectorUserId: null, objectorName: '王某', objectorContact: '13800000000',
        reasons: '记录有误', outcome: null, outcomeReasons: null, reply: null, refusalReasons: null, correctedVersion: null, stepStartedOn: null, stepDueOn: null,
        overdueSince: null, closedAt: null, submitKey: null, version: 1, updatedAt: NOW,
      };
      const rows = [
        // filed in May, replied in June on time, corrected: decided, kept, against the record; not "filed" in June
        { ...base, id: 'o1', caseNo: 'C1', status: 'replied', outcome: 'corrected', submittedAt: '2026-05-20T02:00:00.000Z', submittedOn: '2026-05-20', closedAt: '2026-06-03T02:00:00.000Z' },
        // filed and refused in June, one step late: decided, missed
        { ...base, id: 'o2', caseNo: 'C2', status: 'refused', submittedAt: '2026-06-02T02:00:00.000Z', submittedOn: '2026-06-02', overdueSince: '2026-06-05', closedAt: '2026-06-08T02:00:00.000Z' },
        // filed in June, replied and upheld: decided, kept, not against the record
        { ...base, id: 'o3', caseNo: 'C3', status: 'replied', outcome: 'upheld', submittedAt: '2026-06-03T02:00:00.000Z', submittedOn: '2026-06-03', closedAt: '2026-06-10T02:00:00.000Z' },
        // filed in June, verifying, due yesterday: open overdue
        { ...base, id: 'o4', caseNo: 'C4', status: 'verifying', submittedAt: '2026-06-04T02:00:00.000Z', submittedOn: '2026-06-04', stepDueOn: '2026-06-14' },
        // filed in June, self-check due today: open, not overdue
        { ...base, id: 'o5', caseNo: 'C5', status: 'self_check', submittedAt: '2026-06-05T02:00:00.000Z', submittedOn: '2026-06-05', stepDueOn: '2026-06-15' },
        // filed 2026-05-31 23:30 China time (before the period), withdrawn: neither filed in June nor decided
        { ...base, id: 'o6', caseNo: 'C6', status: 'withdrawn', submittedAt: '2026-05-31T15:30:00.000Z', submittedOn: '2026-05-31', closedAt: '2026-06-02T02:00:00.000Z' },
      ];
      await t.ctx.database.db.insertInto('objections').values(rows).execute();
      const stats = createObjectionStats({ db: t.ctx.database.db, clock });
      expect(await stats.stats(RANGE)).toEqual({
        available: true,
        byStatus: [{ status: 'refused', count: 1 }, { status: 'replied', count: 1 }, { status: 'self_check', count: 1 }, { status: 'verifying', count: 1 }],
        decided: 3, deadlineKept: 2, deadlineMissed: 1, openOverdue: 1,
      });
      expect(await stats.outcomesByDepartment(RANGE)).toEqual([{ departmentId: deptA, decided: 2, againstRecord: 1 }]);
    });

    it('counts repair applications filed, decisions kept or missed against their due day, and accepted ones past it', async () => {
      const db = t.ctx.database.db;
      await db.insertInto('commitments').values({
        id: 'c1', commitmentNo: 'N1', subjectId, template: 'repair', matter: '信用修复', text: '承诺', legalBasis: '依据', signedOn: '2026-05-01', signedAt: '2026-05-01T02:00:00.000Z',
        signedByType: 'user', signedById: null, dueBy: null, status: 'in_force', fulfilledOn: null, breachedOn: null, breach: null, breachRecordId: null, version: 1, updatedAt: NOW,
      }).execute();
      const base = {
        recordId, subjectId, openKey: null, fulfilment: '已缴纳罚款', commitmentId: 'c1', applicantType: 'user', applicantId: null, applicantRole: 'subject',
        acceptedOn: null, decisionDue: null, decidedOn: null, reason: null, version: 1, updatedAt: NOW,
      };
      await db.insertInto('repairs').values([
        // filed in May, approved in June on its due day: decided, kept
        { ...base, id: 'r1', status: 'approved', submittedOn: '2026-05-28', createdAt: '2026-05-28T02:00:00.000Z', acceptedOn: '2026-05-29', decisionDue: '2026-06-03', decidedOn: '2026-06-03' },
        // filed in June, rejected a day late: decided, missed
        { ...base, id: 'r2', status: 'rejected', submittedOn: '2026-06-01', createdAt: '2026-06-01T02:00:00.000Z', acceptedOn: '2026-06-01', decisionDue: '2026-06-04', decidedOn: '2026-06-05' },
        // filed in June, refused at acceptance: not a decision
        { ...base, id: 'r3', status: 'refused', submittedOn: '2026-06-02', createdAt: '2026-06-02T02:00:00.000Z', decidedOn: '2026-06-02' },
        // filed in June, accepted, due last Friday: open overdue
        { ...base, id: 'r4', status: 'accepted', submittedOn: '2026-06-08', createdAt: '2026-06-08T02:00:00.000Z', acceptedOn: '2026-06-09', decisionDue: '2026-06-12' },
        // filed in June, waiting for acceptance
        { ...base, id: 'r5', status: 'submitted', submittedOn: '2026-06-14', createdAt: '2026-06-14T02:00:00.000Z' },
      ]).execute();
      expect(await createRepairStats({ db, clock }).stats(RANGE)).toEqual({
        available: true,
        byStatus: [{ status: 'accepted', count: 1 }, { status: 'refused', count: 1 }, { status: 'rejected', count: 1 }, { status: 'submitted', count: 1 }],
        decided: 2, deadlineKept: 1, deadlineMissed: 1, openOverdue: 1,
      });
    });

    it('feeds the statistics service, which says the figures are available', async () => {
      const admin = { ...systemActor, kind: 'user' as const, id: 'u-admin', role: 'admin' as const, departmentId: null };
      const figures = await t.ctx.services.statistics.dueProcess(admin, { from: '2026-06', to: '2026-06' });
      expect(figures.objections).toMatchObject({ available: true, decided: 3 });
      expect(figures.repairs).toMatchObject({ available: true, decided: 2 });
    });
  });
}
