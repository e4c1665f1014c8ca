import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { systemActor, type Role } from '../../src/kernel/actor.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { letteredUscc, NAMES, PERSON_ID, seedWebSubjects } from '../browser/support.js';

const ID_NUMBER = /\d{17}[\dX]/;
const HTML = { accept: 'text/html' };
let t: TestApp;
let codes: Awaited<ReturnType<typeof seedWebSubjects>>;
/** Every page body fetched, for the checks that hold on all of them. */
const seen: Array<{ url: string; res: LightMyRequestResponse }> = [];

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await t.app.inject({ url, headers: { ...HTML, ...headers } });
  if (res.headers['content-type']?.toString().startsWith('text/html')) seen.push({ url, res });
  return res;
}

function expectPage(res: LightMyRequestResponse, status: number) {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
  expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(res.body.startsWith('<!doctype html>')).toBe(true);
}

beforeAll(async () => {
  t = await createTestApp('sqlite');
  codes = await seedWebSubjects(t.ctx.services.subjects);
});
afterAll(async () => {
  await t?.close();
});

describe('portal pages', () => {
  it('home: the search box with its label, in Chinese by default', async () => {
    const res = await get('/');
    expectPage(res, 200);
    expect(res.body).toContain('<html lang="zh-CN">');
    expect(res.body).toContain('信用南山');
    expect(res.body).toMatch(/<label[^>]*for="q"/);
    expect(res.body).toMatch(/<form[^>]*action="\/search"/);
    expect(res.body).toContain('<main id="main"');
  });

  it('search: name, code, type, legal representative, status and former names', async () => {
    const res = await get(`/search?q=${encodeURIComponent('蔚蓝')}`);
    expectPage(res, 200);
    expect(res.body).toContain(NAMES.blue);
    expect(res.body).toContain(`href="/subjects/${codes.blue}"`);
    expect(res.body).toContain('李明');
    expect(res.body).toContain('存续');
    expect(res.body).toContain('法人及非法人组织');
    expect(res.body).toMatch(/曾用名<\/span> 深圳市蔚蓝网络有限公司/);
  });

  it('search: finds a subject by a fragment of its former name', async () => {
    const res = await get(`/search?q=${encodeURIComponent('网络')}`);
    expect(res.body).toContain(NAMES.blue);
  });

  it('search: a one-character query gets a clear message, not an error', async () => {
    const res = await get(`/search?q=${encodeURIComponent('蔚')}`);
    expectPage(res, 200);
    expect(res.body).toContain('请至少输入两个字');
  });

  it('search: no results, and no query at all', async () => {
    const none = await get(`/search?q=${encodeURIComponent('不存在的主体名称')}`);
    expectPage(none, 200);
    expect(none.body).toContain('没有找到与“不存在的主体名称”相关的主体');
    const empty = await get('/search');
    expectPage(empty, 200);
    expect(empty.body).toContain('请输入要查询的名称或代码');
  });

  it('search: pages with previous / next links driven by hasMore', async () => {
    const first = await get(`/search?q=${encodeURIComponent('贸易')}`);
    expect(first.body.match(/class="result"/g)).toHaveLength(20);
    expect(first.body).toMatch(/rel="next" href="\/search\?q=[^"]*&amp;page=2"/);
    expect(first.body).not.toContain('rel="prev"');
    const second = await get(`/search?q=${encodeURIComponent('贸易')}&page=2`);
    expect(second.body.match(/class="result"/g)).toHaveLength(5);
    expect(second.body).toContain('rel="prev"');
    expect(second.body).not.toContain('rel="next"');
  });

  it('search: the type filter narrows, and bad parameters fall back to defaults', async () => {
    expect((await get(`/search?q=${encodeURIComponent('蔚蓝')}&type=institution`)).body).not.toContain(NAMES.blue);
    const lenient = await get(`/search?q=${encodeURIComponent('蔚蓝')}&type=person&page=abc`);
    expectPage(lenient, 200);
    expect(lenient.body).toContain(NAMES.blue);
  });

  it('profile: every registry field with its Chinese label', async () => {
    const res = await get(`/subjects/${codes.blue}`);
    expectPage(res, 200);
    for (const label of ['统一社会信用代码', '名称', '曾用名', '主体类型', '法定代表人', '登记状态', '成立日期', '所属街道', '所属行业', '登记机关所在地区', '住所']) {
      expect(res.body).toContain(`<dt>${label}</dt>`);
    }
    for (const value of [codes.blue, NAMES.blue, NAMES.blueFormer, '李明', '2016-05-12', '粤海街道', '广东省深圳市南山区（440305）', '科苑路15号']) {
      expect(res.body).toContain(value);
    }
  });

  it('profile: a lower-case code redirects to the canonical address', async () => {
    const res = await get(`/subjects/${codes.blue.toLowerCase()}`);
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe(`/subjects/${codes.blue}`);
  });

  it('profile: an unknown valid code is a 404 page, a malformed one a 400 page with the reason', async () => {
    const unknown = await get(`/subjects/${letteredUscc(9999)}`);
    expectPage(unknown, 404);
    expect(unknown.body).toContain('页面不存在');
    expect(unknown.body).toContain(letteredUscc(9999));
    const broken = codes.blue.slice(0, 17) + (codes.blue.endsWith('0') ? '1' : '0');
    const malformed = await get(`/subjects/${broken}`);
    expectPage(malformed, 400);
    expect(malformed.body).toContain('不是有效的统一社会信用代码');
    expect(malformed.body).toContain('校验码错误');
    expectPage(await get(`/subjects/${'A'.repeat(60)}`), 400);
  });

  it('other paths: a 404 page for browsers, problem+json for the API', async () => {
    expectPage(await get('/no-such-page'), 404);
    const api = await t.app.inject({ url: '/api/v1/no-such-thing', headers: HTML });
    expect(api.headers['content-type']).toContain('application/problem+json');
  });
});

describe('escaping', () => {
  it('renders markup and SQL in names as text, on search and profile', async () => {
    const search = await get(`/search?q=${encodeURIComponent('有限公司')}`);
    const markup = await get(`/subjects/${codes.markup}`);
    const sql = await get(`/subjects/${codes.sql}`);
    const script = await get(`/subjects/${codes.script}`);
    for (const res of [search, markup]) {
      expect(res.body).toContain('测试&lt;b&gt;&amp;&quot;&#39;标记有限公司');
      expect(res.body).not.toContain('<b>&');
    }
    expect(markup.body).toContain('王&lt;i&gt;五&lt;/i&gt;');
    expect(sql.body).toContain('&#39;; DROP TABLE subjects;-- 南山科技有限公司');
    expect(script.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;有限公司');
    expect(script.body).not.toContain('<script>alert');
    // The registry is still there after a name like that was searched and shown.
    expect((await get(`/search?q=${encodeURIComponent('蔚蓝')}`)).body).toContain(NAMES.blue);
  });

  it('echoes a hostile query as text', async () => {
    const res = await get(`/search?q=${encodeURIComponent('"><script>alert(1)</script>')}`);
    expectPage(res, 200);
    expect(res.body).not.toContain('<script>alert');
    expect(res.body).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});

describe('language', () => {
  it('?lang=en switches the labels and remembers the choice in a cookie', async () => {
    const res = await get(`/subjects/${codes.blue}?lang=en`);
    expectPage(res, 200);
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('<dt>Unified social credit code</dt>');
    expect(res.body).toContain('Nanshan District, Shenzhen, Guangdong (440305)');
    const cookie = res.cookies.find((c) => c.name === 'lang');
    expect(cookie?.value).toBe('en');
    expect(cookie?.httpOnly).toBe(true);
    const later = await get('/', { cookie: 'lang=en' });
    expect(later.body).toContain('<html lang="en">');
    expect(later.body).toContain('Credit search');
    const back = await get('/?lang=zh-CN', { cookie: 'lang=en' });
    expect(back.body).toContain('<html lang="zh-CN">');
    expect(back.cookies.find((c) => c.name === 'lang')?.value).toBe('zh-CN');
  });

  it('the switch link keeps the page and its query', async () => {
    const res = await get(`/search?q=${encodeURIComponent('蔚蓝')}`);
    expect(res.body).toContain(`href="/search?q=${encodeURIComponent('蔚蓝')}&amp;lang=en"`);
  });
});

describe('personal data', () => {
  it('a search by ID number is refused with an explanation and the number masked', async () => {
    const res = await get(`/search?q=${PERSON_ID}`);
    expectPage(res, 200);
    expect(res.body).toContain('不提供按身份证号码的公开查询');
    expect(res.body).toContain(`${PERSON_ID.slice(0, 4)}**********${PERSON_ID.slice(-4)}`);
  });

  it('persons are not found by name in the public search', async () => {
    expect((await get(`/search?q=${encodeURIComponent('陈小明')}`)).body).not.toContain('陈小明</a>');
  });
});

const PASSWORD = 'Lantern-Harbour-2026';
let userCount = 0;

async function createUser(role: Exclude<Role, 'public'>, opts: { mustChangePassword?: boolean } = {}) {
  userCount += 1;
  const accounts = t.ctx.services.accounts;
  const department = await accounts.createDepartment(systemActor, { code: letteredUscc(5000 + userCount), name: `南山区测试局${userCount}`, kind: 'government' });
  const username = `web${role}${userCount}`;
  await accounts.createUser(systemActor, { username, displayName: `测试员${userCount}`, password: PASSWORD, role, departmentId: department.id, ...opts });
  return username;
}

const form = (fields: Record<string, string>) => ({
  payload: new URLSearchParams(fields).toString(),
  headers: { ...HTML, 'content-type': 'application/x-www-form-urlencoded' },
});

/** Signs in through the form; returns the cookie header to send and the page's CSRF token. */
async function signInByForm(username: string) {
  const res = await t.app.inject({ method: 'POST', url: '/login', ...form({ username, password: PASSWORD, next: '/console' }) });
  expect(res.statusCode).toBe(303);
  const session = res.cookies.find((c) => c.name === 'xinyong_session');
  expect(session?.httpOnly).toBe(true);
  return { location: res.headers.location, cookie: `xinyong_session=${session?.value}` };
}

const csrfOf = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? '';

describe('sign-in and console', () => {
  it('the login form labels its fields and never fills in a password', async () => {
    const res = await get('/login');
    expectPage(res, 200);
    expect(res.body).toMatch(/<label for="username">用户名<\/label>/);
    expect(res.body).toMatch(/<input id="password" name="password" type="password" autocomplete="current-password" required/);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('a wrong password re-renders the form with 401 and the message, without the password', async () => {
    const username = await createUser('staff');
    const res = await t.app.inject({ method: 'POST', url: '/login', ...form({ username, password: 'wrong-guess-123', next: '/console' }) });
    expectPage(res, 401);
    expect(res.body).toContain('用户名或密码不正确');
    expect(res.body).toContain(`value="${username}"`);
    expect(res.body).not.toContain('wrong-guess-123');
    expect(res.cookies.find((c) => c.name === 'xinyong_session')).toBeUndefined();
  });

  it('refuses a sign-in posted from another site, and never redirects off-site', async () => {
    const username = await createUser('staff');
    const crossSite = form({ username, password: PASSWORD });
    const refused = await t.app.inject({ method: 'POST', url: '/login', ...crossSite, headers: { ...crossSite.headers, 'sec-fetch-site': 'cross-site' } });
    expectPage(refused, 403);
    const offSite = await t.app.inject({ method: 'POST', url: '/login', ...form({ username, password: PASSWORD, next: '//evil.example/' }) });
    expect(offSite.headers.location).toBe('/console');
  });

  it('the console sends anonymous visitors to the sign-in form', async () => {
    const res = await get('/console');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/login?next=/console');
  });

  it('staff sign in, see their console, and sign out with the CSRF token', async () => {
    const username = await createUser('staff');
    const { location, cookie } = await signInByForm(username);
    expect(location).toBe('/console');
    const console = await get('/console', { cookie });
    expectPage(console, 200);
    expect(console.headers['cache-control']).toBe('private, no-store');
    expect(console.body).toMatch(/测试员\d+，您好/);
    expect(console.body).toContain('角色：信用工作人员');
    expect(console.body).toContain('href="/console/subjects"');
    expect(console.body).not.toContain('href="/console/users"');
    const registry = await get(`/console/subjects?q=${encodeURIComponent('蔚蓝')}`, { cookie });
    expect(registry.body).toContain(NAMES.blue);
    const id = /href="\/console\/subjects\/([0-9a-f-]{36})"/.exec(registry.body)?.[1];
    const record = await get(`/console/subjects/${id}`, { cookie });
    expectPage(record, 200);
    expect(record.body).toContain('最近更新');
    const refused = await t.app.inject({ method: 'POST', url: '/logout', ...form({}), headers: { ...form({}).headers, cookie } });
    expectPage(refused, 403);
    const out = await t.app.inject({ method: 'POST', url: '/logout', ...form({ _csrf: csrfOf(console.body) }), headers: { ...form({}).headers, cookie } });
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toBe('/');
    expect((await get('/console', { cookie })).statusCode).toBe(303);
  });

  it('administrators see users, departments and API keys; auditors the audit log with its chain check', async () => {
    const admin = await signInByForm(await createUser('admin'));
    const users = await get('/console/users', { cookie: admin.cookie });
    expectPage(users, 200);
    expect(users.body).toContain('系统管理员');
    expect(users.body).toContain('南山区测试局');
    expectPage(await get('/console/api-keys', { cookie: admin.cookie }), 200);
    const auditor = await signInByForm(await createUser('auditor'));
    const audit = await get('/console/audit', { cookie: auditor.cookie });
    expectPage(audit, 200);
    expect(audit.body).not.toContain('日志链完整');
    expect(audit.body).toContain('/console/audit?verify=1');
    expect(audit.body).toContain('auth.login');
    const verified = await get('/console/audit?verify=1', { cookie: auditor.cookie });
    expect(verified.body).toContain('日志链完整');
    expectPage(await get('/console/users', { cookie: auditor.cookie }), 403);
  });

  it('a provider may not open the registry view', async () => {
    const provider = await signInByForm(await createUser('provider'));
    const res = await get('/console/subjects/00000000-0000-4000-8000-000000000000', { cookie: provider.cookie });
    expectPage(res, 403);
  });

  it('an initial password must be changed first', async () => {
    const username = await createUser('staff', { mustChangePassword: true });
    const { cookie } = await signInByForm(username);
    const res = await get('/console', { cookie });
    expect(res.headers.location).toBe('/console/password');
    const page = await get('/console/password', { cookie });
    expect(page.body).toContain('请先修改密码');
    const headers = { ...form({}).headers, cookie };
    const mismatch = await t.app.inject({ method: 'POST', url: '/console/password', ...form({ _csrf: csrfOf(page.body), currentPassword: PASSWORD, newPassword: 'Quiet-River-Stone-88', confirmPassword: 'x' }), headers });
    expectPage(mismatch, 400);
    const done = await t.app.inject({ method: 'POST', url: '/console/password', ...form({ _csrf: csrfOf(page.body), currentPassword: PASSWORD, newPassword: 'Quiet-River-Stone-88', confirmPassword: 'Quiet-River-Stone-88' }), headers });
    expect(done.headers.location).toBe('/console/password?done=1');
    expectPage(await get('/console', { cookie }), 200);
  });
});

describe('every page', () => {
  it('carries the security headers, with a CSP that allows no inline script or style', () => {
    expect(seen.length).toBeGreaterThan(20);
    for (const { url, res } of seen) {
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).not.toContain('unsafe-inline');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.body, url).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(res.body, url).not.toMatch(/\sstyle=/);
      expect(res.body, url).not.toMatch(/\son[a-z]+=/);
    }
  });

  it('never shows a full ID number', () => {
    for (const { url, res } of seen) expect(res.body, url).not.toMatch(ID_NUMBER);
  });

  it('stays out of openapi.json', async () => {
    const doc = (await t.app.inject({ url: '/openapi.json' })).json() as { paths: Record<string, unknown> };
    for (const path of ['/', '/search', '/subjects/{code}', '/login', '/logout', '/console', '/assets/{name}']) {
      expect(Object.keys(doc.paths)).not.toContain(path);
    }
  });
});

describe('assets', () => {
  it('serves the stylesheet and script with a content hash, a long cache and an ETag', async () => {
    const home = (await get('/')).body;
    for (const href of [/href="(\/assets\/app\.css\?v=\w+)"/.exec(home)?.[1], /src="(\/assets\/app\.js\?v=\w+)"/.exec(home)?.[1]]) {
      expect(href).toBeDefined();
      const res = await t.app.inject({ url: href! });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toContain('immutable');
      expect(res.headers['cache-control']).toContain('max-age=31536000');
      const again = await t.app.inject({ url: href!, headers: { 'if-none-match': String(res.headers.etag) } });
      expect(again.statusCode).toBe(304);
    }
    expect((await t.app.inject({ url: '/assets/app.css' })).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await t.app.inject({ url: '/assets/secrets.json' })).statusCode).toBe(404);
  });
});
