import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { enterpriseInput, makeResidentId } from '../../../test/support/factories.js';
import { signIn } from '../../../test/support/sessions.js';
import { systemActor } from '../../kernel/actor.js';
import { sampleUscc } from '../catalog/testing.js';
import { checkResultSchema } from './present.js';
import { verifyReceipt } from './receipt-signer.js';
import { consumerKey, listAsCourtDebtor } from './testing.js';

/** SPEC §13: POST /api/v1/checks with a consumer key → { verdict, measures, rewards, receipt }; who may check, and what is never echoed. */
for (const dialect of dialectsUnderTest()) {
  describe(`POST /api/v1/checks [${dialect}]`, () => {
    let t: TestApp;
    let consumer: { key: string };
    let listed: { code: string; name: string };
    const PERSON_ID = makeResidentId('19820304', 77);
    const post = (payload: unknown, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url: '/api/v1/checks', payload: payload as object, headers });
    const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

    beforeAll(async () => {
      t = await createTestApp(dialect);
      consumer = await consumerKey(t.ctx.services.accounts, 1);
      const s = await t.ctx.services.subjects.create(systemActor, enterpriseInput(5_001, { name: '深圳市核查对象科技有限公司' }));
      listed = { code: s.code!, name: s.name };
      await listAsCourtDebtor(t.ctx.services, listed);
      await t.ctx.services.subjects.create(systemActor, enterpriseInput(5_002, { name: '深圳市同名测试有限公司' }));
      await t.ctx.services.subjects.create(systemActor, enterpriseInput(5_003, { name: '深圳市同名测试有限公司' }));
      await t.ctx.services.subjects.create(systemActor, { type: 'person', idNumber: PERSON_ID, name: '赵六' });
    });
    afterAll(async () => t.close());

    it('answers a consumer key with the verdict, measures with triggers and legal basis, rewards and a signed receipt', async () => {
      const res = await post({ subject: listed.code, scenario: 'government_procurement' }, bearer(consumer.key));
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(Object.keys(body).sort()).toEqual(['at', 'measures', 'receipt', 'rewards', 'scenario', 'subject', 'verdict']);
      expect(body).toMatchObject({ verdict: 'restricted', scenario: 'government_procurement', at: '2026-06-15', subject: { code: listed.code, name: listed.name }, rewards: [] });
      expect(body.measures[0]).toMatchObject({ code: 'procurement_bar_listed', kind: 'punishment', trigger: { kind: 'list', listType: 'dishonest_judgment_debtor' } });
      expect(body.receipt).toMatchObject({ verdict: 'restricted', scenario: 'government_procurement', issuer: { kind: 'api_key' }, algorithm: 'Ed25519' });
      expect(body.receipt.measures).toEqual(body.measures);
      // serialised without zod (routes.ts): nothing in it that the response schema would drop
      expect(checkResultSchema.parse(body)).toEqual(body);
      const key = (await t.app.inject({ method: 'GET', url: '/api/v1/checks/public-key' })).json();
      expect(verifyReceipt(body.receipt, key.pem)).toBe(true);
      const stored = await t.ctx.database.db.selectFrom('checkReceipts').selectAll().where('id', '=', body.receipt.id).executeTakeFirstOrThrow();
      expect(JSON.parse(stored.receipt)).toEqual(body.receipt);
    });

    it('refuses anonymous callers, provider keys and subject accounts', async () => {
      expect((await post({ subject: listed.code, scenario: 'bidding' })).json().code).toBe('UNAUTHENTICATED');
      const dept = await t.ctx.services.accounts.createDepartment(systemActor, { code: sampleUscc(5_100, '11'), name: '数据提供部门', kind: 'government' });
      const provider = await t.ctx.services.accounts.createApiKey(systemActor, { name: 'provider', departmentId: dept.id, purpose: 'provider' });
      const refused = await post({ subject: listed.code, scenario: 'bidding' }, bearer(provider.key));
      expect([refused.statusCode, refused.json().code]).toEqual([403, 'FORBIDDEN']);
      const subjectId = (await t.ctx.services.subjects.getByCode(listed.code)).id;
      await t.ctx.services.accounts.createUser(systemActor, { username: 'subject-own', displayName: '主体用户', password: 'Test-Password-2026!', role: 'subject', subjectId });
      const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'subject-own', password: 'Test-Password-2026!' } });
      const cookie = login.cookies.find((c) => c.name === 'xinyong_session')!;
      const own = await post({ subject: listed.code, scenario: 'bidding' }, { cookie: `xinyong_session=${cookie.value}`, 'x-csrf-token': login.json().csrfToken });
      expect([own.statusCode, own.json().code]).toEqual([403, 'FORBIDDEN']);
    });

    it('lets credit office staff check from the console session', async () => {
      const staff = await signIn(t, 'staff');
      const res = await post({ subject: listed.code, scenario: 'bidding' }, staff.headers);
      expect([res.statusCode, res.json().verdict, res.json().receipt.issuer.kind]).toEqual([200, 'restricted', 'user']);
    });

    it('finds a subject by exact name, and refuses a name that several subjects share', async () => {
      const byName = await post({ subject: '深圳市核查对象科技有限公司', scenario: 'honours' }, bearer(consumer.key));
      expect([byName.statusCode, byName.json().subject.code]).toEqual([200, listed.code]);
      const shared = await post({ subject: '深圳市同名测试有限公司', scenario: 'honours' }, bearer(consumer.key));
      expect([shared.statusCode, shared.json().code]).toEqual([409, 'SUBJECT_AMBIGUOUS']);
      const unknown = await post({ subject: '91440300000000000X', scenario: 'honours' }, bearer(consumer.key));
      expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'SUBJECT_NOT_FOUND']);
    });

    it('validates the scenario and refuses a day after today', async () => {
      const bad = await post({ subject: listed.code, scenario: 'lottery' }, bearer(consumer.key));
      expect([bad.statusCode, bad.json().code]).toEqual([400, 'VALIDATION_FAILED']);
      const future = await post({ subject: listed.code, scenario: 'bidding', at: '2026-06-16' }, bearer(consumer.key));
      expect([future.statusCode, future.json().errors[0].code]).toEqual([400, 'CHECK_AT_IN_FUTURE']);
    });

    it('checks a person by ID number without ever echoing it, audits the read, and keeps the receipt from the public', async () => {
      const res = await post({ subject: PERSON_ID, scenario: 'civil_service_hiring' }, bearer(consumer.key));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.body).not.toContain(PERSON_ID);
      expect(res.json().subject).toEqual({ code: null, name: '赵六', type: 'person', idNumberMasked: `${PERSON_ID.slice(0, 4)}**********${PERSON_ID.slice(-4)}` });
      expect(checkResultSchema.parse(res.json())).toEqual(res.json());
      const receiptId = res.json().receipt.id;
      const audited = await t.ctx.database.db.selectFrom('auditLog').select(['action', 'targetId', 'purpose']).where('action', '=', 'check.person').execute();
      expect(audited).toEqual([{ action: 'check.person', targetId: receiptId, purpose: 'civil_service_hiring' }]);
      const stored = await t.ctx.database.db.selectFrom('checkReceipts').select('receipt').where('id', '=', receiptId).executeTakeFirstOrThrow();
      expect(stored.receipt).not.toContain(PERSON_ID);
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/checks/${receiptId}` })).json().code).toBe('RECEIPT_NOT_FOUND');
      const own = await t.app.inject({ method: 'GET', url: `/api/v1/checks/${receiptId}`, headers: bearer(consumer.key) });
      expect([own.statusCode, own.json().verified]).toEqual([200, true]);
    });

    it('publishes the measure catalogue', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/measures' });
      const items = res.json().items as Array<{ code: string; version: number; legalBasis: string }>;
      expect(items.length).toBeGreaterThanOrEqual(30);
      expect(items.find((m) => m.code === 'procurement_bar_listed')).toMatchObject({ version: 1, kind: 'punishment', target: { kind: 'list' } });
    });
  });
}
