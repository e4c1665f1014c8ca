import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { enterpriseInput, makeUscc } from '../../../test/support/factories.js';
import { anonymousActor, systemActor, type Actor } from '../../kernel/actor.js';
import { fixedClock } from '../../kernel/clock.js';
import { newId } from '../../kernel/ids.js';
import { insertBatch, insertRecord } from './provider-quality-testing.js';
import { createStatisticsService } from './statistics.js';

const reviewer: Actor = { ...systemActor, kind: 'user', id: 'u-reviewer', role: 'reviewer' };

/*
 * A hand-checked data set (2025 schedule: 国庆/中秋 10-01 … 10-08 closed, Sun 09-28 and Sat 10-11 worked).
 * Today is 2025-11-20 (China).
 *
 * subjects  S1 enterprise 粤海街道 I · S2 enterprise 粤海街道 C · S3 enterprise 南头街道 I
 *           S4 individual_business 南头街道 F · S5 enterprise 南头街道 I (no records)
 * records   dept A: a-p1 S1 penalty decided 09-26 received 10-11 → 6 working days, on time (Oct)
 *                   a-p2 S1 penalty decided 09-26 received 10-14 → 8, late (Oct)
 *                   a-p3 S2 penalty decided 09-29 received 10-15T16:30Z = 10-16 China → 8, late (Oct)
 *                   a-l1 S3 licence decided 10-10 received 10-22 → 9, late (Oct)
 *                   a-t1 S3 tax rating received 10-20 (no timeliness) (Oct)
 *           dept B: b-p1 S4 penalty decided 11-03 received 11-05 → 2, on time (Nov)
 *                   b-p2 S4 penalty decided 10-30 received 10-31T16:30Z = 11-01 China → 1, on time (Nov, not Oct)
 *                   b-w1 S2 penalty received 09-10 (decided 09-08 → 2), withdrawn 11-02 (created Sep, withdrawn Nov)
 *
 * coverage  5 subjects, 4 with an active record (S5 has none) = 0.8; enterprise 3/4, individual_business 1/1;
 *           粤海街道 2/2, 南头街道 2/3
 * records   2025-09 … 2025-11: created Sep 1, Oct 5, Nov 2 = 8; withdrawn Nov 1; A 5, B 3
 * timeliness 2025-10 … 2025-11: A 1 of 4 on time (0.25), B 2 of 2 (1.0); all 3 of 6 = 0.5
 */
for (const dialect of dialectsUnderTest()) {
  describe(`supervision statistics [${dialect}]`, () => {
    let t: TestApp;
    const clock = fixedClock('2025-11-20T02:00:00.000Z');
    const dept: Record<'a' | 'b', { id: string }> = {} as never;
    const subject: string[] = [];
    const stats = () => t.ctx.services.statistics;
    const agg = () => t.ctx.services.statsAggregator;

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      const accounts = t.ctx.services.accounts;
      dept.a = await accounts.createDepartment(systemActor, { code: makeUscc(710_001, '11'), name: '南山区市场监督管理局', kind: 'government' });
      dept.b = await accounts.createDepartment(systemActor, { code: makeUscc(710_002, '11'), name: '南山区住房和建设局', kind: 'government' });
      const make = async (n: number, street: string, industry: string, type: 'enterprise' | 'individual_business' = 'enterprise') =>
        (await t.ctx.services.subjects.create(systemActor, enterpriseInput(n, { street, industry, ...(type === 'individual_business' ? { type, code: makeUscc(n, '92') } : {}) }))).id;
      subject.push(await make(1, '粤海街道', 'I'), await make(2, '粤海街道', 'C'), await make(3, '南头街道', 'I'), await make(4, '南头街道', 'F', 'individual_business'), await make(5, '南头街道', 'I'));
      const db = t.ctx.database.db;
      const rec = (id: string, d: { id: string }, s: number, type: string, decisionDate: string, firstReceivedAt: string) =>
        insertRecord(db, { id, departmentId: d.id, subjectId: subject[s - 1]!, type, docNo: `深南${id}号`, decisionDate, firstReceivedAt });
      await rec('a-p1', dept.a, 1, 'admin_penalty', '2025-09-26', '2025-10-11T01:00:00.000Z');
      await rec('a-p2', dept.a, 1, 'admin_penalty', '2025-09-26', '2025-10-14T02:00:00.000Z');
      await rec('a-p3', dept.a, 2, 'admin_penalty', '2025-09-29', '2025-10-15T16:30:00.000Z');
      await rec('a-l1', dept.a, 3, 'admin_license', '2025-10-10', '2025-10-22T01:00:00.000Z');
      await rec('a-t1', dept.a, 3, 'tax_credit_rating', '2024-01-02', '2025-10-20T02:00:00.000Z');
      await rec('b-p1', dept.b, 4, 'admin_penalty', '2025-11-03', '2025-11-05T02:00:00.000Z');
      await rec('b-p2', dept.b, 4, 'admin_penalty', '2025-10-30', '2025-10-31T16:30:00.000Z');
      await rec('b-w1', dept.b, 2, 'admin_penalty', '2025-09-08', '2025-09-10T02:00:00.000Z');
      await db.updateTable('records').set({ status: 'withdrawn', updatedAt: '2025-11-02T02:00:00.000Z' }).where('id', '=', 'b-w1').execute();
      await insertBatch(db, { departmentId: dept.a.id, type: 'admin_penalty', channel: 'file', startedAt: '2025-10-14T02:00:00.000Z', created: 6, rejected: 2, errors: [[3, 'FIELD_REQUIRED'], [4, 'DATE_INVALID']] });
      await insertBatch(db, { departmentId: dept.a.id, type: 'admin_penalty', channel: 'file', startedAt: '2025-09-14T02:00:00.000Z', created: 4 });
      clock.set('2025-11-20T03:00:00.000Z');
      expect((await agg().drain()).rebuilt).toBe(true);
    });
    afterAll(async () => t?.close());

    it('coverage: the share of subjects with at least one active record, by type and by street', async () => {
      const byType = await stats().coverage(reviewer, {});
      expect([byType.subjects, byType.covered, byType.share]).toEqual([5, 4, 0.8]);
      expect(byType.lines).toEqual([
        { key: 'enterprise', subjects: 4, covered: 3, share: 0.75 },
        { key: 'individual_business', subjects: 1, covered: 1, share: 1 },
      ]);
      const byStreet = await stats().coverage(reviewer, { by: 'street' });
      expect(byStreet.lines.map((l) => [l.key, l.subjects, l.covered])).toEqual([['南头街道', 3, 2], ['粤海街道', 2, 2]]);
      const industryI = await stats().coverage(reviewer, { by: 'type', industry: 'I' });
      expect([industryI.subjects, industryI.covered]).toEqual([3, 2]);
    });

    it('records per China month of first receipt, withdrawals in the month they happened, by department and type', async () => {
      const r = await stats().records(reviewer, { from: '2025-09', to: '2025-11' });
      expect(r.byMonth).toEqual([{ month: '2025-09', created: 1, withdrawn: 0 }, { month: '2025-10', created: 5, withdrawn: 0 }, { month: '2025-11', created: 2, withdrawn: 1 }]);
      expect([r.created, r.withdrawn]).toEqual([8, 1]);
      expect(r.byDepartment.map((l) => [l.key, l.created])).toEqual([[dept.a.id, 5], [dept.b.id, 3]]);
      expect(r.byType.map((l) => [l.key, l.created, l.withdrawn])).toEqual([['admin_penalty', 6, 1], ['admin_license', 1, 0], ['tax_credit_rating', 1, 0]]);
      expect(r.byType[0]!.label).toBe('行政处罚');
      const onlyB = await stats().records(reviewer, { from: '2025-10', to: '2025-10', department: dept.b.id });
      expect(onlyB.created).toBe(0);
    });

    it('timeliness per department from the histogram: within 7 working days of the decision', async () => {
      const tl = await stats().timeliness(reviewer, { from: '2025-10', to: '2025-11' });
      expect([tl.measured, tl.onTime, tl.late, tl.onTimeShare]).toEqual([6, 3, 3, 0.5]);
      expect(tl.byDepartment.map((d) => [d.department.id, d.measured, d.onTime, d.onTimeShare, d.medianWorkingDays])).toEqual([[dept.a.id, 4, 1, 0.25, 8], [dept.b.id, 2, 2, 1, 1]]);
      // The same figures as the exact per-record provider quality report for the same days.
      const q = await t.ctx.services.providerQuality.report(reviewer, { from: '2025-10-01', to: '2025-11-30' });
      expect(q.departments.find((d) => d.department.id === dept.a.id)!.timeliness).toMatchObject({ measured: 4, onTime: 1 });
    });

    it('the overview combines them; anonymous callers and providers are refused; a reversed period is STATS_PERIOD_INVALID', async () => {
      const o = await stats().overview(reviewer, { from: '2025-09', to: '2025-11', street: '南头街道' });
      expect([o.coverage.subjects, o.coverage.covered, o.records.created, o.timeliness.measured, o.asOf.pendingEvents]).toEqual([3, 2, 8, 7, 0]);
      await expect(stats().overview(anonymousActor(), {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      await expect(stats().overview({ ...reviewer, role: 'provider', departmentId: dept.a.id }, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(stats().overview(reviewer, { from: '2025-11', to: '2025-09' })).rejects.toMatchObject({ code: 'STATS_PERIOD_INVALID' });
    });

    it('due process without the objection and repair features: empty and marked unavailable', async () => {
      const bare = createStatisticsService({ db: t.ctx.database.db, clock, catalog: t.ctx.services.catalog, aggregator: t.ctx.services.statsAggregator });
      const d = await bare.dueProcess(reviewer, {});
      expect(d.objections).toEqual({ available: false, byStatus: [], decided: 0, deadlineKept: 0, deadlineMissed: 0, openOverdue: 0 });
    });

    /*
     * Scorecard 2025-10 (weights 40/30/20/10; parts without data drop out, the rest scale to 100):
     *   A: timeliness 1/4 → 10; quality 1 − 2/8 → 22.5; duties {penalty, licence, env rating}: 2 of 3 delivered → 13.3;
     *      no objections → (10 + 22.5 + 13.33) / 90 × 100 = 50.9. September: quality 4/4 → 30, duties 0/3 → 0: 30/50 = 60 → trend −9.1
     *   B: no October timeliness (b-p2 arrived 11-01 China) and no batches; duties by default = types delivered in the 12 months
     *      before: {admin_penalty} (b-w1, September), none in October → 0/20 = 0. September: b-w1 on time → 40/40 = 100 → trend −100
     */
    it('the monthly department scorecard: parts, score, rank and trend', async () => {
      const admin: Actor = { ...systemActor, kind: 'user', id: 'u-admin', role: 'admin' };
      await t.ctx.services.assessment.setDuties(admin, dept.a.id, { types: ['admin_penalty', 'admin_license', 'env_credit_rating'] });
      const card = await t.ctx.services.assessment.scorecard(reviewer, { month: '2025-10' });
      const a = card.departments.find((d) => d.department.id === dept.a.id)!;
      const b = card.departments.find((d) => d.department.id === dept.b.id)!;
      expect([a.rank, a.score, a.previousScore, a.trend, a.timeliness.points, a.quality.points, a.duties.points, a.objections.points]).toEqual([1, 50.9, 60, -9.1, 10, 22.5, 13.3, null]);
      expect(a.duties).toMatchObject({ delivered: ['admin_license', 'admin_penalty'], configured: true });
      expect([b.rank, b.score, b.previousScore, b.trend, b.duties.types, b.duties.configured]).toEqual([2, 0, 100, -100, ['admin_penalty'], false]);
      await expect(t.ctx.services.assessment.setDuties(reviewer, dept.a.id, { types: [] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });

    it('plan tracking: the plan\'s tasks as data, overdue after the target year, optimistic updates, notes, live indicators', async () => {
      const plan = t.ctx.services.plan;
      const staff: Actor = { ...systemActor, kind: 'user', id: 'u-staff', role: 'staff' };
      const tasks = await plan.list(reviewer, {});
      expect(tasks).toHaveLength(120);
      expect(tasks.some((k) => /流动人口|出租屋/.test(k.task))).toBe(false);
      await plan.ensureDefaults();
      expect(await plan.list(reviewer, {})).toHaveLength(120);
      const task = tasks.find((k) => k.code === 'NS-04-04-01')!;
      expect(task).toMatchObject({ department: '区税务局', targetYear: 2015, status: 'not_started', overdue: true });
      const done = await plan.update(staff, 'NS-04-04-01', { status: 'done', progress: 40, version: task.version });
      expect(done).toMatchObject({ status: 'done', progress: 100, overdue: false, version: task.version + 1 });
      await expect(plan.update(staff, 'NS-04-04-01', { status: 'in_progress', progress: 50, version: task.version })).rejects.toMatchObject({ code: 'PLAN_TASK_STALE' });
      await expect(plan.update(reviewer, 'NS-04-04-01', { status: 'in_progress', progress: 50, version: done.version })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await plan.addNote(staff, 'NS-04-04-01', { note: '纳税信用等级评定结果已按季度报送平台' });
      const detail = await plan.get(reviewer, 'NS-04-04-01');
      expect(detail.notes.map((n) => n.note)).toEqual(['纳税信用等级评定结果已按季度报送平台']);
      expect((await plan.list(reviewer, { overdue: 'true' })).some((k) => k.code === 'NS-04-04-01')).toBe(false);
      await expect(plan.get(reviewer, 'NS-99')).rejects.toMatchObject({ code: 'PLAN_TASK_NOT_FOUND' });

      // Coverage 4 of 5 = 800‰ (target 800: met); timeliness over the 12 months to 2025-11: 4 of 7 on time = 571‰.
      const indicators = await plan.indicators(reviewer);
      expect(indicators.find((i) => i.code === 'coverage')).toMatchObject({ actual: 800, met: true });
      expect(indicators.find((i) => i.code === 'timeliness')).toMatchObject({ actual: 571, met: false });
      await expect(plan.setIndicator(staff, 'coverage', { actual: 900 })).rejects.toMatchObject({ code: 'PLAN_INDICATOR_COMPUTED' });
      expect(await plan.setIndicator(staff, 'honest_merchants', { actual: 512 })).toMatchObject({ actual: 512, met: true });
      const audit = await t.ctx.database.db.selectFrom('auditLog').select('action').where('action', 'like', 'plan.%').execute();
      expect(audit.map((a) => a.action).sort()).toEqual(['plan.add_note', 'plan.set_indicator', 'plan.update_task']);
    });

    it('the consumer keeps the summary in step with new subjects, new records and withdrawals, exactly as a rebuild would', async () => {
      const db = t.ctx.database.db;
      const s6 = (await t.ctx.services.subjects.create(systemActor, enterpriseInput(6, { street: '西丽街道', industry: 'I' }))).id;
      await insertRecord(db, { id: 'a-p9', departmentId: dept.a.id, subjectId: s6, type: 'admin_penalty', docNo: '深南a-p9号', decisionDate: '2025-11-18', firstReceivedAt: '2025-11-20T03:40:00.000Z' });
      await db.updateTable('records').set({ status: 'withdrawn', updatedAt: '2025-11-20T03:30:00.000Z' }).where('id', '=', 'a-p3').execute();
      const event = (topic: string, recordId: string, subjectId: string, decisionDate: string, at: string) => ({
        id: newId(), topic, aggregateId: recordId, createdAt: at, processedAt: null,
        payload: JSON.stringify({ recordId, subjectId, typeCode: 'admin_penalty', sourceDepartmentId: dept.a.id, decisionDate, change: topic.slice(7), status: 'active' }),
      });
      await db.insertInto('outbox').values([
        event('record.withdrawn', 'a-p3', subject[1]!, '2025-09-29', '2025-11-20T03:30:00.000Z'),
        event('record.created', 'a-p9', s6, '2025-11-18', '2025-11-20T03:40:00.000Z'),
      ]).execute();
      clock.set('2025-11-20T04:00:00.000Z');
      const pass = await agg().drain();
      expect(pass).toMatchObject({ rebuilt: false, subjects: 1, events: 2 });
      const c = await stats().coverage(reviewer, {});
      expect([c.subjects, c.covered]).toEqual([6, 4]); // S6 joins covered, S2 lost its last active record
      const r = await stats().records(reviewer, { from: '2025-11', to: '2025-11' });
      expect([r.created, r.withdrawn]).toEqual([3, 2]);
      expect((await agg().drain()).events).toBe(0); // nothing counted twice

      const snapshot = async () => Promise.all([
        db.selectFrom('statsCells').selectAll().orderBy('subjectType').orderBy('street').orderBy('industry').execute(),
        db.selectFrom('statsRecordMonths').selectAll().orderBy('departmentId').orderBy('typeCode').orderBy('month').execute(),
        db.selectFrom('statsTimeliness').selectAll().orderBy('departmentId').orderBy('typeCode').orderBy('month').orderBy('workingDays').execute(),
        db.selectFrom('statsSubjects').selectAll().orderBy('subjectId').execute(),
      ]).then((rows) => JSON.parse(JSON.stringify(rows, (_k, v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v))));
      const incremental = await snapshot();
      await agg().rebuild();
      expect(await snapshot()).toEqual(incremental);
    });

    it('a change of the working-day calendar recounts the timeliness histogram', async () => {
      // 2025-10-13 (Mon) becomes a holiday: a-p2 (received 10-14) and a-p3 (10-16; withdrawn, still measured) drop from 8 to 7 working days: on time.
      await t.ctx.services.calendar.setDays(systemActor, [{ date: '2025-10-13', kind: 'holiday', note: 'test' }]);
      expect((await agg().drain()).calendarRecounted).toBe(true);
      const tl = await stats().timeliness(reviewer, { from: '2025-10', to: '2025-10' });
      expect(tl.byDepartment.find((d) => d.department.id === dept.a.id)).toMatchObject({ measured: 4, onTime: 3 });
    });
  });
}
