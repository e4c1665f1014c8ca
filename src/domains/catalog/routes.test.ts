import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { signIn, type SignedIn } from '../../../test/support/sessions.js';
import { DEFAULT_TYPE_INPUTS } from './defaults/index.js';
import { adminLicense } from './defaults/admin-license.js';

const FULL_ID = /[1-8]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]/;

describe('catalogue routes', () => {
  let t: TestApp;
  let admin: SignedIn;
  let staff: SignedIn;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    admin = await signIn(t, 'admin');
    staff = await signIn(t, 'staff');
  });
  afterAll(async () => t.close());

  it('GET /api/v1/catalog lists every type publicly, with fields but no import plumbing', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/catalog' });
    expect(res.statusCode).toBe(200);
    const { items } = res.json();
    expect(items).toHaveLength(DEFAULT_TYPE_INPUTS.length);
    const penalty = items.find((i: { code: string }) => i.code === 'admin_penalty');
    expect(penalty).toMatchObject({ name: '行政处罚', polarity: 'negative', disclosure: 'public', version: 1, category: 'penalty' });
    expect(penalty.fields.find((f: { code: string }) => f.code === 'CF_XDR_ZJHM')).toMatchObject({ key: 'idNumber', disclosure: 'internal' });
    expect(penalty.fields[0]).not.toHaveProperty('aliases');
    expect(penalty).not.toHaveProperty('roles');
    expect(FULL_ID.test(res.body)).toBe(false);
  });

  it('GET /api/v1/catalog/{code} gives the full definition; unknown → 404 RECORD_TYPE_UNKNOWN', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/catalog/court_dishonest_debtor' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 1, definition: { code: 'court_dishonest_debtor', roles: { docNo: 'caseNo' } } });
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/catalog/no_such_type' });
    expect([missing.statusCode, missing.json().code]).toEqual([404, 'RECORD_TYPE_UNKNOWN']);
  });

  it('POST /api/v1/admin/catalog: anonymous 401, staff 403, admin 201, again 409', async () => {
    const body = { ...adminLicense, code: 'street_licence', name: '街道备案' };
    const anon = await t.app.inject({ method: 'POST', url: '/api/v1/admin/catalog', payload: body });
    expect(anon.statusCode).toBe(401);
    const byStaff = await t.app.inject({ method: 'POST', url: '/api/v1/admin/catalog', payload: body, headers: staff.headers });
    expect([byStaff.statusCode, byStaff.json().code]).toEqual([403, 'FORBIDDEN']);
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/admin/catalog', payload: body, headers: admin.headers });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ version: 1, definition: { code: 'street_licence', name: '街道备案' } });
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/admin/catalog', payload: body, headers: admin.headers });
    expect([again.statusCode, again.json().code]).toEqual([409, 'RECORD_TYPE_EXISTS']);
  });

  it('POST /api/v1/admin/catalog refuses a malformed definition with VALIDATION_FAILED', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/admin/catalog', payload: { ...adminLicense, code: 'Bad Code', fields: [] }, headers: admin.headers });
    expect([res.statusCode, res.json().code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('POST /api/v1/admin/catalog/{code}/versions publishes version 2; ?version=1 still reads the first', async () => {
    const body = { ...adminLicense, name: '行政许可（2026版）' };
    const mismatch = await t.app.inject({ method: 'POST', url: '/api/v1/admin/catalog/admin_penalty/versions', payload: body, headers: admin.headers });
    expect([mismatch.statusCode, mismatch.json().code]).toEqual([400, 'RECORD_TYPE_CODE_MISMATCH']);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/admin/catalog/admin_license/versions', payload: body, headers: admin.headers });
    expect([res.statusCode, res.json().version]).toEqual([201, 2]);
    const current = await t.app.inject({ method: 'GET', url: '/api/v1/catalog/admin_license' });
    expect(current.json()).toMatchObject({ version: 2, definition: { name: '行政许可（2026版）' } });
    const first = await t.app.inject({ method: 'GET', url: '/api/v1/catalog/admin_license?version=1' });
    expect(first.json()).toMatchObject({ version: 1, definition: { name: '行政许可' } });
    const none = await t.app.inject({ method: 'GET', url: '/api/v1/catalog/admin_license?version=7' });
    expect(none.statusCode).toBe(404);
  });
});
