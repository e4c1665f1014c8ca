import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { anonymousActor } from '../../kernel/actor.js';
import { fixedClock } from '../../kernel/clock.js';
import { createObjectionService, type ObjectionService } from './service.js';
import type { NotificationInput } from './ports.js';
import { PDF_BASE64, penalty, REASONS, seedObjectionPeople, type ObjectionPeople } from './testing.js';

/**
 * SPEC §8 objections end to end through the service, on both engines: filing
 * (account and public), the 异议处理中 flag in every record view, each step
 * with its working-day deadline over the 2025 National Day holidays, the three
 * outcomes through the records domain, refusals with stable codes, escalation.
 */
for (const dialect of dialectsUnderTest()) {
  describe(`objections [${dialect}]`, () => {
    let t: TestApp;
    let p: ObjectionPeople;
    let objections: ObjectionService;
    const sent: NotificationInput[] = [];
    const clock = fixedClock('2025-09-29T02:00:00.000Z');
    const at = (day: string) => clock.set(`${day}T02:00:00.000Z`);
    const refused = (promise: Promise<unknown>, code: string) => expect(promise).rejects.toMatchObject({ code });
    const flag = async (recordId: string) => Number((await t.ctx.database.db.selectFrom('records').select('objectionOpen').where('id', '=', recordId).executeTakeFirstOrThrow()).objectionOpen);

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      p = await seedObjectionPeople(t.ctx.services);
      const s = t.ctx.services;
      objections = createObjectionService({
        database: t.ctx.database, clock, audit: s.audit, calendar: s.calendar, catalog: s.catalog, records: s.records,
        notify: async (_trx, n) => { sent.push(n); },
      });
    });
    afterAll(async () => t.close());

    it('files a public objection, shows 异议处理中 everywhere, corrects the record through records and replies', async () => {
      at('2025-09-29');
      const recordId = await penalty(t.ctx.services, p, '深市监南罚〔2025〕101号', { fineAmount: '0.5', content: '警告，并处罚款人民币5000元。' });
      const { objection, queryCode, created } = await objections.submit(anonymousActor(), {
        recordId, name: '李四', contact: '13800138000', reasons: REASONS,
        attachments: [{ name: '决定书.pdf', contentType: 'application/pdf', dataBase64: PDF_BASE64 }],
      });
      expect(created).toBe(true);
      expect(queryCode).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
      expect(objection).toMatchObject({ status: 'submitted', stepDueOn: '2025-10-09', overdue: false, record: { id: recordId, docNo: '深市监南罚〔2025〕101号', typeCode: 'admin_penalty' } });
      expect(objection.caseNo).toMatch(/^YY20250929-\d{6}$/);
      expect(objection.attachments).toEqual([expect.objectContaining({ name: '决定书.pdf', contentType: 'application/pdf' })]);
      expect(sent.at(-1)).toMatchObject({ recipient: { kind: 'contact', contact: '13800138000' }, topic: 'objection.submitted' });

      // 异议处理中 in the public, subject and staff views of the record.
      expect(await flag(recordId)).toBe(1);
      const subjectId = (await t.ctx.services.subjects.getByCode(p.subjectCode)).id;
      for (const audience of ['public', 'authorised', 'internal'] as const) {
        const { items } = await t.ctx.services.records.listForSubject(subjectId, { audience, at: '2025-09-29' });
        expect(items.find((r) => r.id === recordId)?.underObjection).toBe(true);
      }

      // The tracking code works, a wrong one does not (same answer as an unknown case).
      await expect(objections.track(anonymousActor(), { caseNo: objection.caseNo, queryCode: queryCode!.toLowerCase() })).resolves.toMatchObject({ id: objection.id });
      await refused(objections.track(anonymousActor(), { caseNo: objection.caseNo, queryCode: 'AAAAA-AAAAA' }), 'OBJECTION_QUERY_CODE_INVALID');
      await refused(objections.track(anonymousActor(), { caseNo: 'YY20250101-000000', queryCode: queryCode! }), 'OBJECTION_QUERY_CODE_INVALID');

      // Wrong role, wrong step.
      await refused(objections.accept(p.source, objection.id, { note: '受理' }), 'OBJECTION_ROLE_FORBIDDEN');
      await refused(objections.forward(p.office, objection.id, { note: '转办' }), 'OBJECTION_TRANSITION_INVALID');
      await refused(objections.accept(anonymousActor(), objection.id, { note: '受理' }), 'OBJECTION_ROLE_FORBIDDEN');

      at('2025-09-30');
      const accepted = await objections.accept(p.office, objection.id, { note: '材料齐全，予以受理。' });
      // self-check: 2 working days after 09-30 across National Day
      expect(accepted).toMatchObject({ status: 'self_check', stepDueOn: '2025-10-10' });
      expect(sent.at(-1)).toMatchObject({ topic: 'objection.accepted', recipient: { kind: 'contact', contact: '13800138000' } });

      at('2025-10-09');
      const forwarded = await objections.forward(p.reviewer, objection.id, { note: '平台数据与报送一致，转来源单位核实。' });
      expect(forwarded).toMatchObject({ status: 'verifying', stepDueOn: '2025-10-22' }); // 10 working days: the adjusted Saturday 10-11 counts
      expect(sent.filter((n) => n.topic === 'objection.forwarded').map((n) => n.recipient)).toContainEqual({ kind: 'user', userId: p.source.id });

      await refused(objections.correct(p.otherProvider, objection.id, { note: '更正', fields: { fineAmount: '0.3' } }), 'OBJECTION_ROLE_FORBIDDEN');
      await refused(objections.correct(p.source, objection.id, { note: '无变化', fields: {} }), 'OBJECTION_CORRECTION_UNCHANGED');
      await refused(objections.correct(p.source, objection.id, { note: '改文号', fields: { decisionNo: '深市监南罚〔2025〕999号' } }), 'OBJECTION_CORRECTION_KEY_CHANGED');
      await expect(objections.correct(p.source, objection.id, { note: '金额', fields: { fineAmount: '-1' } }))
        .rejects.toMatchObject({ code: 'OBJECTION_CORRECTION_INVALID', errors: [expect.objectContaining({ field: 'fineAmount' })] });
      // Nothing of the refused corrections was kept.
      expect((await t.ctx.services.records.stored(recordId))!.version).toBe(1);
      expect(await t.ctx.database.db.selectFrom('records').select('id').where('docNo', '=', '深市监南罚〔2025〕999号').execute()).toEqual([]);

      at('2025-10-10');
      const corrected = await objections.correct(p.source, objection.id, { note: '经核实，罚款金额应为3000元，已更正。', fields: { fineAmount: '0.3', content: '警告，并处罚款人民币3000元。' } });
      expect(corrected).toMatchObject({ status: 'verified', outcome: 'corrected', correctedVersion: 2, stepDueOn: '2025-10-13' });
      const record = (await t.ctx.services.records.stored(recordId))!;
      expect(record).toMatchObject({ version: 2, underObjection: true, fields: expect.objectContaining({ fineAmount: 300_000, content: '警告，并处罚款人民币3000元。' }) });

      const replied = await objections.reply(p.office, objection.id, { note: '经核实，原记录罚款金额有误，已由数据来源单位更正。' });
      expect(replied).toMatchObject({ status: 'replied', outcome: 'corrected', stepDueOn: null, reply: '经核实，原记录罚款金额有误，已由数据来源单位更正。' });
      expect(await flag(recordId)).toBe(0);
      expect(sent.at(-1)).toMatchObject({ topic: 'objection.replied', recipient: { kind: 'contact', contact: '13800138000' } });

      const tracked = await objections.track(anonymousActor(), { caseNo: objection.caseNo, queryCode: queryCode! });
      expect(tracked.history.map((h) => [h.action, h.toStatus, h.onDate])).toEqual([
        ['submit', 'submitted', '2025-09-29'], ['accept', 'self_check', '2025-09-30'], ['forward', 'verifying', '2025-10-09'],
        ['correct', 'verified', '2025-10-10'], ['reply', 'replied', '2025-10-10'],
      ]);
      expect(tracked.history.every((h) => h.actor.id === null)).toBe(true);
      expect(JSON.stringify(tracked)).not.toContain('13800138000');
      await refused(objections.withdrawByQueryCode(anonymousActor(), { caseNo: objection.caseNo, queryCode, note: '撤回异议' }), 'OBJECTION_TRANSITION_INVALID');

      const detail = await objections.detail(p.auditor, objection.id);
      expect(detail.objector).toEqual({ kind: 'public', userId: null, name: '李四', contact: '13800138000' });
      expect(detail.history.map((h) => h.actor.id)).toEqual([null, p.office.id, p.reviewer.id, p.source.id, p.office.id]);
    });

    it('withdraws the record (removed) and upholds it, keeping the flag while another case is open', async () => {
      at('2025-10-13');
      const recordId = await penalty(t.ctx.services, p, '深市监南罚〔2025〕102号');
      const mine = await objections.submit(p.subjectAccount, { recordId, reasons: REASONS });
      expect(mine.objection.allowedActions).toEqual(['withdraw']);
      const other = await objections.submit(anonymousActor(), { recordId, name: '王五', contact: 'wangwu@example.com', reasons: REASONS });
      for (const id of [mine.objection.id, other.objection.id]) {
        await objections.accept(p.office, id, { note: '予以受理。' });
        await objections.forward(p.office, id, { note: '转来源单位核实。' });
      }
      const upheld = await objections.uphold(p.source, other.objection.id, { note: '经核实，处罚事实清楚，记录无误。' });
      expect(upheld).toMatchObject({ status: 'verified', outcome: 'upheld', outcomeReasons: '经核实，处罚事实清楚，记录无误。' });
      await objections.reply(p.office, other.objection.id, { note: '维持原记录。' });
      expect(await flag(recordId)).toBe(1); // the subject's own case is still open

      const removed = await objections.remove(p.source, mine.objection.id, { note: '处罚决定已被行政复议撤销。' });
      expect(removed).toMatchObject({ status: 'verified', outcome: 'removed' });
      const record = (await t.ctx.services.records.stored(recordId))!;
      expect(record.status).toBe('withdrawn');
      await objections.reply(p.reviewer, mine.objection.id, { note: '记录已撤回。' });
      expect(await flag(recordId)).toBe(0);
      // The objector's account reads its own case, without staff ids; others may not.
      const own = await objections.get(p.subjectAccount, mine.objection.id);
      expect('objector' in own).toBe(false);
      expect(own).toMatchObject({ status: 'replied', outcome: 'removed' });
      await refused(objections.get(p.otherProvider, mine.objection.id), 'FORBIDDEN');
      // A withdrawn record takes no new objection.
      await refused(objections.submit(anonymousActor(), { recordId, name: '王五', contact: 'wangwu@example.com', reasons: REASONS }), 'OBJECTION_RECORD_NOT_FOUND');
    });

    it('refuses with reasons, lets the objector withdraw, and checks the objector and attachments', async () => {
      at('2025-10-14');
      const recordId = await penalty(t.ctx.services, p, '深市监南罚〔2025〕103号');
      await expect(objections.submit(anonymousActor(), { recordId, reasons: REASONS }))
        .rejects.toMatchObject({ code: 'OBJECTION_OBJECTOR_REQUIRED', errors: [expect.objectContaining({ field: 'name' }), expect.objectContaining({ field: 'contact' })] });
      await expect(objections.submit(anonymousActor(), { recordId, name: '赵六', contact: '13800138000', reasons: REASONS, attachments: [{ name: 'a.png', contentType: 'image/png', dataBase64: PDF_BASE64 }] }))
        .rejects.toMatchObject({ code: 'OBJECTION_ATTACHMENT_INVALID', errors: [expect.objectContaining({ code: 'ATTACHMENT_TYPE_MISMATCH' })] });
      await refused(objections.submit(anonymousActor(), { recordId: '0190a0b0-0000-7000-8000-000000000000', name: '赵六', contact: '13800138000', reasons: REASONS }), 'OBJECTION_RECORD_NOT_FOUND');
      expect(await flag(recordId)).toBe(0); // nothing was filed

      const a = await objections.submit(anonymousActor(), { recordId, name: '赵六', contact: '13800138000', reasons: REASONS }, { requestKey: 'k-1' });
      const again = await objections.submit(anonymousActor(), { recordId, name: '赵六', contact: '13800138000', reasons: REASONS }, { requestKey: 'k-1' });
      expect(again).toMatchObject({ created: false, queryCode: null, objection: { id: a.objection.id } });
      const refusedCase = await objections.refuse(p.office, a.objection.id, { note: '异议人与该记录无利害关系，且未提供任何证明材料。' });
      expect(refusedCase).toMatchObject({ status: 'refused', refusalReasons: '异议人与该记录无利害关系，且未提供任何证明材料。', stepDueOn: null });
      expect(await flag(recordId)).toBe(0);

      const b = await objections.submit(anonymousActor(), { recordId, name: '赵六', contact: '13800138000', reasons: REASONS });
      const withdrawn = await objections.withdrawByQueryCode(anonymousActor(), { caseNo: b.objection.caseNo, queryCode: b.queryCode, note: '已与处罚机关沟通，撤回异议。' });
      expect(withdrawn).toMatchObject({ status: 'withdrawn' });
      expect(withdrawn.history.at(-1)).toMatchObject({ action: 'withdraw', actor: { role: 'objector' } });
      expect(await flag(recordId)).toBe(0);
    });

    it('escalates steps past their deadline to reviewers, once per step', async () => {
      at('2025-10-15');
      const recordId = await penalty(t.ctx.services, p, '深市监南罚〔2025〕104号');
      const { objection } = await objections.submit(anonymousActor(), { recordId, name: '钱七', contact: '13900139000', reasons: REASONS });
      expect(objection.stepDueOn).toBe('2025-10-17');
      at('2025-10-17');
      expect((await objections.escalateOverdue()).escalated).not.toContain(objection.id);
      at('2025-10-20');
      sent.length = 0;
      expect((await objections.escalateOverdue()).escalated).toContain(objection.id);
      expect(sent).toContainEqual(expect.objectContaining({ topic: 'objection.overdue', recipient: { kind: 'user', userId: p.reviewer.id } }));
      expect((await objections.escalateOverdue()).escalated).not.toContain(objection.id);
      const queue = await objections.list(p.office, { overdue: 'true' });
      expect(queue.items.map((i) => i.id)).toContain(objection.id);
      expect(queue.items.find((i) => i.id === objection.id)).toMatchObject({ overdue: true });
      const detail = await objections.detail(p.reviewer, objection.id);
      expect(detail).toMatchObject({ overdueSince: '2025-10-20', history: expect.arrayContaining([expect.objectContaining({ action: 'overdue', actor: expect.objectContaining({ type: 'system' }) })]) });
      // Acting clears the overdue mark: the next step has its own deadline.
      const accepted = await objections.accept(p.office, objection.id, { note: '予以受理。' });
      expect(accepted).toMatchObject({ overdue: false, stepDueOn: '2025-10-22' });
      // The source department sees the cases routed to it; another department none of them.
      expect((await objections.list(p.source, {})).items.map((i) => i.id)).toContain(objection.id);
      expect((await objections.list(p.otherProvider, {})).items).toEqual([]);
    });

    it('takes the deadlines from data an admin sets', async () => {
      await refused(objections.setDeadlines(p.office, { submitted: 3, self_check: 2, verifying: 15, verified: 2 }), 'FORBIDDEN');
      await objections.setDeadlines(p.admin, { submitted: 3, self_check: 2, verifying: 15, verified: 2 });
      await expect(objections.deadlines()).resolves.toEqual({ submitted: 3, self_check: 2, verifying: 15, verified: 2 });
      at('2025-10-21');
      const recordId = await penalty(t.ctx.services, p, '深市监南罚〔2025〕105号');
      const { objection } = await objections.submit(anonymousActor(), { recordId, name: '孙八', contact: '13900139001', reasons: REASONS });
      expect(objection.stepDueOn).toBe('2025-10-24');
    });
  });
}
