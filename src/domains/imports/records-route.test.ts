import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { makeUscc } from '../../../test/support/factories.js';
import { systemActor } from '../../kernel/actor.js';
import { FIXTURE_SOURCE, penaltyFixtureRow } from './testing.js';

/** SPEC §13 POST /api/v1/records, driven over HTTP with provider keys. */
for (const dialect of dialectsUnderTest()) {
  describe(`POST /api/v1/records [${dialect}]`, () => {
    let t: TestApp;
    let key: string;
    let otherKey: string;
    let consumerKey: string;
    let other: { id: string; code: string };
    const post = (body: unknown, bearer: string | null = key) =>
      t.app.inject({ method: 'POST', url: '/api/v1/records', payload: body as object, headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
    const row = (i: number, extra: Record<string, unknown> = {}) => ({ ...penaltyFixtureRow(i, 5, 700_000), ...extra });

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const accounts = t.ctx.services.accounts;
      const dept = await accounts.createDepartment(systemActor, { code: FIXTURE_SOURCE.code, name: FIXTURE_SOURCE.name, kind: 'government' });
      other = await accounts.createDepartment(systemActor, { code: makeUscc(4242, '11'), name: '深圳市南山区另一个局', kind: 'government' });
      key = (await accounts.createApiKey(systemActor, { name: 'provider', departmentId: dept.id, purpose: 'provider' })).key;
      otherKey = (await accounts.createApiKey(systemActor, { name: 'other', departmentId: other.id, purpose: 'provider' })).key;
      consumerKey = (await accounts.createApiKey(systemActor, { name: 'consumer', departmentId: dept.id, purpose: 'consumer' })).key;
    });
    afterAll(async () => t.close());

    it('answers one result per record, index from 0, 200 even with rejections; a retry is all unchanged', async () => {
      const body = { type: 'admin_penalty', records: [row(0), row(1, { subjectCode: '91440305000000019X' }), row(2)] };
      const res = await post(body);
      expect(res.statusCode).toBe(200);
      const { results } = res.json() as { results: Array<{ index: number; status: string; id?: string; errors?: Array<{ code: string; field: string }> }> };
      expect(results.map((r) => [r.index, r.status])).toEqual([[0, 'created'], [1, 'rejected'], [2, 'created']]);
      expect(results[0]!.id).toEqual(expect.any(String));
      expect(results[1]!.errors!.map((e) => e.code)).toContain('USCC_CHECK_CHAR');
      const batchId = res.headers['x-import-batch'] as string;
      const batch = await t.ctx.database.db.selectFrom('importBatches').selectAll().where('id', '=', batchId).executeTakeFirstOrThrow();
      expect(batch).toMatchObject({ channel: 'api', status: 'completed', created: 2, rejected: 1, format: 'json' });
      const kept = await t.ctx.database.db.selectFrom('importErrors').select(['row', 'code']).where('batchId', '=', batchId).execute();
      expect(kept.map((e) => e.row)).toEqual(kept.map(() => 1));

      const retry = (await post(body)).json() as { results: Array<{ status: string; id?: string }> };
      expect(retry.results.map((r) => r.status)).toEqual(['unchanged', 'rejected', 'unchanged']);
      expect(retry.results[0]!.id).toBe(results[0]!.id);
    });

    it('takes records keyed by Chinese label or field code as well as by key; an unknown key rejects the record', async () => {
      const byLabel = { 行政相对人名称: '深圳市标签科技有限公司', ...Object.fromEntries(Object.entries(row(10)).filter(([k]) => k !== 'subjectName')) };
      const byCode = { CF_XDR_MC: '深圳市代码科技有限公司', ...Object.fromEntries(Object.entries(row(11)).filter(([k]) => k !== 'subjectName')) };
      const res = await post({ type: 'admin_penalty', records: [byLabel, byCode, row(12, { 经办人: '王五' })] });
      const results = (res.json() as { results: Array<{ status: string; errors?: Array<{ code: string }> }> }).results;
      expect(results.map((r) => r.status)).toEqual(['created', 'created', 'rejected']);
      expect(results[2]!.errors!.map((e) => e.code)).toEqual(['UNKNOWN_FIELD']);
    });

    it('never lets a provider key write as another department', async () => {
      const named = await post({ type: 'admin_penalty', department: other.code, records: [row(20)] });
      expect([named.statusCode, named.json().code]).toEqual([403, 'SOURCE_DEPARTMENT_FORBIDDEN']);
      const claimed = (await post({ type: 'admin_penalty', records: [row(21, { sourceDeptCode: other.code, sourceDept: '另一个局' })] })).json();
      expect(claimed.results[0].status).toBe('rejected');
      expect(claimed.results[0].errors.map((e: { code: string }) => e.code)).toContain('SOURCE_DEPARTMENT_MISMATCH');
      const theirs = await t.ctx.database.db.selectFrom('records').select('id').where('sourceDepartmentId', '=', other.id).execute();
      expect(theirs).toEqual([]);
      // The other department's own key writes as the other department, whatever the records claim.
      const own = (await post({ type: 'admin_penalty', records: [row(22)] }, otherKey)).json();
      expect(own.results[0].errors.map((e: { code: string }) => e.code)).toContain('SOURCE_DEPARTMENT_MISMATCH');
    });

    it.each([
      ['1,001 records', () => ({ type: 'admin_penalty', records: Array.from({ length: 1001 }, (_, i) => ({ subjectName: `${i}` })) }), 400, 'TOO_MANY_RECORDS'],
      ['no records', () => ({ type: 'admin_penalty', records: [] }), 400, 'VALIDATION_FAILED'],
      ['an unknown type', () => ({ type: 'no_such_type', records: [{}] }), 400, 'RECORD_TYPE_UNKNOWN'],
      ['a record that is not an object', () => ({ type: 'admin_penalty', records: ['x'] }), 400, 'VALIDATION_FAILED'],
    ])('refuses %s', async (_what, body, status, code) => {
      const res = await post(body());
      expect([res.statusCode, res.json().code]).toEqual([status, code]);
    });

    it('needs a provider: 401 without a key, 403 for a consumer key', async () => {
      expect((await post({ type: 'admin_penalty', records: [row(30)] }, null)).statusCode).toBe(401);
      const consumer = await post({ type: 'admin_penalty', records: [row(30)] }, consumerKey);
      expect([consumer.statusCode, consumer.json().code]).toEqual([403, 'FORBIDDEN']);
    });
  });
}
