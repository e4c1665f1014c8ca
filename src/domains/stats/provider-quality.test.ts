import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { enterpriseInput, makeUscc } from '../../../test/support/factories.js';
import { anonymousActor, systemActor, type Actor } from '../../kernel/actor.js';
import { fixedClock } from '../../kernel/clock.js';
import { insertBatch, insertRecord } from './provider-quality-testing.js';

const reviewer: Actor = { ...systemActor, kind: 'user', id: 'u-reviewer', role: 'reviewer' };

/*
 * Hand-checked against the 2025 schedule: 国庆/中秋 10-01 (Wed) … 10-08 (Wed) closed,
 * Sun 09-28 and Sat 10-11 worked. Working days count (decision date, received date],
 * the received date in China time. Today is 2025-11-20, so the default period is
 * 2024-11-21 … 2025-11-20.
 *
 *   A/P1  decided Fri 09-26, received Sat 10-11 09:00 → 09-28, 09-29, 09-30, 10-09, 10-10, 10-11 = 6
 *   A/P2  decided Fri 09-26, received Tue 10-14      → … 10-11, 10-13, 10-14 = 8 (late; corrected later, counted once)
 *   A/P3  decided Mon 09-29, received 10-15 16:30 UTC = Thu 10-16 00:30 China → 8 (late; 7 by the UTC date)
 *   A/P4  decided Thu 10-09, received the same day  → 0
 *   A/P5  decided 2024-06-03, received 2025-03-03   → 151 (rest of 2024) + 39 (2025 to 03-03) = 190 (late)
 *   A/P6  decided Fri 09-26, received Mon 10-13 16:00 China → 7, just in time
 *   A/L1  licence decided Fri 10-10, received Wed 10-22 → 10-11, 10-13 … 10-17, 10-20, 10-21, 10-22 = 9 (late)
 *   A/P0  first received 2024-10-01: before the period
 *   B/P1  decided Mon 11-03, received Wed 11-05     → 2
 */
for (const dialect of dialectsUnderTest()) {
  describe(`provider quality [${dialect}]`, () => {
    let t: TestApp;
    const dept: Record<'a' | 'b' | 'c' | 'office', { id: string; code: string }> = {} as never;
    const quality = () => t.ctx.services.providerQuality;
    const providerOf = (id: string): Actor => ({ ...systemActor, kind: 'user', id: 'u-provider', role: 'provider', departmentId: id });

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock: fixedClock('2025-11-20T02:00:00.000Z') });
      const accounts = t.ctx.services.accounts;
      const make = (n: number, name: string, kind: 'government' | 'credit_office' = 'government') =>
        accounts.createDepartment(systemActor, { code: makeUscc(700_000 + n, '11'), name, kind });
      dept.a = await make(1, '南山区市场监督管理局');
      dept.b = await make(2, '南山区住房和建设局');
      dept.c = await make(3, '南山区教育局');
      dept.office = await make(4, '南山区信用办', 'credit_office');
      const subject = await t.ctx.services.subjects.create(systemActor, enterpriseInput(1));
      const db = t.ctx.database.db;
      const rec = (id: string, d: { id: string }, type: string, decisionDate: string, firstReceivedAt: string, correctedAt?: string) =>
        insertRecord(db, { id, departmentId: d.id, subjectId: subject.id, type, docNo: `深南${id}号`, decisionDate, firstReceivedAt, ...(correctedAt ? { correctedAt } : {}) });
      await rec('a-p1', dept.a, 'admin_penalty', '2025-09-26', '2025-10-11T01:00:00.000Z');
      await rec('a-p2', dept.a, 'admin_penalty', '2025-09-26', '2025-10-14T02:00:00.000Z', '2025-11-01T02:00:00.000Z');
      await rec('a-p3', dept.a, 'admin_penalty', '2025-09-29', '2025-10-15T16:30:00.000Z');
      await rec('a-p4', dept.a, 'admin_penalty', '2025-10-09', '2025-10-09T03:00:00.000Z');
      await rec('a-p5', dept.a, 'admin_penalty', '2024-06-03', '2025-03-03T02:00:00.000Z');
      await rec('a-p6', dept.a, 'admin_penalty', '2025-09-26', '2025-10-13T08:00:00.000Z');
      await rec('a-l1', dept.a, 'admin_license', '2025-10-10', '2025-10-22T01:00:00.000Z');
      await rec('a-p0', dept.a, 'admin_penalty', '2024-09-02', '2024-10-01T02:00:00.000Z');
      await rec('a-t1', dept.a, 'tax_credit_rating', '2024-01-02', '2025-10-20T02:00:00.000Z');
      await rec('b-p1', dept.b, 'admin_penalty', '2025-11-03', '2025-11-05T02:00:00.000Z');

      await insertBatch(db, { departmentId: dept.a.id, type: 'admin_penalty', channel: 'file', startedAt: '2025-10-14T02:00:00.000Z',
        created: 4, updated: 1, unchanged: 2, rejected: 3, errors: [[5, 'USCC_CHECK_CHAR'], [6, 'FIELD_REQUIRED'], [6, 'DATE_INVALID'], [7, 'FIELD_REQUIRED']] });
      await insertBatch(db, { departmentId: dept.a.id, type: 'admin_penalty', channel: 'api', startedAt: '2025-03-03T02:00:00.000Z', created: 1, rejected: 1, errors: [[0, 'DATE_IN_FUTURE']] });
      await insertBatch(db, { departmentId: dept.a.id, type: 'admin_license', channel: 'cli', startedAt: '2025-10-22T01:00:00.000Z', created: 1 });
      await insertBatch(db, { departmentId: dept.a.id, type: 'admin_penalty', channel: 'file', startedAt: '2024-11-20T15:59:59.999Z', // 2024-11-20 23:59 China: before
        created: 10, rejected: 5, errors: [[2, 'ENUM_INVALID']] });
      await insertBatch(db, { departmentId: dept.b.id, type: 'admin_penalty', channel: 'api', startedAt: '2025-11-05T02:00:00.000Z', created: 1, rejected: 1, errors: [[1, 'AMOUNT_INVALID']] });
      await insertBatch(db, { departmentId: dept.b.id, type: 'tax_credit_rating', channel: 'file', startedAt: '2024-11-20T16:00:00.000Z', // 2024-11-21 00:00 China: the first instant
        unchanged: 3, rejected: 2, errors: [[3, 'ENUM_INVALID'], [4, 'ENUM_INVALID']] });
    });
    afterAll(async () => t.close());

    it('counts, rates, error codes and timeliness per department and type over the last 12 months', async () => {
      const report = await quality().report(reviewer);
      expect([report.from, report.to, report.targetWorkingDays]).toEqual(['2024-11-21', '2025-11-20', 7]);
      expect(report.departments.map((d) => d.department.name)).toEqual(['南山区市场监督管理局', '南山区住房和建设局', '南山区教育局']);
      const [a, b, c] = report.departments;

      expect(a).toMatchObject({
        received: 13, accepted: 9, created: 6, updated: 1, unchanged: 2, rejected: 4, rejectionRate: 4 / 13,
        topErrors: [{ code: 'FIELD_REQUIRED', count: 2 }, { code: 'DATE_IN_FUTURE', count: 1 }, { code: 'DATE_INVALID', count: 1 }, { code: 'USCC_CHECK_CHAR', count: 1 }],
        // [0, 6, 7, 8, 8, 9, 190]: median = 4th, p90 = 7th
        timeliness: { measured: 7, onTime: 3, late: 4, onTimeShare: 3 / 7, medianWorkingDays: 8, p90WorkingDays: 190 },
      });
      expect(a!.types.map((x) => x.type)).toEqual(['admin_license', 'admin_penalty']); // a-t1 is no 双公示 type: not measured
      expect(a!.types[0]).toMatchObject({ received: 1, accepted: 1, rejected: 0, rejectionRate: 0, topErrors: [],
        timeliness: { measured: 1, onTime: 0, late: 1, onTimeShare: 0, medianWorkingDays: 9, p90WorkingDays: 9 } });
      // [0, 6, 7, 8, 8, 190]: median = 3rd, p90 = 6th
      expect(a!.types[1]).toMatchObject({ received: 12, accepted: 8, rejected: 4, rejectionRate: 4 / 12,
        timeliness: { measured: 6, onTime: 3, late: 3, onTimeShare: 0.5, medianWorkingDays: 7, p90WorkingDays: 190 } });

      expect(b).toMatchObject({
        received: 7, accepted: 4, rejected: 3, rejectionRate: 3 / 7,
        topErrors: [{ code: 'ENUM_INVALID', count: 2 }, { code: 'AMOUNT_INVALID', count: 1 }],
        timeliness: { measured: 1, onTime: 1, late: 0, onTimeShare: 1, medianWorkingDays: 2, p90WorkingDays: 2 },
      });
      expect(b!.types.find((x) => x.type === 'tax_credit_rating')).toMatchObject({ received: 5, unchanged: 3, rejected: 2, timeliness: null });
      expect(c).toMatchObject({ received: 0, rejectionRate: null, topErrors: [], types: [],
        timeliness: { measured: 0, onTime: 0, late: 0, onTimeShare: null, medianWorkingDays: null, p90WorkingDays: null } });
    });

    it('narrows to a period given in China dates, across the National Day holiday', async () => {
      const october = await quality().report(reviewer, { from: '2025-10-01', to: '2025-10-31' });
      const a = october.departments.find((d) => d.department.id === dept.a.id)!;
      // P1 6, P2 8, P3 8 (received 10-16 China), P4 0, P6 7, L1 9
      expect(a.timeliness).toEqual({ measured: 6, onTime: 3, late: 3, onTimeShare: 0.5, medianWorkingDays: 7, p90WorkingDays: 9 });
      expect(a).toMatchObject({ received: 11, rejected: 3 });
      expect(october.departments.find((d) => d.department.id === dept.b.id)).toMatchObject({ received: 0, timeliness: { measured: 0 } });

      const oneDay = await quality().report(reviewer, { from: '2025-10-16', to: '2025-10-16' });
      expect(oneDay.departments.find((d) => d.department.id === dept.a.id)!.timeliness).toMatchObject({ measured: 1, late: 1, medianWorkingDays: 8 });
      const dayBefore = await quality().report(reviewer, { from: '2025-10-15', to: '2025-10-15' });
      expect(dayBefore.departments.find((d) => d.department.id === dept.a.id)!.timeliness.measured).toBe(0);
    });

    it('lists a department\'s late records, oldest decision first, paged', async () => {
      const first = await quality().late(reviewer, dept.a.id, { pageSize: 2 });
      expect(first).toMatchObject({ department: { id: dept.a.id, code: dept.a.code }, from: '2024-11-21', to: '2025-11-20', total: 4, page: 1, pageSize: 2, hasMore: true });
      expect(first.items).toEqual([
        { recordId: 'a-p5', type: 'admin_penalty', docNo: '深南a-p5号', decisionDate: '2024-06-03', receivedAt: '2025-03-03T02:00:00.000Z', receivedDate: '2025-03-03', workingDays: 190 },
        { recordId: 'a-p2', type: 'admin_penalty', docNo: '深南a-p2号', decisionDate: '2025-09-26', receivedAt: '2025-10-14T02:00:00.000Z', receivedDate: '2025-10-14', workingDays: 8 },
      ]);
      const second = await quality().late(reviewer, dept.a.id, { pageSize: 2, page: 2 });
      expect(second.items.map((r) => [r.recordId, r.receivedDate, r.workingDays])).toEqual([['a-p3', '2025-10-16', 8], ['a-l1', '2025-10-22', 9]]);
      expect(second.hasMore).toBe(false);

      const october = await quality().late(reviewer, dept.a.id, { from: '2025-10-01', to: '2025-10-31' });
      expect(october.items.map((r) => r.recordId)).toEqual(['a-p2', 'a-p3', 'a-l1']);
      expect((await quality().late(reviewer, dept.b.id)).total).toBe(0);
    });

    it('shows a provider its own department only', async () => {
      const own = await quality().report(providerOf(dept.b.id));
      expect(own.departments.map((d) => d.department.id)).toEqual([dept.b.id]);
      expect(own.departments[0]!.received).toBe(7);
      const idle = await quality().report(providerOf(dept.c.id));
      expect(idle.departments).toHaveLength(1);
      expect((await quality().late(providerOf(dept.a.id), dept.a.id)).total).toBe(4);
      await expect(quality().late(providerOf(dept.b.id), dept.a.id)).rejects.toMatchObject({ code: 'FORBIDDEN', status: 403 });
    });

    it('refuses other roles, unknown departments and bad periods', async () => {
      await expect(quality().report(anonymousActor())).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      await expect(quality().report({ ...reviewer, role: 'subject' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(quality().report({ ...reviewer, role: 'provider', departmentId: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(quality().late(reviewer, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ code: 'DEPARTMENT_NOT_FOUND', status: 404 });
      await expect(quality().report(reviewer, { from: '2025-10-02', to: '2025-10-01' })).rejects.toMatchObject({ code: 'PERIOD_INVALID', status: 400 });
      await expect(quality().report(reviewer, { from: '2015-01-01', to: '2025-10-01' })).rejects.toMatchObject({ code: 'PERIOD_INVALID' });
    });

    it('the calendar the figures use is the administrators\' one', async () => {
      // Declaring Mon 10-13 closed: P2 (received 10-14) and P3 (10-16) take 7 working days, on time; L1 takes 8.
      const admin: Actor = { ...systemActor, kind: 'user', id: 'u-admin', role: 'admin' };
      await t.ctx.services.calendar.setDays(admin, [{ date: '2025-10-13', kind: 'holiday', note: 'test' }]);
      try {
        const late = await quality().late(reviewer, dept.a.id, { from: '2025-10-01', to: '2025-10-31' });
        expect(late.items.map((r) => [r.recordId, r.workingDays])).toEqual([['a-l1', 8]]);
        expect(late.total).toBe(1);
      } finally {
        await t.ctx.services.calendar.removeDay(admin, '2025-10-13');
      }
    });
  });
}
