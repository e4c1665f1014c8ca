import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { fixedClock } from '../../kernel/clock.js';
import { ensureBootstrapAdmin } from './bootstrap-admin.js';
import { testUscc } from './testing.js';

const ADMIN_PASSWORD = 'Admin-Password-For-Tests-1';
const STAFF_PASSWORD = 'Staff-Password-For-Tests-2';

interface Session {
  cookie: string;
  csrf: string;
  /** For writes: the cookie and the CSRF header. */
  headers: Record<string, string>;
}

for (const dialect of dialectsUnderTest()) {
  describe(`accounts HTTP API [${dialect}]`, () => {
    const clock = fixedClock('2026-06-15T02:00:00.000Z');
    let t: TestApp;
    let admin: Session;
    let ipCounter = 0;
    /** Every response body seen, checked at the end for anything secret. */
    const bodies: string[] = [];
    const secrets: string[] = [ADMIN_PASSWORD, STAFF_PASSWORD];
    /** Plain API keys: each may appear in exactly one response, the one that issued it. */
    const issuedKeys: string[] = [];

    const inject = async (opts: InjectOptions) => {
      const res = await t.app.inject(opts);
      bodies.push(res.body);
      return res;
    };
    const nextIp = () => `10.9.0.${(ipCounter += 1)}`;

    async function signIn(username: string, password: string): Promise<Session> {
      const res = await inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress: nextIp() });
      expect(res.statusCode, res.body).toBe(200);
      const token = /xinyong_session=([^;]+)/.exec(String(res.headers['set-cookie']))![1]!;
      secrets.push(token);
      const csrf = res.json().csrfToken as string;
      return { cookie: `xinyong_session=${token}`, csrf, headers: { cookie: `xinyong_session=${token}`, 'x-csrf-token': csrf } };
    }

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      const { ctx } = t;
      await ensureBootstrapAdmin(
        { db: ctx.database.db, clock, audit: ctx.services.audit, hasher: ctx.services.passwordHasher },
        { password: ADMIN_PASSWORD },
      );
      admin = await signIn('admin', ADMIN_PASSWORD);
    });
    afterAll(async () => t.close());

    it('signs in with an HttpOnly, SameSite=Lax session cookie and returns user and CSRF token', async () => {
      const res = await inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: ADMIN_PASSWORD }, remoteAddress: nextIp() });
      expect(res.statusCode).toBe(200);
      const cookie = String(res.headers['set-cookie']);
      expect(cookie).toMatch(/^xinyong_session=[A-Za-z0-9_-]{43}; /);
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Lax/);
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).not.toMatch(/Secure/); // NODE_ENV=test: plain http
      const body = res.json();
      expect(body).toEqual({ user: expect.objectContaining({ username: 'admin', role: 'admin' }), csrfToken: expect.any(String), expiresAt: '2026-06-15T02:30:00.000Z' });
      expect(res.body).not.toContain(/xinyong_session=([^;]+)/.exec(cookie)![1]);
    });

    it('refuses a wrong password with 401 INVALID_CREDENTIALS and an unknown field with 400', async () => {
      const wrong = await inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: 'not-the-password' }, remoteAddress: nextIp() });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.headers['content-type']).toContain('application/problem+json');
      expect(wrong.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', status: 401 });
      expect(wrong.headers['set-cookie']).toBeUndefined();
      const extra = await inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: 'x', remember: true }, remoteAddress: nextIp() });
      expect(extra.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ code: 'UNKNOWN_FIELD' })] });
    });

    it('rate-limits sign-in to 10 a minute per address', async () => {
      const ip = nextIp();
      const codes: number[] = [];
      for (let i = 0; i < 11; i += 1) {
        codes.push((await inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: `nobody${i}`, password: 'x' }, remoteAddress: ip })).statusCode);
      }
      expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
      expect(codes[10]).toBe(429);
      expect(JSON.parse(bodies.at(-1)!)).toMatchObject({ code: 'RATE_LIMITED' });
    });

    let staff: { id: string; username: string; departmentId: string };
    it('lets the administrator create departments and users; the others get 403', async () => {
      const dept = await inject({ method: 'POST', url: '/api/v1/admin/departments', headers: admin.headers, payload: { code: testUscc(31), name: '南山区住房和建设局', kind: 'government' } });
      expect(dept.statusCode, dept.body).toBe(201);
      const created = await inject({
        method: 'POST', url: '/api/v1/admin/users', headers: admin.headers,
        payload: { username: 'zhang.san', displayName: '张三', password: STAFF_PASSWORD, role: 'staff', departmentId: dept.json().id },
      });
      expect(created.statusCode, created.body).toBe(201);
      staff = created.json();
      expect(staff).toMatchObject({ username: 'zhang.san', role: 'staff', departmentId: dept.json().id });
      const s = await signIn('zhang.san', STAFF_PASSWORD);
      const denied = await inject({
        method: 'POST', url: '/api/v1/admin/users', headers: s.headers,
        payload: { username: 'li.si', displayName: '李四', password: STAFF_PASSWORD, role: 'admin' },
      });
      expect(denied.statusCode).toBe(403);
      expect(denied.json()).toMatchObject({ code: 'FORBIDDEN' });
      expect((await inject({ method: 'GET', url: '/api/v1/admin/users' })).json()).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
      const list = await inject({ method: 'GET', url: '/api/v1/admin/users?pageSize=50', headers: { cookie: admin.cookie } });
      expect(list.json().items.map((u: { username: string }) => u.username)).toEqual(['admin', 'zhang.san']);
      const patched = await inject({ method: 'PATCH', url: `/api/v1/admin/users/${staff.id}`, headers: admin.headers, payload: { role: 'reviewer' } });
      expect(patched.json()).toMatchObject({ role: 'reviewer' });
      const invalid = await inject({ method: 'POST', url: '/api/v1/admin/departments', headers: admin.headers, payload: { code: '91440300MA5XXXXXX0', name: 'x', kind: 'court' } });
      expect(invalid.json()).toMatchObject({ status: 400, code: 'INVALID_IDENTIFIER', errors: expect.arrayContaining([expect.objectContaining({ field: 'code', code: 'USCC_CHECK_CHAR' })]) });
    });

    it('requires the CSRF header on cookie writes, accepts it, and accepts a form _csrf field', async () => {
      const payload = { code: testUscc(32), name: '南山区教育局', kind: 'government' };
      const missing = await inject({ method: 'POST', url: '/api/v1/admin/departments', headers: { cookie: admin.cookie }, payload });
      expect(missing.statusCode).toBe(403);
      expect(missing.json()).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
      const form = new URLSearchParams({ ...payload, _csrf: admin.csrf }).toString();
      const viaForm = await inject({
        method: 'POST', url: '/api/v1/admin/departments', payload: form,
        headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(viaForm.statusCode, viaForm.body).toBe(201);
    });

    it('issues, uses and revokes API keys; provider keys act for their department', async () => {
      const depts = (await inject({ method: 'GET', url: '/api/v1/admin/departments', headers: { cookie: admin.cookie } })).json();
      const department = depts.items.find((d: { name: string }) => d.name === '南山区住房和建设局');
      const issued = await inject({ method: 'POST', url: '/api/v1/admin/api-keys', headers: admin.headers, payload: { name: '住建局报送', departmentId: department.id, purpose: 'provider' } });
      expect(issued.statusCode, issued.body).toBe(201);
      const { key, apiKey } = issued.json();
      issuedKeys.push(key);
      expect(apiKey).not.toHaveProperty('keyHash');
      const actor = await t.ctx.services.accounts.resolveApiKey(key);
      expect(actor).toMatchObject({ role: 'provider', departmentId: department.id });
      // Bearer requests need no CSRF token, and cannot use admin routes.
      const asKey = await inject({ method: 'POST', url: '/api/v1/admin/api-keys', headers: { authorization: `Bearer ${key}` }, payload: { name: 'x', departmentId: department.id, purpose: 'provider' } });
      expect(asKey.json()).toMatchObject({ code: 'FORBIDDEN' });
      expect((await inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(200);
      const listed = await inject({ method: 'GET', url: '/api/v1/admin/api-keys', headers: { cookie: admin.cookie } });
      expect(listed.json().items).toEqual([expect.objectContaining({ id: apiKey.id, revokedAt: null })]);
      const revoked = await inject({ method: 'POST', url: `/api/v1/admin/api-keys/${apiKey.id}/revoke`, headers: admin.headers });
      expect(revoked.json().revokedAt).toBe(clock.now().toISOString());
      const after = await inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${key}` } });
      expect(after.statusCode).toBe(401);
      expect(after.json()).toMatchObject({ code: 'API_KEY_REVOKED' });
      expect((await inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: 'Token abc' } })).json()).toMatchObject({ code: 'INVALID_AUTHORIZATION' });
      expect((await inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: 'Bearer xy_nope' } })).json()).toMatchObject({ code: 'INVALID_API_KEY' });
    });

    it('locks an account after 5 failed sign-ins', async () => {
      for (let i = 0; i < 5; i += 1) {
        const res = await inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'zhang.san', password: `wrong-${i}` }, remoteAddress: nextIp() });
        expect(res.json().code).toBe('INVALID_CREDENTIALS');
      }
      const locked = await inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'zhang.san', password: STAFF_PASSWORD }, remoteAddress: nextIp() });
      expect(locked.statusCode).toBe(401);
      expect(locked.json()).toMatchObject({ code: 'ACCOUNT_LOCKED', lockedUntil: '2026-06-15T02:15:00.000Z' });
      clock.advance(15 * 60_000 + 1);
      await signIn('zhang.san', STAFF_PASSWORD);
    });

    it('ends the session after 30 idle minutes and clears the cookie', async () => {
      const s = await signIn('zhang.san', STAFF_PASSWORD);
      const me = await inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: s.cookie } });
      expect(me.json()).toMatchObject({ user: { username: 'zhang.san' }, csrfToken: s.csrf });
      clock.advance(30 * 60_000);
      const expired = await inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: s.cookie } });
      expect(expired.statusCode).toBe(401);
      expect(expired.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(String(expired.headers['set-cookie'])).toMatch(/^xinyong_session=;/);
      admin = await signIn('admin', ADMIN_PASSWORD);
    });

    it('signs out (CSRF-checked) and changes the password', async () => {
      const s = await signIn('zhang.san', STAFF_PASSWORD);
      const changed = await inject({
        method: 'POST', url: '/api/v1/auth/password', headers: s.headers,
        payload: { currentPassword: STAFF_PASSWORD, newPassword: 'Staff-New-Password-3' },
      });
      expect(changed.statusCode, changed.body).toBe(200);
      secrets.push('Staff-New-Password-3');
      expect((await inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: s.cookie } })).json()).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
      const out = await inject({ method: 'POST', url: '/api/v1/auth/logout', headers: s.headers });
      expect(out.json()).toEqual({ status: 'logged_out' });
      expect(String(out.headers['set-cookie'])).toMatch(/^xinyong_session=;/);
      expect((await inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: s.cookie } })).statusCode).toBe(401);
    });

    it('shows auditors the trail, with an entry for each write, and an intact chain', async () => {
      await inject({
        method: 'POST', url: '/api/v1/admin/users', headers: admin.headers,
        payload: { username: 'wang.wu', displayName: '王五', password: 'Auditor-Password-For-Tests-4', role: 'auditor' },
      });
      secrets.push('Auditor-Password-For-Tests-4');
      const auditor = await signIn('wang.wu', 'Auditor-Password-For-Tests-4');
      const trail = await inject({ method: 'GET', url: '/api/v1/audit?pageSize=50', headers: { cookie: auditor.cookie } });
      expect(trail.statusCode, trail.body).toBe(200);
      const actions = new Set(trail.json().items.map((e: { action: string }) => e.action));
      for (const action of ['department.create', 'user.create', 'user.update', 'api_key.create', 'api_key.revoke', 'auth.login', 'auth.login_failed', 'auth.logout', 'user.password_change']) {
        expect(actions, action).toContain(action);
      }
      const byActor = await inject({ method: 'GET', url: `/api/v1/audit?actorId=${staff.id}&action=auth.login`, headers: { cookie: auditor.cookie } });
      expect(byActor.json().items.every((e: { actorId: string; action: string }) => e.actorId === staff.id && e.action === 'auth.login')).toBe(true);
      const verify = await inject({ method: 'GET', url: '/api/v1/audit/verify', headers: { cookie: auditor.cookie } });
      expect(verify.json()).toEqual({ ok: true, checked: expect.any(Number) });
      const asStaff = await signIn('zhang.san', 'Staff-New-Password-3');
      expect((await inject({ method: 'GET', url: '/api/v1/audit', headers: { cookie: asStaff.cookie } })).json()).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('never sends a password, password hash, session token or API key hash', async () => {
      const all = bodies.join('\n');
      expect(all).not.toMatch(/\$argon2/);
      expect(all).not.toMatch(/passwordHash|keyHash|idHash|password_hash|key_hash/);
      for (const secret of secrets) expect(all.includes(secret), 'a secret was sent').toBe(false);
      for (const key of issuedKeys) expect(bodies.filter((b) => b.includes(key))).toHaveLength(1);
      const hashes = await t.ctx.database.db.selectFrom('apiKeys').select('keyHash').execute();
      for (const { keyHash } of hashes) expect(all).not.toContain(keyHash);
    });
  });
}
