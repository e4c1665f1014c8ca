import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { signIn, type SignedIn } from '../../../test/support/sessions.js';
import { systemActor } from '../../kernel/actor.js';
import { SAMPLE_AUTHORITY, penaltyChunk, penaltyRow, sampleResidentId, sampleUscc } from './testing.js';

const CODE = sampleUscc(777);
const ID_NUMBER = /\d{6}(19|20)\d{2}[01]\d[0-3]\d{3}[\dX]/;

for (const dialect of dialectsUnderTest()) {
  describe(`records over HTTP [${dialect}]`, () => {
    let t: TestApp;
    let ids: string[];
    let staff: SignedIn;
    let provider: SignedIn;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const dept = await t.ctx.services.accounts.createDepartment(systemActor, { code: SAMPLE_AUTHORITY.code, name: SAMPLE_AUTHORITY.name, kind: 'government' });
      const subject = { subjectName: '深圳市接口测试有限公司', subjectCode: CODE, legalRepIdType: '身份证', legalRepIdNumber: sampleResidentId('19800101', 9) };
      const results = await t.ctx.services.records.ingestChunk(systemActor, penaltyChunk(dept, [
        penaltyRow(1, { ...subject, decisionNo: '罚1', decisionDate: '2026-01-10' }),
        penaltyRow(2, { ...subject, decisionNo: '罚2', decisionDate: '2026-05-10' }),
        penaltyRow(3, { ...subject, decisionNo: '罚3', decisionDate: '2026-03-10' }),
      ]));
      ids = results.map((r) => r.id!);
      staff = await signIn(t, 'staff');
      provider = await signIn(t, 'provider');
    });
    afterAll(async () => t.close());

    it('lists a subject\'s public records, newest decision first, paginated, with no ID numbers', async () => {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/subjects/${CODE.toLowerCase()}/records?pageSize=2` });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.items.map((i: { docNo: string }) => i.docNo)).toEqual(['罚2', '罚3']);
      expect([body.page, body.pageSize, body.hasMore]).toEqual([1, 2, true]);
      expect(res.body).not.toMatch(ID_NUMBER);
      expect(res.body).not.toContain('legalRepIdNumber');
      const next = (await t.app.inject({ method: 'GET', url: `/api/v1/subjects/${CODE}/records?page=2&pageSize=2` })).json();
      expect([next.items.map((i: { docNo: string }) => i.docNo), next.hasMore]).toEqual([['罚1'], false]);
      const missing = await t.app.inject({ method: 'GET', url: `/api/v1/subjects/${sampleUscc(778)}/records` });
      expect([missing.statusCode, missing.json().code]).toEqual([404, 'SUBJECT_NOT_FOUND']);
    });

    it('shows a record with its versions to the credit office only, and audits the read', async () => {
      const url = `/api/v1/records/${ids[0]}`;
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
      expect((await t.app.inject({ method: 'GET', url, headers: provider.headers })).json().code).toBe('FORBIDDEN');
      const res = await t.app.inject({ method: 'GET', url, headers: staff.headers });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id: ids[0], status: 'active', version: 1, versions: [{ version: 1, change: 'created', channel: 'file', submitter: { type: 'system', id: 'cli' } }] });
      expect(res.json().fields.map((f: { key: string }) => f.key)).toContain('legalRepIdNumber');
      expect(res.body).not.toMatch(ID_NUMBER);
      const reads = await t.ctx.database.db.selectFrom('auditLog').selectAll().where('action', '=', 'record.read').where('targetId', '=', ids[0]!).execute();
      expect(reads.map((r) => r.actorId)).toEqual([staff.userId]);
      const none = await t.app.inject({ method: 'GET', url: '/api/v1/records/00000000-0000-4000-8000-000000000000', headers: staff.headers });
      expect([none.statusCode, none.json().code]).toEqual([404, 'RECORD_NOT_FOUND']);
    });

    it('withdraws a record for its source or the credit office, and the public no longer sees it', async () => {
      const url = `/api/v1/records/${ids[1]}/withdraw`;
      const denied = await t.app.inject({ method: 'POST', url, headers: provider.headers, payload: { reason: '不是本部门的记录' } });
      expect([denied.statusCode, denied.json().code]).toEqual([403, 'SOURCE_DEPARTMENT_FORBIDDEN']);
      const short = await t.app.inject({ method: 'POST', url, headers: staff.headers, payload: { reason: ' ' } });
      expect([short.statusCode, short.json().code]).toEqual([400, 'VALIDATION_FAILED']);
      const res = await t.app.inject({ method: 'POST', url, headers: staff.headers, payload: { reason: '处罚决定已被行政复议撤销' } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'withdrawn', version: 2, versions: [{ change: 'created' }, { change: 'withdrawn', reason: '处罚决定已被行政复议撤销', channel: 'api' }] });
      const again = await t.app.inject({ method: 'POST', url, headers: staff.headers, payload: { reason: '再次撤回' } });
      expect([again.statusCode, again.json().code]).toEqual([409, 'RECORD_ALREADY_WITHDRAWN']);
      const list = (await t.app.inject({ method: 'GET', url: `/api/v1/subjects/${CODE}/records` })).json();
      expect(list.items.map((i: { docNo: string }) => i.docNo)).toEqual(['罚3', '罚1']);
    });
  });
}
