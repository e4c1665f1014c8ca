import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { fixedClock } from '../../kernel/clock.js';
import { PDF_BASE64, penalty, REASONS, seedObjectionPeople, type ObjectionPeople } from './testing.js';

/** The HTTP side: the API (problem+json codes, the query code once, the staff steps) and the portal and console pages. */
for (const dialect of dialectsUnderTest()) {
  describe(`objection routes and pages [${dialect}]`, () => {
    let t: TestApp;
    let p: ObjectionPeople;
    let recordId: string;
    const clock = fixedClock('2025-10-09T02:00:00.000Z');

    /** Signs a seeded user in over HTTP: its cookie and CSRF header. */
    async function login(name: string) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: `obj-${name}-1`, password: 'Objection-Test-2026!' } });
      expect(res.statusCode).toBe(200);
      const cookie = res.cookies.find((c) => c.name === 'xinyong_session')!;
      return { cookie: `xinyong_session=${cookie.value}`, 'x-csrf-token': res.json().csrfToken as string };
    }

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      p = await seedObjectionPeople(t.ctx.services);
      recordId = await penalty(t.ctx.services, p, '深市监南罚〔2025〕201号');
    });
    afterAll(async () => t.close());

    it('files, tracks and handles a case over the API', async () => {
      const bad = await t.app.inject({ method: 'POST', url: '/api/v1/objections', payload: { recordId, reasons: REASONS } });
      expect(bad.statusCode).toBe(400);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      expect(bad.json()).toMatchObject({ code: 'OBJECTION_OBJECTOR_REQUIRED' });

      const res = await t.app.inject({
        method: 'POST', url: '/api/v1/objections',
        payload: { recordId, name: '李四', contact: 'lisi@example.com', reasons: REASONS, attachments: [{ name: 'proof.pdf', contentType: 'application/pdf', dataBase64: PDF_BASE64 }] },
      });
      expect(res.statusCode).toBe(201);
      const { objection, queryCode } = res.json();
      expect(objection).toMatchObject({ status: 'submitted', stepDueOn: '2025-10-11', record: { id: recordId } });
      expect(objection).not.toHaveProperty('objector');

      const records = await t.app.inject({ method: 'GET', url: `/api/v1/subjects/${p.subjectCode}/records` });
      expect(records.json().items.find((r: { id: string }) => r.id === recordId)).toMatchObject({ underObjection: true });

      const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/objections/track', payload: { caseNo: objection.caseNo, queryCode: 'ZZZZZ-ZZZZZ' } });
      expect(wrong.statusCode).toBe(404);
      expect(wrong.json().code).toBe('OBJECTION_QUERY_CODE_INVALID');

      const reviewer = await login('reviewer');
      const source = await login('source');
      expect((await t.app.inject({ method: 'POST', url: `/api/v1/objections/${objection.id}/accept`, headers: source, payload: { note: '受理' } })).json().code).toBe('OBJECTION_ROLE_FORBIDDEN');
      expect((await t.app.inject({ method: 'POST', url: `/api/v1/objections/${objection.id}/forward`, headers: reviewer, payload: { note: '转办' } })).json().code).toBe('OBJECTION_TRANSITION_INVALID');
      for (const step of ['accept', 'forward']) {
        const r = await t.app.inject({ method: 'POST', url: `/api/v1/objections/${objection.id}/${step}`, headers: reviewer, payload: { note: '按程序办理。' } });
        expect(r.statusCode).toBe(200);
      }
      const queue = await t.app.inject({ method: 'GET', url: '/api/v1/objections', headers: source });
      expect(queue.json().items.map((i: { id: string }) => i.id)).toEqual([objection.id]);
      const staffView = await t.app.inject({ method: 'GET', url: `/api/v1/objections/${objection.id}`, headers: source });
      expect(staffView.json()).toMatchObject({ objector: { name: '李四', contact: 'lisi@example.com' }, allowedActions: ['correct', 'remove', 'uphold'] });
      const file = await t.app.inject({ method: 'GET', url: `/api/v1/objections/${objection.id}/attachments/${staffView.json().attachments[0].id}`, headers: source });
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.rawPayload.toString('base64')).toBe(PDF_BASE64);
      const anonymousFile = await t.app.inject({ method: 'GET', url: `/api/v1/objections/${objection.id}/attachments/${staffView.json().attachments[0].id}` });
      expect(anonymousFile.statusCode).toBe(401);

      const corrected = await t.app.inject({ method: 'POST', url: `/api/v1/objections/${objection.id}/correct`, headers: source, payload: { note: '违法事实表述有误，已更正。', fields: { violationFacts: '当事人逾期公示年度报告。' } } });
      expect(corrected.statusCode).toBe(200);
      expect(corrected.json()).toMatchObject({ status: 'verified', outcome: 'corrected', correctedVersion: 2 });
      await t.app.inject({ method: 'POST', url: `/api/v1/objections/${objection.id}/reply`, headers: reviewer, payload: { note: '已更正。' } });

      const tracked = await t.app.inject({ method: 'POST', url: '/api/v1/objections/track', payload: { caseNo: objection.caseNo, queryCode } });
      expect(tracked.json()).toMatchObject({ status: 'replied', outcome: 'corrected', reply: '已更正。' });
      const after = await t.app.inject({ method: 'GET', url: `/api/v1/subjects/${p.subjectCode}/records` });
      const record = after.json().items.find((r: { id: string }) => r.id === recordId);
      expect(record.underObjection).toBe(false);
      expect(record.fields.find((f: { key: string }) => f.key === 'violationFacts').value).toBe('当事人逾期公示年度报告。');
    });

    it('serves the portal form, the receipt with the query code, the badge, tracking and the console queue', async () => {
      const id = await penalty(t.ctx.services, p, '深市监南罚〔2025〕202号');
      const form = await t.app.inject({ method: 'GET', url: `/objections/new?record=${id}`, headers: { accept: 'text/html' } });
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain('深市监南罚〔2025〕202号');
      expect((await t.app.inject({ method: 'GET', url: '/objections/new?record=nope' })).statusCode).toBe(404);

      const refused = await t.app.inject({ method: 'POST', url: '/objections', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ recordId: id, name: '王五', contact: '123', reasons: REASONS }).toString() });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain('contact');
      const receipt = await t.app.inject({ method: 'POST', url: '/objections', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ recordId: id, name: '王五', contact: '13800138000', reasons: REASONS }).toString() });
      expect(receipt.statusCode).toBe(201);
      const caseNo = /id="case-no">([^<]+)</.exec(receipt.body)![1]!;
      const queryCode = /id="query-code">([^<]+)</.exec(receipt.body)![1]!;

      const profile = await t.app.inject({ method: 'GET', url: `/subjects/${p.subjectCode}?tab=penalty`, headers: { accept: 'text/html' } });
      expect(profile.body).toContain('异议处理中');
      expect(profile.body).toContain(`/objections/new?record=${id}`);

      const track = await t.app.inject({ method: 'POST', url: '/objections/track', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ caseNo, queryCode }).toString() });
      expect(track.statusCode).toBe(200);
      expect(track.body).toContain('待受理');
      const wrong = await t.app.inject({ method: 'POST', url: '/objections/track', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ caseNo, queryCode: 'AAAAA-AAAAA' }).toString() });
      expect(wrong.statusCode).toBe(404);

      const office = await login('office');
      const queue = await t.app.inject({ method: 'GET', url: '/console/objections', headers: { cookie: office.cookie } });
      expect(queue.statusCode).toBe(200);
      expect(queue.body).toContain(caseNo);
      const caseId = /href="\/console\/objections\/([0-9a-f-]{36})" class="code">([^<]+)</.exec(queue.body.slice(queue.body.indexOf(caseNo) - 200))![1]!;
      const accept = await t.app.inject({ method: 'POST', url: `/console/objections/${caseId}/accept`, headers: { cookie: office.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ _csrf: office['x-csrf-token'], note: '予以受理。' }).toString() });
      expect(accept.statusCode).toBe(303);
      const page = await t.app.inject({ method: 'GET', url: `/console/objections/${caseId}?done=accept`, headers: { cookie: office.cookie } });
      expect(page.body).toContain('平台自查中');
      expect(page.body).toContain('13800138000');
    });
  });
}
