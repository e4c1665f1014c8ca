import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { signIn, type SignedIn } from '../support/sessions.js';
import { enterpriseInput, makeUscc } from '../support/factories.js';

/** SPEC §13 and STYLE "Errors": bad input gets problem+json with a stable code, and nothing is half-written. */
describe('bad input → problem+json with stable codes', () => {
  let t: TestApp;
  let staff: SignedIn;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    staff = await signIn(t, 'staff');
  });
  afterAll(async () => t.close());

  const post = (payload: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/subjects', payload, headers: { ...staff.headers, 'content-type': 'application/json', ...headers } });

  const expectProblem = (res: { statusCode: number; headers: Record<string, unknown>; json(): any }, status: number, code: string) => {
    expect(res.statusCode).toBe(status);
    expect(String(res.headers['content-type'])).toContain('application/problem+json');
    const body = res.json();
    expect(body).toMatchObject({ status, code, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
    return body;
  };

  it('malformed JSON', async () => {
    expectProblem(await post('{"type": "enterprise",'), 400, 'MALFORMED_JSON');
  });

  it('oversized body', async () => {
    expectProblem(await post(JSON.stringify({ ...enterpriseInput(1), address: 'x'.repeat(2 * 1024 * 1024) })), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('unknown fields', async () => {
    const body = expectProblem(await post(JSON.stringify({ ...enterpriseInput(2), isAdmin: true })), 400, 'VALIDATION_FAILED');
    expect(body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'UNKNOWN_FIELD' })]));
  });

  it('wrong types', async () => {
    const body = expectProblem(await post(JSON.stringify({ ...enterpriseInput(3), name: 42, formerNames: 'x' })), 400, 'VALIDATION_FAILED');
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['body.name', 'body.formerNames']));
    expect(body.errors.every((e: { code: string }) => e.code === 'INVALID_TYPE')).toBe(true);
  });

  it('invalid codes, on write and on read, name the failed check', async () => {
    const bad = `${makeUscc(4).slice(0, 17)}${makeUscc(4).endsWith('1') ? '2' : '1'}`;
    const body = expectProblem(await post(JSON.stringify(enterpriseInput(4, { code: bad }))), 400, 'INVALID_IDENTIFIER');
    expect(body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'USCC_CHECK_CHAR' })]);
    const read = expectProblem(await t.app.inject({ url: `/api/v1/subjects/${bad}` }), 400, 'INVALID_IDENTIFIER');
    expect(read.errors[0].code).toBe('USCC_CHECK_CHAR');
    expectProblem(await t.app.inject({ url: `/api/v1/subjects/${makeUscc(5)}` }), 404, 'SUBJECT_NOT_FOUND');
    expect(await t.ctx.database.db.selectFrom('subjects').select('id').execute()).toEqual([]);
  });

  it('a too-short or oversized search query, and an oversized page', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/subjects?q=鹏' }), 400, 'SEARCH_QUERY_TOO_SHORT');
    expectProblem(await t.app.inject({ url: `/api/v1/subjects?q=${'鹏'.repeat(101)}` }), 400, 'VALIDATION_FAILED');
    expectProblem(await t.app.inject({ url: '/api/v1/subjects?q=鹏程&pageSize=500' }), 400, 'VALIDATION_FAILED');
  });

  it('stores names with SQL or HTML metacharacters exactly as given', async () => {
    const names = [`深圳市'; DROP TABLE subjects;--有限公司`, '深圳市<script>alert("x")</script>&有限公司', '深圳市%_\\通配符有限公司'];
    for (const [i, name] of names.entries()) {
      const res = await post(JSON.stringify(enterpriseInput(10 + i, { name })));
      expect(res.statusCode).toBe(201);
      expect(res.json().name).toBe(name);
      const found = await t.app.inject({ url: `/api/v1/subjects?q=${encodeURIComponent(name.slice(3, 9))}` });
      expect(found.json().items.map((s: { name: string }) => s.name)).toContain(name);
    }
    const wildcard = await t.app.inject({ url: `/api/v1/subjects?q=${encodeURIComponent('%_\\通配')}` });
    expect(wildcard.json().items.map((s: { name: string }) => s.name)).toEqual(['深圳市%_\\通配符有限公司']);
  });

  it('unknown routes and methods', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/nothing-here' }), 404, 'ROUTE_NOT_FOUND');
  });

  it('anonymous writes are refused before anything is stored', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/subjects', payload: enterpriseInput(30) });
    expectProblem(res, 401, 'UNAUTHENTICATED');
  });
});
