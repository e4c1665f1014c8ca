import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { makeUscc } from '../../../test/support/factories.js';
import { fixedClock } from '../../kernel/clock.js';
import { aboutSubject, seedComplaintPeople, type ComplaintPeople, type Headers } from './testing.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]).toString('base64');

/** Complaints over HTTP: the public form and lookup, routing, the state machine with its codes, notices, statistics, the rate limit. */
for (const dialect of dialectsUnderTest()) {
  describe(`complaints routes [${dialect}]`, () => {
    let t: TestApp;
    let p: ComplaintPeople;
    const clock = fixedClock('2026-06-15T02:00:00.000Z');
    let ip = 0;
    /** Each test calls from its own address, so that only the rate-limit test meets the limit. */
    let from = '10.0.0.1';
    const post = (url: string, payload: unknown, headers: Partial<Headers> & Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url, payload: payload as Record<string, unknown>, headers, remoteAddress: from });
    const get = (url: string, headers: Partial<Headers> = {}) => t.app.inject({ url, headers, remoteAddress: from });

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      p = await seedComplaintPeople(t);
    });
    afterAll(async () => t.close());
    beforeEach(() => {
      ip += 1;
      from = `10.0.1.${ip}`;
    });

    it('files a complaint, routes it by the subject\'s records, and lets the complainant follow it', async () => {
      const res = await post('/api/v1/complaints', aboutSubject(p.subject.code), { 'idempotency-key': 'form-1' });
      expect(res.statusCode).toBe(201);
      const receipt = res.json();
      expect(receipt).toMatchObject({ status: 'assigned', receivedOn: '2026-06-15', stepDeadline: '2026-06-18' });
      expect(receipt.caseNo).toMatch(/^TS-20260615-[A-Z2-9]{5}$/);
      expect(receipt.queryCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

      const retry = await post('/api/v1/complaints', aboutSubject(p.subject.code), { 'idempotency-key': 'form-1' });
      expect([retry.statusCode, retry.json().caseNo]).toEqual([200, receipt.caseNo]);
      expect((await post('/api/v1/complaints/track', { caseNo: receipt.caseNo, queryCode: receipt.queryCode })).json().code).toBe('COMPLAINT_NOT_FOUND');
      const tracked = await post('/api/v1/complaints/track', { caseNo: receipt.caseNo.toLowerCase(), queryCode: retry.json().queryCode.replaceAll('-', '').toLowerCase() });
      expect(tracked.statusCode).toBe(200);
      expect(tracked.json()).toMatchObject({ status: 'assigned', concerning: p.subject.name, department: '南山区市场监督管理局1', steps: [{ step: 'submit' }, { step: 'assign' }] });
      expect(tracked.body).not.toContain('13800138000');
      expect((await post('/api/v1/complaints/track', { caseNo: 'TS-20260615-AAAAA', queryCode: retry.json().queryCode })).statusCode).toBe(404);

      const rows = await t.database.db.selectFrom('complaints').select(['queryCodeHash', 'departmentId', 'routedBy']).execute();
      expect(rows).toEqual([expect.objectContaining({ departmentId: p.departments.market, routedBy: 'records' })]);
      expect(rows[0]!.queryCodeHash).not.toContain(retry.json().queryCode);
    });

    it('refuses bad submissions with stable codes', async () => {
      const bad = async (body: Record<string, unknown>) => (await post('/api/v1/complaints', body)).json();
      expect((await bad(aboutSubject(makeUscc(4242)))).errors[0].code).toBe('COMPLAINT_SUBJECT_UNKNOWN');
      expect((await bad(aboutSubject(p.subject.code, { complainantContact: 'call me' }))).code).toBe('VALIDATION_FAILED');
      expect((await bad({ ...aboutSubject(p.subject.code), subjectCode: undefined })).errors[0].field).toBe('body.subjectName');
      expect((await bad({ ...aboutSubject(p.subject.code), about: 'agency' })).errors[0].field).toBe('body.agency');
      expect((await bad(aboutSubject(p.subject.code, { attachments: [{ fileName: 'a.pdf', contentType: 'application/pdf', data: PNG }] }))).errors[0].code).toBe('COMPLAINT_ATTACHMENT_INVALID');
      expect((await bad({ ...aboutSubject(p.subject.code), about: 'agency', agency: makeUscc(4343) })).errors[0].code).toBe('COMPLAINT_AGENCY_UNKNOWN');
    });

    it('runs the state machine with department scoping, rerouting and notices', async () => {
      const id = (await get('/api/v1/complaints', p.office)).json().items[0].id as string;
      expect((await get('/api/v1/complaints', p.housing)).json().items).toEqual([]);
      expect((await get(`/api/v1/complaints/${id}`, p.housing)).statusCode).toBe(403);
      expect((await get('/api/v1/complaints')).statusCode).toBe(401);
      const mine = await get(`/api/v1/complaints/${id}`, p.market);
      expect(mine.json()).toMatchObject({ status: 'assigned', complainantContact: '13800138000', allowedActions: ['start', 'reject'] });

      expect((await post(`/api/v1/complaints/${id}/start`, {}, p.housing)).statusCode).toBe(403);
      expect((await post(`/api/v1/complaints/${id}/assign`, { departmentId: p.departments.housing }, p.market)).statusCode).toBe(403);
      expect((await post(`/api/v1/complaints/${id}/conclude`, { outcome: 'substantiated', outcomeText: '经查属实，已立案。' }, p.market)).json().code).toBe('COMPLAINT_NOT_STARTED');
      const started = await post(`/api/v1/complaints/${id}/start`, { note: '已受理' }, p.market);
      expect(started.json()).toMatchObject({ status: 'in_progress', startedOn: '2026-06-15' });
      expect((await post(`/api/v1/complaints/${id}/reject`, { reason: '不属于受理范围' }, p.market)).json().code).toBe('COMPLAINT_ALREADY_STARTED');

      clock.set('2026-06-16T02:00:00.000Z');
      await p.refresh();
      const rerouted = await post(`/api/v1/complaints/${id}/assign`, { departmentId: p.departments.housing, note: '属住建部门职责' }, p.office);
      expect(rerouted.json()).toMatchObject({ status: 'assigned', department: { id: p.departments.housing }, routedBy: 'office', stepDeadline: '2026-06-19' });
      expect((await post(`/api/v1/complaints/${id}/assign`, { departmentId: p.departments.housing }, p.office)).json().code).toBe('COMPLAINT_ALREADY_ASSIGNED');
      expect((await get(`/api/v1/complaints/${id}`, p.market)).statusCode).toBe(403);
      await post(`/api/v1/complaints/${id}/start`, {}, p.housing);
      const concluded = await post(`/api/v1/complaints/${id}/conclude`, { outcome: 'substantiated', outcomeText: '经查属实，已责令整改并处以罚款。' }, p.housing);
      expect(concluded.json()).toMatchObject({ status: 'concluded', outcome: 'substantiated', closedOn: '2026-06-16', stepDeadline: null, allowedActions: [] });
      expect(concluded.json().history.map((h: { step: string }) => h.step)).toEqual(['submit', 'assign', 'start', 'assign', 'start', 'conclude']);
      expect((await post(`/api/v1/complaints/${id}/assign`, { departmentId: p.departments.market }, p.office)).json().code).toBe('COMPLAINT_CLOSED');

      const notices = await t.database.db.selectFrom('notifications').select(['userId', 'topic']).execute();
      expect(notices).toEqual(expect.arrayContaining([{ userId: p.users.market, topic: 'complaint.assigned' }]));
      const toComplainant = await t.database.db.selectFrom('notificationOutbox').select(['topic', 'channel', 'address']).where('recipientType', '=', 'contact').orderBy('createdAt').execute();
      expect(toComplainant.map((r) => r.topic)).toEqual(['complaint.received', 'complaint.assigned', 'complaint.in_progress', 'complaint.assigned', 'complaint.in_progress', 'complaint.concluded']);
      expect(toComplainant.every((r) => r.channel === 'sms' && r.address === '13800138000')).toBe(true);
      clock.set('2026-06-15T02:00:00.000Z');
    });

    it('leaves a complaint without a known subject for the office to route, and rejects', async () => {
      const res = await post('/api/v1/complaints', { ...aboutSubject(p.subject.code), subjectCode: undefined, subjectName: '某不知名商户', complainantContact: 'li@example.com',
        attachments: [{ fileName: '现场照片.png', contentType: 'image/png', data: PNG }] });
      expect(res.json()).toMatchObject({ status: 'received', stepDeadline: '2026-06-17' });
      const id = (await get('/api/v1/complaints?status=received', p.office)).json().items[0].id as string;
      expect((await post(`/api/v1/complaints/${id}/assign`, {}, p.office)).json().errors[0].code).toBe('COMPLAINT_DEPARTMENT_REQUIRED');
      const detail = (await get(`/api/v1/complaints/${id}`, p.office)).json();
      const file = await get(`/api/v1/complaints/${id}/attachments/${detail.attachments[0].id}`, p.office);
      expect([file.statusCode, file.headers['content-type'], file.rawPayload.toString('base64')]).toEqual([200, 'image/png', PNG]);
      const rejected = await post(`/api/v1/complaints/${id}/reject`, { reason: '投诉对象不明确，无法核查' }, p.office);
      expect(rejected.json()).toMatchObject({ status: 'rejected', rejectionReason: '投诉对象不明确，无法核查' });
    });

    it('takes complaints about a registered agency to the credit office', async () => {
      const agency = await post('/api/v1/agencies', {
        name: '深圳市测试信用评估有限公司', uscc: makeUscc(5151), legalRep: '王五', address: '深圳市南山区科技园1号', services: ['credit_rating'], filingNo: '测备〔2026〕1号', filedOn: '2026-01-05',
      }, p.office);
      expect(agency.statusCode).toBe(201);
      const res = await post('/api/v1/complaints', { about: 'agency', agency: makeUscc(5151), complainantName: '赵六', complainantContact: 'zhao@example.com', matter: '该机构承诺付费即可删除失信记录，收费后无任何结果。' });
      expect(res.json()).toMatchObject({ status: 'assigned' });
      const list = (await get(`/api/v1/complaints?about=agency&agencyId=${agency.json().id}`, p.office)).json();
      expect(list.items).toEqual([expect.objectContaining({ about: 'agency', department: expect.objectContaining({ id: p.departments.office }) })]);
    });

    it('counts by status, department and outcome, overdue and working days to conclusion', async () => {
      clock.set('2026-06-22T02:00:00.000Z');
      await p.refresh();
      expect((await get('/api/v1/complaints/stats', p.market)).statusCode).toBe(403);
      const stats = (await get('/api/v1/complaints/stats', p.auditor)).json();
      expect(stats).toMatchObject({
        total: 3, byStatus: { received: 0, assigned: 1, in_progress: 0, concluded: 1, rejected: 1 },
        byOutcome: { substantiated: 1, not_substantiated: 0, referred: 0 }, overdue: 1, averageWorkingDaysToConclusion: 1,
      });
      expect(stats.byDepartment.find((d: { departmentId: string }) => d.departmentId === p.departments.office)).toMatchObject({ total: 1, open: 1, overdue: 1 });
      expect((await get('/api/v1/complaints?overdue=true', p.office)).json().items).toHaveLength(1);
      expect((await get('/api/v1/complaints/stats?from=2026-06-16', p.auditor)).json().total).toBe(0);
      clock.set('2026-06-15T02:00:00.000Z');
    });

    it('rate-limits the public form and the lookup per address', async () => {
      const codes: number[] = [];
      for (let i = 0; i < 11; i += 1) codes.push((await post('/api/v1/complaints/track', { caseNo: 'TS-20260615-AAAAA', queryCode: 'AAAA-BBBB-CCCC' })).statusCode);
      expect(codes.slice(0, 10).every((c) => c === 404)).toBe(true);
      const limited = await post('/api/v1/complaints/track', { caseNo: 'TS-20260615-AAAAA', queryCode: 'AAAA-BBBB-CCCC' });
      expect([limited.statusCode, limited.json().code]).toEqual([429, 'RATE_LIMITED']);
      from = '10.0.9.9';
      expect((await post('/api/v1/complaints/track', { caseNo: 'TS-20260615-AAAAA', queryCode: 'AAAA-BBBB-CCCC' })).statusCode).toBe(404);
    });
  });
}
