import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { anonymousActor, systemActor } from '../../kernel/actor.js';
import type { HttpApp } from '../../kernel/http.js';
import { sendProblem, toProblem } from '../../app/problem.js';
import { parseForm, registerAuth } from './auth-hook.js';
import { accountsFixture, seedDepartment, seedUser, TEST_PASSWORD } from './testing.js';

it('parses url-encoded forms, repeated fields as arrays, without prototype keys', () => {
  expect(parseForm('a=1&b=%E5%8D%97%E5%B1%B1&a=2&__proto__=x&c=')).toEqual({ a: ['1', '2'], b: '南山', c: '' });
});

/** The hook on a bare Fastify app with one probe route that echoes the actor. */
describeEachDialect('auth hook', (get) => {
  let f: ReturnType<typeof accountsFixture>;
  let app: HttpApp;
  beforeAll(async () => {
    f = accountsFixture(get());
    app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    app.decorateRequest('actor', null as never);
    app.addHook('onRequest', async (request) => {
      request.actor = anonymousActor(request.ip, request.id);
    });
    registerAuth(app, { accounts: f.accounts, secure: true });
    app.setErrorHandler((err, request, reply) => sendProblem(reply, toProblem(err, request)));
    await app.register(cookie);
    const echo = async (request: { actor: unknown; body?: unknown }) => ({ actor: request.actor, body: request.body ?? null });
    app.get('/probe', echo);
    app.post('/probe', { schema: { body: z.strictObject({ name: z.string() }).nullish() } }, echo);
    app.post('/api/v1/other', echo);
    await app.ready();
  });
  afterAll(async () => app.close());

  const signIn = async () => {
    const staff = await seedUser(f.accounts, 'staff');
    const s = await f.accounts.login({ username: staff.username, password: TEST_PASSWORD }, { ip: null, requestId: null });
    return { staff, ...s, cookie: `xinyong_session=${s.token}` };
  };

  it('leaves requests without credentials anonymous', async () => {
    const res = await app.inject({ method: 'GET', url: '/probe' });
    expect(res.json().actor).toMatchObject({ kind: 'anonymous', role: 'public' });
  });

  it('takes the actor from the session cookie', async () => {
    const s = await signIn();
    const res = await app.inject({ method: 'GET', url: '/probe', headers: { cookie: s.cookie } });
    expect(res.json().actor).toMatchObject({ kind: 'user', id: s.staff.id, role: 'staff', departmentId: s.staff.departmentId });
  });

  it('clears an unknown or expired cookie and stays anonymous', async () => {
    const res = await app.inject({ method: 'GET', url: '/probe', headers: { cookie: 'xinyong_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().actor.kind).toBe('anonymous');
    expect(String(res.headers['set-cookie'])).toMatch(/^xinyong_session=; .*Expires=Thu, 01 Jan 1970/);
  });

  it('sends the cookie again when use extends the session', async () => {
    const s = await signIn();
    f.clock.advance(10 * 60_000);
    const res = await app.inject({ method: 'GET', url: '/probe', headers: { cookie: s.cookie } });
    const set = String(res.headers['set-cookie']);
    expect(set).toContain(`xinyong_session=${s.token}`);
    expect(set).toMatch(/HttpOnly/);
    expect(set).toMatch(/Secure/);
    expect(set).toContain(new Date(f.clock.now().getTime() + 30 * 60_000).toUTCString());
  });

  it('requires the CSRF token on cookie-authenticated writes: header or form field', async () => {
    const s = await signIn();
    const post = (headers: Record<string, string>, payload?: string) =>
      app.inject({ method: 'POST', url: '/probe', headers: { cookie: s.cookie, ...headers }, ...(payload === undefined ? {} : { payload }) });
    const missing = await post({});
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
    expect((await post({ 'x-csrf-token': 'wrong' })).json()).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
    expect((await post({ 'x-csrf-token': s.csrfToken })).statusCode).toBe(200);
    const form = await post({ 'content-type': 'application/x-www-form-urlencoded' }, `name=%E5%8D%97%E5%B1%B1&_csrf=${s.csrfToken}`);
    expect(form.statusCode).toBe(200);
    expect(form.json().body).toEqual({ name: '南山' });
    const badForm = await post({ 'content-type': 'application/x-www-form-urlencoded' }, 'name=x&_csrf=nope');
    expect(badForm.json()).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
  });

  it('does not ask anonymous or bearer requests for a CSRF token', async () => {
    expect((await app.inject({ method: 'POST', url: '/probe' })).statusCode).toBe(200);
    const department = await seedDepartment(f.accounts);
    const { key } = await f.accounts.createApiKey(systemActor, { name: 'k', departmentId: department.id, purpose: 'provider' });
    const s = await signIn();
    const res = await app.inject({ method: 'POST', url: '/probe', headers: { authorization: `Bearer ${key}`, cookie: s.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json().actor).toMatchObject({ kind: 'api_key', role: 'provider', departmentId: department.id, apiKeyPurpose: 'provider' });
  });

  it.each([
    ['Basic dXNlcjpwYXNz', 'INVALID_AUTHORIZATION'],
    ['Bearer', 'INVALID_AUTHORIZATION'],
    ['Bearer a b', 'INVALID_AUTHORIZATION'],
    ['Bearer xy_abcdefgh_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'INVALID_API_KEY'],
  ])('refuses Authorization %j with %s', async (authorization, code) => {
    const res = await app.inject({ method: 'GET', url: '/probe', headers: { authorization } });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code });
  });

  it('keeps a user who must change the password away from the rest of the API', async () => {
    const admin = await seedUser(f.accounts, 'admin');
    await get().db.updateTable('users').set({ mustChangePassword: 1 }).where('id', '=', admin.id).execute();
    const s = await f.accounts.login({ username: admin.username, password: TEST_PASSWORD }, { ip: null, requestId: null });
    const res = await app.inject({ method: 'POST', url: '/api/v1/other', headers: { cookie: `xinyong_session=${s.token}`, 'x-csrf-token': s.csrfToken } });
    expect(res.json()).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED', status: 403 });
  });
});
