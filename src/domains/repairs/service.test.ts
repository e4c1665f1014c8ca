import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { systemActor } from '../../kernel/actor.js';
import { fixedClock } from '../../kernel/clock.js';
import { decision, proposal } from '../lists/testing.js';
import { PDF_PROOF, seedRepairWorld, type RepairWorld } from './testing.js';

/**
 * Issue 7 item 3 on both engines (fixed clock: 2026-06-15 in China): eligibility,
 * the application, the state machine with its codes, and what an approval does
 * to the archive, checks, lists, ratings and followers.
 */
for (const dialect of dialectsUnderTest()) {
  describe(`credit repair [${dialect}]`, () => {
    let t: TestApp;
    let w: RepairWorld;
    const clock = fixedClock('2026-06-15T02:00:00.000Z');
    const s = () => t.ctx.services;
    const db = () => t.ctx.database.db;
    const apply = (recordId: string, extra: Record<string, unknown> = {}) =>
      s().repairs.apply(w.people.merchantAccount, { recordId, fulfilment: '已于2026年2月1日缴清罚款并完成整改。', commitmentAccepted: true, attachments: [{ fileName: '缴款凭证.pdf', mediaType: 'application/pdf', content: PDF_PROOF }], ...extra });
    const publicIds = async () => (await s().records.listForSubject(w.people.subjects.merchant.id, { audience: 'public' })).items.map((r) => r.id);
    const procurement = () => s().checks.check(systemActor, { subject: w.people.subjects.merchant.code, scenario: 'government_procurement' });
    const rating = async () => db().selectFrom('ratingCurrent').selectAll().where('subjectId', '=', w.people.subjects.merchant.id).where('modelCode', '=', 'public_composite').executeTakeFirst();
    let entryId: string;

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      w = await seedRepairWorld(s());
      await s().ratings.drain();
      // An office black-list entry in effect that rests on the serious penalty.
      const { entry } = await s().lists.propose(w.people.office, proposal('ecommerce_serious_dishonesty', w.people.subjects.merchant.code, { evidenceRecordIds: [w.records.serious] }));
      entryId = entry.id;
      await s().lists.notify(w.people.office, entryId, {});
      const objected = await s().lists.object(w.people.merchantAccount, entryId, { content: '已整改完毕。' });
      await s().lists.answer(w.people.reviewer, entryId, objected.objections[0]!.id, { answer: '经核，整改情况不影响列入。' });
      await s().lists.decide(w.people.reviewer, entryId, decision('南信黑〔2026〕1号'));
      await s().monitoring.follow(w.people.auditor, w.people.subjects.merchant.code);
    });
    afterAll(async () => t.close());

    it('shows each negative record with its eligibility, the day it opens and its repair notice', async () => {
      const items = await s().repairs.candidates(w.people.merchantAccount, w.people.subjects.merchant.id);
      const byId = new Map(items.map((c) => [c.record.id, c]));
      expect(byId.get(w.records.general)!.eligibility).toMatchObject({ state: 'eligible', opensOn: '2026-04-10' });
      expect(byId.get(w.records.early)!.eligibility).toMatchObject({ state: 'not_yet', opensOn: '2026-08-01' });
      expect(byId.get(w.records.serious)!.eligibility).toMatchObject({ state: 'eligible', opensOn: '2026-03-01' });
      const notice = byId.get(w.records.early)!.notice;
      expect(notice).toMatchObject({ kind: 'record', decisionNo: 'REPAIR-E', opensOn: '2026-08-01', endsOn: '2027-05-01' });
      expect(notice.when).toContain('2026-08-01');
      await expect(s().repairs.candidates(w.people.office, w.people.subjects.merchant.id)).resolves.toHaveLength(3);
      await expect(s().repairs.candidates(w.people.auditor, w.people.subjects.merchant.id)).resolves.toHaveLength(3);
    });

    it('notifies the subject of each new negative record once (两书同达)', async () => {
      const first = await s().repairs.sendRepairNotices();
      expect(first.notified).toBe(3);
      expect((await s().repairs.sendRepairNotices()).notified).toBe(0);
      const rows = await db().selectFrom('notifications').select(['topic', 'link']).where('userId', '=', w.people.merchantAccount.id!).where('topic', '=', 'repair.notice').execute();
      expect(rows.map((r) => r.link).sort()).toEqual(Object.values(w.records).map((id) => `/me/repairs/notices/record/${id}`).sort());
    });

    it('refuses an application before the record is eligible, naming the day, and bad proof files', async () => {
      await expect(apply(w.records.early)).rejects.toMatchObject({ code: 'REPAIR_NOT_ELIGIBLE', message: expect.stringContaining('2026-08-01') });
      await expect(apply(w.records.general, { attachments: [{ fileName: 'a.png', mediaType: 'image/png', content: PDF_PROOF }] }))
        .rejects.toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'attachments.0', code: 'REPAIR_ATTACHMENT_TYPE' })] });
      await expect(apply(w.records.general, { commitmentAccepted: false })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      await expect(s().repairs.apply(w.people.auditor, { recordId: w.records.general, fulfilment: '已履行。', commitmentAccepted: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });

    let generalRepair: string;
    it('takes the application with its proof and signs the repair commitment; one open application per record; retries answer the first', async () => {
      const { repair, created } = await apply(w.records.general, {});
      expect(created).toBe(true);
      expect(repair).toMatchObject({ status: 'submitted', overdue: false, record: { id: w.records.general, docNo: 'REPAIR-G' }, attachments: [{ fileName: '缴款凭证.pdf', mediaType: 'application/pdf' }] });
      generalRepair = repair.id;
      const commitment = await s().commitments.get(repair.commitment.id);
      expect(commitment).toMatchObject({ template: 'repair', status: 'in_force', subject: { id: w.people.subjects.merchant.id } });
      await expect(apply(w.records.general)).rejects.toMatchObject({ code: 'REPAIR_ALREADY_OPEN' });
      const first = await s().repairs.apply(w.people.office, { recordId: w.records.serious, fulfilment: '已履行处罚决定。', commitmentAccepted: true }, { requestKey: 'k-1' });
      const again = await s().repairs.apply(w.people.office, { recordId: w.records.serious, fulfilment: '已履行处罚决定。', commitmentAccepted: true }, { requestKey: 'k-1' });
      expect([first.created, again.created, again.repair.id]).toEqual([true, false, first.repair.id]);
    });

    it('refuses steps the state or the role does not allow, with stable codes', async () => {
      await expect(s().repairs.approve(w.people.reviewer, generalRepair)).rejects.toMatchObject({ code: 'REPAIR_TRANSITION_INVALID' });
      await expect(s().repairs.accept(w.people.merchantAccount, generalRepair)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(s().repairs.refuse(w.people.office, generalRepair, {})).rejects.toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ code: 'REPAIR_REASON_REQUIRED' })] });
      const accepted = await s().repairs.accept(w.people.office, generalRepair);
      const cal = await s().calendar.calendar();
      expect(accepted).toMatchObject({ status: 'accepted', acceptedOn: '2026-06-15', decisionDue: cal.addWorkingDays('2026-06-15', 3) });
      expect(accepted.decisionDue).toBe('2026-06-18');
      await expect(s().repairs.accept(w.people.office, generalRepair)).rejects.toMatchObject({ code: 'REPAIR_TRANSITION_INVALID' });
      await expect(s().repairs.approve(w.people.office, generalRepair)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });

    it('approval repairs the record: publicity ends the day before, a repaired version and event are written', async () => {
      expect(await publicIds()).toContain(w.records.general);
      const before = await rating();
      const approved = await s().repairs.approve(w.people.reviewer, generalRepair);
      expect(approved).toMatchObject({ status: 'approved', decidedOn: '2026-06-15', record: { repairedOn: '2026-06-15', publicityEnd: '2026-06-14' } });
      expect(approved.history.map((h) => h.step)).toEqual(['apply', 'accept', 'approve']);
      expect(await publicIds()).not.toContain(w.records.general);
      const detail = await s().records.get(systemActor, w.records.general);
      expect(detail.versions.map((v) => v.change)).toEqual(['created', 'repaired']);
      expect(detail.inPublicity).toBe(false);
      const events = await db().selectFrom('outbox').select('topic').where('aggregateId', '=', w.records.general).orderBy('seq').execute();
      expect(events.map((e) => e.topic)).toEqual(['record.created', 'record.repaired']);
      // ratings: the drain re-rates the subject on the repair event
      const drained = await s().ratings.drain();
      expect(drained.events).toBeGreaterThan(0);
      const after = await rating();
      expect(Number(after!.score)).toBeGreaterThan(Number(before!.score));
      // monitoring: the follower hears of the repair
      clock.advance(60_000);
      await s().monitoring.pump();
      const notices = await db().selectFrom('notices').select(['kind', 'recordId']).where('recordId', '=', w.records.general).execute();
      expect(notices.map((n) => n.kind)).toContain('repaired');
      // the subject was told of each step
      const told = await db().selectFrom('notifications').select('topic').where('userId', '=', w.people.merchantAccount.id!).where('topic', 'like', 'repair.%').execute();
      expect(told.map((n) => n.topic)).toEqual(expect.arrayContaining(['repair.submitted', 'repair.accepted', 'repair.approved']));
    });

    it('a repaired serious penalty no longer restricts in checks, and the list entry resting on it ends', async () => {
      const id = (await s().repairs.list(w.people.office, { status: 'submitted' })).items.find((r) => r.record.id === w.records.serious)!.id;
      expect((await procurement()).measures.map((m) => m.code)).toContain('procurement_bar_serious_penalty');
      expect((await s().lists.entriesInEffect(w.people.subjects.merchant.id, '2026-06-15')).map((e) => e.entryId)).toContain(entryId);
      await s().repairs.accept(w.people.office, id);
      await s().repairs.approve(w.people.reviewer, id);
      // the record no longer triggers; the list entry still does until the lists consumer has run
      expect((await procurement()).measures.map((m) => m.code)).not.toContain('procurement_bar_serious_penalty');
      const ended = await s().lists.endRepairedEntries();
      expect((await procurement()).verdict).toBe('clear');
      expect(ended.ended).toBe(1);
      expect((await s().lists.endRepairedEntries()).ended).toBe(0);
      const entry = await s().lists.get(w.people.reviewer, entryId);
      expect(entry.status).toBe('removed');
      expect((await s().lists.entriesInEffect(w.people.subjects.merchant.id, '2026-06-15')).map((e) => e.entryId)).not.toContain(entryId);
      await expect(apply(w.records.serious)).rejects.toMatchObject({ code: 'REPAIR_NOT_ELIGIBLE' });
    });

    it('lists the queue by status and overdue, and a subject its own only', async () => {
      expect((await s().repairs.list(w.people.office, { status: 'approved' })).items).toHaveLength(2);
      expect((await s().repairs.list(w.people.merchantAccount, {})).items).toHaveLength(2);
      clock.set('2026-06-25T02:00:00.000Z');
      const { repair } = await s().repairs.apply(w.people.office, { recordId: w.records.early, fulfilment: '已缴清罚款。', commitmentAccepted: true }).catch(() => ({ repair: null }));
      expect(repair).toBeNull();
      clock.set('2026-08-03T02:00:00.000Z');
      const late = await apply(w.records.early);
      await s().repairs.accept(w.people.office, late.repair.id);
      clock.set('2026-08-10T02:00:00.000Z');
      const overdue = await s().repairs.list(w.people.office, { status: 'overdue' });
      expect(overdue.items.map((r) => [r.id, r.overdue])).toEqual([[late.repair.id, true]]);
      await s().repairs.reject(w.people.reviewer, late.repair.id, { reason: '未能证明已履行义务。' });
      expect((await s().repairs.get(w.people.merchantAccount, late.repair.id))).toMatchObject({ status: 'rejected', reason: '未能证明已履行义务。' });
      clock.set('2026-06-15T02:00:00.000Z');
    });
  });
}
