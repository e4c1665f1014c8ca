import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { fixedClock } from '../../kernel/clock.js';
import { decision, proposal, seedListPeople, type ListPeople } from './testing.js';

/**
 * SPEC §5: the office's listing procedure, step by step, with every refusal's
 * code. The clock starts on Monday 2025-09-29, just before the National Day
 * holidays of the seeded 2025 calendar (10-01 to 10-08 off, Saturday 10-11 worked).
 */
for (const dialect of dialectsUnderTest()) {
  describe(`listing procedure [${dialect}]`, () => {
    let t: TestApp;
    let p: ListPeople;
    const clock = fixedClock('2025-09-29T02:00:00.000Z');
    const lists = () => t.ctx.services.lists;
    const at = (day: string) => clock.set(`${day}T02:00:00.000Z`);
    const refused = (promise: Promise<unknown>, code: string) => expect(promise).rejects.toMatchObject({ code });

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      p = await seedListPeople(t.ctx.services);
    });
    afterAll(async () => t.close());

    it('runs proposal → notice → objection → answer → decision, keeping every step', async () => {
      at('2025-09-29');
      const { entry: proposed, created } = await lists().propose(p.office, proposal('food_drug_serious_violation', p.subjects.merchant.code));
      expect(created).toBe(true);
      expect(proposed).toMatchObject({ status: 'proposed', kind: 'black', subject: { id: p.subjects.merchant.id, code: p.subjects.merchant.code }, notice: null, decision: null });
      expect(proposed.legalBasis).toContain('总局令第44号');
      const id = proposed.id;

      await refused(lists().decide(p.reviewer, id, decision('深市监南信列〔2025〕1号')), 'LIST_NOTICE_REQUIRED');

      const notified = await lists().notify(p.office, id, { noticeNo: '深市监南信告〔2025〕1号' });
      // 10 working days from Monday 09-29 across the National Day holidays (09-30, 10-09, 10-10, Saturday 10-11, 10-13 … 10-20)
      expect(notified.notice).toMatchObject({ noticeDate: '2025-09-29', objectionDeadline: '2025-10-20', windowOpen: true, noticeNo: '深市监南信告〔2025〕1号' });
      expect(notified.notice!.remedies).toMatch(/^当事人可以自告知之日起10个工作日内（至2025-10-20，含当日）提出陈述、申辩（异议）.*行政复议/);
      await refused(lists().notify(p.office, id, {}), 'LIST_ENTRY_STATE_INVALID');
      await refused(lists().decide(p.reviewer, id, decision('深市监南信列〔2025〕1号')), 'LIST_OBJECTION_WINDOW_OPEN');

      at('2025-10-09');
      const objected = await lists().object(p.merchantAccount, id, { content: '涉案产品系他人冒用本公司名义生产，请求不予列入。' });
      expect(objected.objections).toHaveLength(1);
      await refused(lists().object(p.merchantAccount, 'ffffffff-ffff-4fff-8fff-ffffffffffff', { content: '异议内容' }), 'LIST_ENTRY_NOT_FOUND');

      at('2025-10-21');
      await refused(lists().object(p.merchantAccount, id, { content: '补充异议' }), 'LIST_OBJECTION_WINDOW_CLOSED');
      await refused(lists().decide(p.reviewer, id, decision('深市监南信列〔2025〕1号')), 'LIST_OBJECTION_UNANSWERED');
      const objectionId = objected.objections[0]!.id;
      await lists().answer(p.reviewer, id, objectionId, { answer: '经核查，生产记录由当事人签章，异议不成立。' });
      await refused(lists().answer(p.reviewer, id, objectionId, { answer: '再次答复' }), 'LIST_OBJECTION_ALREADY_ANSWERED');
      await refused(lists().answer(p.reviewer, id, '00000000-0000-4000-8000-000000000000', { answer: '答复' }), 'LIST_OBJECTION_NOT_FOUND');

      await expect(lists().decide(p.reviewer, id, decision('X', { effectiveFrom: '2025-10-20' })))
        .rejects.toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'effectiveFrom', code: 'LIST_ENTRY_DATE_IN_PAST' })] });
      await expect(lists().decide(p.reviewer, id, decision('X', { effectiveFrom: '2025-10-25', effectiveTo: '2025-10-24' })))
        .rejects.toMatchObject({ errors: [expect.objectContaining({ field: 'effectiveTo', code: 'LIST_EXIT_BEFORE_ENTRY' })] });

      const decided = await lists().decide(p.reviewer, id, decision('深市监南信列〔2025〕1号'));
      expect(decided.status).toBe('in_effect');
      expect(decided.decision).toEqual({
        decisionNo: '深市监南信列〔2025〕1号', decidingAuthority: '深圳市市场监督管理局南山监管局', decisionDate: '2025-10-21',
        effectiveFrom: '2025-10-21', effectiveTo: '2028-10-21', remedies: expect.stringContaining('六十日'),
      });
      expect(decided.subject.name).toBe('深圳市诚信1号商贸有限公司');
      expect(decided.history.map((h) => [h.step, h.fromStatus, h.toStatus, h.onDate])).toEqual([
        ['propose', null, 'proposed', '2025-09-29'],
        ['notify', 'proposed', 'notified', '2025-09-29'],
        ['object', 'notified', 'notified', '2025-10-09'],
        ['answer', 'notified', 'notified', '2025-10-21'],
        ['decide', 'notified', 'in_effect', '2025-10-21'],
      ]);
      expect(decided.history.map((h) => h.actor.id)).toEqual([p.office.id, p.office.id, p.merchantAccount.id, p.reviewer.id, p.reviewer.id]);
      expect(decided.history[0]!.reason).toContain('严重违法失信');
      expect(decided.history[3]!.reason).toContain('异议不成立');

      await refused(lists().decide(p.reviewer, id, decision('again')), 'LIST_ENTRY_STATE_INVALID');
      await refused(lists().withdraw(p.office, id, { reason: '撤回' }), 'LIST_ENTRY_STATE_INVALID');

      at('2026-03-02');
      const removed = await lists().remove(p.reviewer, id, { reason: '当事人已完成信用修复（深市监南修〔2026〕3号）' });
      expect(removed).toMatchObject({ status: 'removed', removal: { removedOn: '2026-03-02' } });
      await refused(lists().remove(p.reviewer, id, { reason: '再次移出' }), 'LIST_ENTRY_NOT_IN_EFFECT');
      const revoked = await lists().revoke(p.admin, id, { reason: '列入所依据的行政处罚被复议撤销' });
      expect(revoked).toMatchObject({ status: 'revoked', revocation: { revokedOn: '2026-03-02' }, removal: { removedOn: '2026-03-02' } });
      await refused(lists().revoke(p.admin, id, { reason: '再次撤销' }), 'LIST_ENTRY_NOT_IN_EFFECT');

      // history never loses a step: every line is still there, in order, and the audit trail has one entry per step
      expect(revoked.history.map((h) => h.step)).toEqual(['propose', 'notify', 'object', 'answer', 'decide', 'remove', 'revoke']);
      const audited = await t.ctx.database.db.selectFrom('auditLog').select('action').where('targetId', '=', id).orderBy('seq').execute();
      expect(audited.map((a) => a.action)).toEqual(['list.propose', 'list.notify', 'list.object', 'list.answer', 'list.decide', 'list.remove', 'list.revoke']);
      expect(await t.ctx.database.db.selectFrom('listEntryHistory').select('id').where('entryId', '=', id).execute()).toHaveLength(7);
    });

    it('refuses an upstream list, a second open entry, unknown evidence, a subject the list does not apply to', async () => {
      at('2025-09-29');
      await refused(lists().propose(p.office, proposal('dishonest_judgment_debtor', p.subjects.other.code)), 'LIST_TYPE_UPSTREAM');
      await refused(lists().propose(p.office, proposal('no_such_list', p.subjects.other.code)), 'LIST_TYPE_NOT_FOUND');
      await lists().propose(p.office, proposal('environmental_violation_blacklist', p.subjects.other.code));
      await refused(lists().propose(p.office, proposal('environmental_violation_blacklist', p.subjects.other.code)), 'LIST_ENTRY_DUPLICATE');
      await expect(lists().propose(p.office, proposal('ecommerce_serious_dishonesty', p.subjects.other.code, { evidenceRecordIds: ['0199a000-0000-7000-8000-000000000001'] })))
        .rejects.toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'evidenceRecordIds.0', code: 'LIST_EVIDENCE_NOT_FOUND' })] });
      await expect(lists().propose(p.office, { listType: 'honest_merchant', subjectId: p.subjects.person.id, reasons: '推荐为诚信商家' }))
        .rejects.toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'subjectId', code: 'LIST_SUBJECT_TYPE_NOT_ALLOWED' })] });
      await expect(lists().propose(p.office, { listType: 'honest_merchant', reasons: '推荐' }))
        .rejects.toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'subjectCode' })] });
    });

    it('lets only the credit office propose and notify, only reviewers decide, only the subject (or the office) object', async () => {
      at('2025-09-29');
      await refused(lists().propose(p.sectorStaff, proposal('honest_merchant', p.subjects.merchant.code)), 'FORBIDDEN');
      await refused(lists().propose(p.reviewer, proposal('honest_merchant', p.subjects.merchant.code)), 'FORBIDDEN');
      await refused(lists().propose(p.merchantAccount, proposal('honest_merchant', p.subjects.merchant.code)), 'FORBIDDEN');
      const { entry } = await lists().propose(p.office, proposal('honest_merchant', p.subjects.merchant.code, { reasons: '诚信商家联盟推荐' }));
      await refused(lists().notify(p.reviewer, entry.id, {}), 'FORBIDDEN');
      const notified = await lists().notify(p.admin, entry.id, {});
      expect(notified.notice!.objectionDeadline).toBe('2025-10-13'); // 5 working days: 09-30, 10-09, 10-10, 10-11 (Saturday, worked), 10-13
      const stranger = { ...p.merchantAccount, subjectId: p.subjects.other.id };
      await refused(lists().object(stranger, entry.id, { content: '与我无关的异议' }), 'FORBIDDEN');
      await refused(lists().object(p.sectorStaff, entry.id, { content: '部门代为提出' }), 'FORBIDDEN');
      expect((await lists().object(p.office, entry.id, { content: '当事人口头提出，代为登记：营业执照地址有误' })).objections[0]!.filedBy.role).toBe('staff');
      await refused(lists().answer(p.office, entry.id, notified.id, { answer: '答复' }), 'FORBIDDEN');
      at('2025-10-14');
      await refused(lists().decide(p.office, entry.id, decision('深南信办〔2025〕8号')), 'FORBIDDEN');
      const view = await lists().get(p.reviewer, entry.id);
      expect(view.allowedActions).toEqual(['withdraw', 'answer']);
      await lists().answer(p.reviewer, entry.id, view.objections[0]!.id, { answer: '地址已更正，不影响认定。' });
      const decided = await lists().decide(p.reviewer, entry.id, decision('深南信办〔2025〕8号'));
      expect(decided.decision).toMatchObject({ decidingAuthority: '南山区社会信用体系建设领导小组办公室', effectiveFrom: '2025-10-14', effectiveTo: '2028-10-14' });
      expect(decided.allowedActions).toEqual(['remove', 'revoke']);
      expect((await lists().get(p.office, entry.id)).allowedActions).toEqual([]);
    });

    it('shows the subject its own entries, by role and not by person, and nobody else\'s', async () => {
      const mine = await lists().list(p.merchantAccount, { subject: p.subjects.other.code });
      expect(mine.items.length).toBeGreaterThan(0);
      expect(mine.items.every((i) => i.subject.id === p.subjects.merchant.id)).toBe(true);
      const view = await lists().get(p.merchantAccount, mine.items[0]!.id);
      expect(view.history.every((h) => h.actor.id === null)).toBe(true);
      expect(view.proposedBy).toBeNull();
      const others = await lists().list(p.office, { subject: p.subjects.other.code });
      await refused(lists().get(p.merchantAccount, others.items[0]!.id), 'FORBIDDEN');
      await refused(lists().list(p.sectorStaff, {}), 'FORBIDDEN');
      expect((await lists().list(p.auditor, { status: 'revoked' })).items.map((i) => i.listType)).toEqual(['food_drug_serious_violation']);
    });

    it('withdraws a proposal, after which the subject may be proposed again', async () => {
      at('2025-09-29');
      const first = (await lists().propose(p.office, proposal('ip_serious_dishonesty', p.subjects.other.code))).entry;
      await refused(lists().propose(p.office, proposal('ip_serious_dishonesty', p.subjects.other.code)), 'LIST_ENTRY_DUPLICATE');
      const withdrawn = await lists().withdraw(p.office, first.id, { reason: '经复核，证据不足' });
      expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawal: { withdrawnOn: '2025-09-29', reason: '经复核，证据不足' } });
      await refused(lists().withdraw(p.office, first.id, { reason: '再次撤回' }), 'LIST_ENTRY_STATE_INVALID');
      const second = (await lists().propose(p.office, proposal('ip_serious_dishonesty', p.subjects.other.code))).entry;
      expect(second.id).not.toBe(first.id);
    });

    it('answers a retried request with the same Idempotency-Key from the step it already made, and refuses the key elsewhere', async () => {
      at('2025-09-29');
      const key = { requestKey: 'retry-1' };
      const first = await lists().propose(p.office, proposal('culture_market_serious_dishonesty', p.subjects.other.code), key);
      const again = await lists().propose(p.office, proposal('culture_market_serious_dishonesty', p.subjects.other.code), key);
      expect([first.created, again.created, again.entry.id]).toEqual([true, false, first.entry.id]);
      await refused(lists().notify(p.office, first.entry.id, {}, key), 'LIST_IDEMPOTENCY_KEY_REUSED');
      const notified = await lists().notify(p.office, first.entry.id, {}, { requestKey: 'retry-2' });
      const retried = await lists().notify(p.office, first.entry.id, {}, { requestKey: 'retry-2' });
      expect(retried.version).toBe(notified.version);
      expect(retried.history.filter((h) => h.step === 'notify')).toHaveLength(1);
      // the same key from another person is theirs to use
      const other = await lists().propose(p.admin, proposal('advertising_serious_dishonesty', p.subjects.other.code), key);
      expect(other.created).toBe(true);
    });
  });
}
