import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { systemActor, type Role } from '../../src/kernel/actor.js';
import { fixedClock } from '../../src/kernel/clock.js';
import { PENALTY_COLUMNS, PENALTY_LABELS } from '../../src/domains/imports/testing.js';
import { insertBatch } from '../../src/domains/stats/provider-quality-testing.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { letteredUscc } from '../browser/support.js';

const HTML = { accept: 'text/html' };
const PASSWORD = 'Lantern-Harbour-2026';
const ID_NUMBER = /\d{17}[\dX]/;
const HOSTILE_FILE = '<img src=x onerror=alert(1)>处罚.csv';
let t: TestApp;
/** Every page body fetched, for the checks that hold on all of them. */
const seen: Array<{ url: string; res: LightMyRequestResponse }> = [];
let userCount = 0;

interface Session {
  cookie: string;
  csrf: string;
  departmentId: string | null;
}

async function get(url: string, session?: Session) {
  const res = await t.app.inject({ url, headers: { ...HTML, ...(session ? { cookie: session.cookie } : {}) } });
  if (res.headers['content-type']?.toString().startsWith('text/html')) seen.push({ url, res });
  return res;
}

function expectPage(res: LightMyRequestResponse, status: number) {
  expect(res.statusCode, res.body.slice(0, 400)).toBe(status);
  expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
}

const csrfOf = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? '';

/** A user of the role (in its own new department unless one is given), signed in through the /login form. */
async function signInAs(role: Exclude<Role, 'public' | 'subject'>, department?: { id: string }): Promise<Session> {
  userCount += 1;
  const accounts = t.ctx.services.accounts;
  const dept = department ?? (role === 'admin' || role === 'auditor' ? null
    : await accounts.createDepartment(systemActor, { code: letteredUscc(7000 + userCount), name: `南山区测试局${userCount}`, kind: 'government' }));
  const username = `ingest${role}${userCount}`;
  await accounts.createUser(systemActor, { username, displayName: `测试员${userCount}`, password: PASSWORD, role, ...(dept ? { departmentId: dept.id } : {}) });
  const res = await t.app.inject({
    method: 'POST', url: '/login', payload: new URLSearchParams({ username, password: PASSWORD, next: '/console' }).toString(),
    headers: { ...HTML, 'content-type': 'application/x-www-form-urlencoded' },
  });
  expect(res.statusCode).toBe(303);
  const cookie = `xinyong_session=${res.cookies.find((c) => c.name === 'xinyong_session')?.value}`;
  const home = await get('/console', { cookie, csrf: '', departmentId: null });
  return { cookie, csrf: csrfOf(home.body), departmentId: dept?.id ?? null };
}

/** A 行政处罚 CSV in the national layout: row i decided on Fri 2025-09-26 against its own enterprise. */
function penaltyCsv(authorityCode: string, rows: Array<Record<string, string>>): string {
  const line = (r: Record<string, string>) => PENALTY_COLUMNS.map((c) => r[c] ?? '').join(',');
  return `${PENALTY_LABELS.join(',')}\r\n${rows.map((r) => line({ authorityCode, ...r })).join('\r\n')}\r\n`;
}

const penalty = (i: number, overrides: Record<string, string> = {}): Record<string, string> => ({
  subjectName: `深圳市网页测试${i}号科技有限公司`, subjectCategory: '法人及非法人组织', subjectCode: letteredUscc(600 + i), legalRep: '张三',
  decisionNo: `深市监南罚〔2025〕${i}号`, violationType: '未按规定公示年度报告', violationFacts: '当事人未按规定公示年度报告。',
  legalGrounds: '《企业信息公示暂行条例》第十八条', penaltyKinds: '警告', content: '警告。', decisionDate: '2025-09-26',
  authority: '深圳市市场监督管理局南山监管局', ...overrides,
});

let boundaryCount = 0;

/** multipart/form-data as a browser sends the upload form: fields first, then the file. */
function multipart(fields: Record<string, string>, file?: { name: string; content: string }) {
  boundaryCount += 1;
  const boundary = `----xinyong-test-${boundaryCount}`;
  const parts: string[] = Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  if (file) parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n${file.content}\r\n`);
  parts.push(`--${boundary}--\r\n`);
  return { payload: Buffer.from(parts.join(''), 'utf8'), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Posts the upload form the way app.js does: the CSRF token in X-CSRF-Token. */
async function upload(session: Session, fields: Record<string, string>, file?: { name: string; content: string }, opts: { csrfHeader?: boolean } = {}) {
  const body = multipart({ _csrf: session.csrf, ...fields }, file);
  const headers = { ...HTML, ...body.headers, cookie: session.cookie, ...(opts.csrfHeader === false ? {} : { 'x-csrf-token': session.csrf }) };
  return t.app.inject({ method: 'POST', url: '/console/imports', payload: body.payload, headers });
}

const form = (session: Session, fields: Record<string, string>) => ({
  payload: new URLSearchParams(fields).toString(),
  headers: { ...HTML, 'content-type': 'application/x-www-form-urlencoded', cookie: session.cookie },
});

let deptA: { id: string; code: string; name: string };
let providerA: Session;
let providerB: Session;
let staff: Session;
let reviewer: Session;
let auditor: Session;
let admin: Session;
let batchId: string;

beforeAll(async () => {
  t = await createTestApp('sqlite', { clock: fixedClock('2025-10-14T02:00:00.000Z') });
  deptA = await t.ctx.services.accounts.createDepartment(systemActor, { code: letteredUscc(6999), name: '深圳市市场监督管理局南山监管局', kind: 'government' });
  providerA = await signInAs('provider', deptA);
  providerB = await signInAs('provider');
  staff = await signInAs('staff');
  reviewer = await signInAs('reviewer');
  auditor = await signInAs('auditor');
  admin = await signInAs('admin');
});
afterAll(async () => {
  await t?.close();
});

describe('console navigation', () => {
  it('shows providers the ingestion pages only, administrators the calendar too', async () => {
    const provider = await get('/console', providerA);
    expectPage(provider, 200);
    for (const href of ['/console/imports', '/console/quality']) expect(provider.body).toContain(`href="${href}"`);
    for (const href of ['/console/calendar', '/console/subjects', '/console/users']) expect(provider.body).not.toContain(`href="${href}"`);
    const adminHome = await get('/console', admin);
    for (const href of ['/console/imports', '/console/quality', '/console/calendar']) expect(adminHome.body).toContain(`href="${href}"`);
    expect((await get('/console', staff)).body).not.toContain('href="/console/calendar"');
  });

  it('sends anonymous visitors to the sign-in form from every ingestion page', async () => {
    for (const url of ['/console/imports', '/console/imports/00000000-0000-4000-8000-000000000000', '/console/records/x', '/console/quality', '/console/calendar']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(303);
      expect(res.headers.location).toBe(`/login?next=${url}`);
    }
  });
});

describe('/console/imports', () => {
  it('offers providers the upload form for their own department, the credit office a choice of department', async () => {
    const page = await get('/console/imports', providerA);
    expectPage(page, 200);
    expect(page.body).toMatch(/<form[^>]*method="post" action="\/console\/imports" enctype="multipart\/form-data" data-upload>/);
    expect(page.body).toContain(`name="_csrf" value="${providerA.csrf}"`);
    expect(page.body).toContain('<option value="admin_penalty">行政处罚（admin_penalty）</option>');
    expect(page.body).toContain('<option value="gb18030">GB18030 / GBK</option>');
    expect(page.body).not.toContain('name="department"');
    expect(page.body).toContain('暂无导入记录');
    const office = await get('/console/imports', staff);
    expect(office.body).toContain(`<option value="${deptA.code}">${deptA.name}（${deptA.code}）</option>`);
    for (const who of [reviewer, auditor]) {
      const readOnly = await get('/console/imports', who);
      expectPage(readOnly, 200);
      expect(readOnly.body).not.toContain('data-upload');
    }
  });

  it('imports an upload posted with the CSRF header, and lists it with its file name escaped', async () => {
    const csv = penaltyCsv(deptA.code, [penalty(1), penalty(2, { decisionDate: '2025-02-30' }), penalty(3, { violationFacts: '' }), penalty(4)]);
    const res = await upload(providerA, { type: 'admin_penalty', encoding: 'auto' }, { name: HOSTILE_FILE, content: csv });
    expect(res.statusCode, res.body).toBe(303);
    const location = String(res.headers.location);
    expect(location).toMatch(/^\/console\/imports\/[0-9a-f-]{36}$/);
    batchId = location.split('/').pop()!;
    await t.ctx.services.imports.settled(batchId);

    const list = await get('/console/imports', providerA);
    expect(list.body).toContain(`href="/console/imports/${batchId}">&lt;img src=x onerror=alert(1)&gt;处罚.csv</a>`);
    expect(list.body).not.toContain('<img src=x');
    expect(list.body).toContain('已完成');
    expect((await get('/console/imports', providerB)).body).not.toContain(batchId);
    expect((await get('/console/imports', auditor)).body).toContain(batchId);
  });

  it('refuses an upload without the CSRF token', async () => {
    const res = await upload(providerA, { type: 'admin_penalty' }, { name: 'x.csv', content: penaltyCsv(deptA.code, [penalty(9)]) }, { csrfHeader: false });
    expectPage(res, 403);
    expect(await t.ctx.database.db.selectFrom('importBatches').select('id').where('fileName', '=', 'x.csv').execute()).toEqual([]);
  });

  it('sends refusals back to the form by code, explained', async () => {
    const noFile = await upload(providerA, { type: 'admin_penalty' });
    expect(noFile.headers.location).toBe('/console/imports?error=FILE_REQUIRED');
    const unknownType = await upload(providerA, { type: 'no_such_type' }, { name: 'a.csv', content: 'x\r\n1\r\n' });
    expect(unknownType.headers.location).toBe('/console/imports?error=RECORD_TYPE_UNKNOWN');
    const otherDept = await upload(providerB, { type: 'admin_penalty', department: deptA.code }, { name: 'b.csv', content: 'x\r\n1\r\n' });
    expect(otherDept.headers.location).toBe('/console/imports?error=SOURCE_DEPARTMENT_FORBIDDEN');
    const explained = await get('/console/imports?error=SOURCE_DEPARTMENT_FORBIDDEN', providerA);
    expect(explained.body).toContain('只能报送本部门的信用信息');
    expect((await get('/console/imports?error=WEIRD_CODE', providerA)).body).toContain('上传未成功（WEIRD_CODE）');
    expect((await get(`/console/imports?error=${encodeURIComponent('<script>')}`, providerA)).body).not.toContain('上传未成功（');
  });
});

describe('/console/imports/:id', () => {
  it('shows status, counts, the rejected rows with field and code, and the error report link', async () => {
    const page = await get(`/console/imports/${batchId}`, providerA);
    expectPage(page, 200);
    expect(page.body).toContain('新增 2，更正 0，未变 0，拒绝 2');
    expect(page.body).toContain('&lt;img src=x onerror=alert(1)&gt;处罚.csv');
    expect(page.body).toMatch(/<progress value="1.000" max="1">/);
    expect(page.body).toContain(`href="/api/v1/imports/${batchId}/errors.csv"`);
    expect(page.body).toMatch(/<td>3<\/td><td>[^<]*<span class="code">decisionDate<\/span><\/td><td><span class="code">DATE_INVALID<\/span><\/td>/);
    expect(page.body).toMatch(/<td>4<\/td><td>[^<]*<span class="code">violationFacts<\/span><\/td><td><span class="code">FIELD_REQUIRED<\/span><\/td>/);
    expect(page.body).not.toContain('http-equiv="refresh"');
    const csv = await t.app.inject({ url: `/api/v1/imports/${batchId}/errors.csv`, headers: { cookie: providerA.cookie } });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('DATE_INVALID');
  });

  it('escapes error messages, pages the rejected rows, and reloads itself while a batch runs', async () => {
    const errors: Array<[number, string]> = Array.from({ length: 55 }, (_, i) => [i + 2, i === 0 ? 'FIELD_REQUIRED' : 'DATE_INVALID']);
    const id = await insertBatch(t.ctx.database.db, {
      departmentId: providerB.departmentId!, type: 'admin_penalty', channel: 'file', startedAt: '2025-10-14T01:59:00.000Z', status: 'running', owner: 'elsewhere:1',
      fileName: 'running.csv', rejected: 55, errors,
    });
    const first = await get(`/console/imports/${id}`, providerB);
    expectPage(first, 200);
    expect(first.body).toContain('<meta http-equiv="refresh" content="2">');
    expect(first.body).toContain('FIELD_REQUIRED &lt;b&gt;');
    expect(first.body).not.toContain('FIELD_REQUIRED <b>');
    expect(first.body.match(/<span class="code">DATE_INVALID<\/span>/g)).toHaveLength(49);
    expect(first.body).toContain(`href="/console/imports/${id}?page=2"`);
    const second = await get(`/console/imports/${id}?page=2`, providerB);
    expect(second.body.match(/<span class="code">DATE_INVALID<\/span>/g)).toHaveLength(5);
  });

  it('does not exist for another department\'s provider', async () => {
    expectPage(await get(`/console/imports/${batchId}`, providerB), 404);
    expectPage(await get('/console/imports/00000000-0000-4000-8000-000000000000', staff), 404);
  });
});

describe('/console/records/:id', () => {
  it('shows every version with its provenance and the fields a correction changed', async () => {
    const corrected = penaltyCsv(deptA.code, [penalty(1, { violationFacts: '当事人逾期<b>未</b>公示年度报告。' })]);
    const res = await upload(providerA, { type: 'admin_penalty' }, { name: 'correction.csv', content: corrected });
    const second = String(res.headers.location).split('/').pop()!;
    await t.ctx.services.imports.settled(second);
    const record = await t.ctx.database.db.selectFrom('records').select('id').where('docNo', '=', '深市监南罚〔2025〕1号').executeTakeFirstOrThrow();

    const page = await get(`/console/records/${record.id}`, providerA);
    expectPage(page, 200);
    expect(page.body).toContain('深市监南罚〔2025〕1号');
    expect(page.body).toContain('第 2 版');
    expect(page.body).toContain('更正');
    expect(page.body).toContain(`href="/console/imports/${batchId}"`);
    expect(page.body).toContain(`href="/console/imports/${second}"`);
    expect(page.body).toMatch(/<td>违法事实<\/td><td><del>当事人未按规定公示年度报告。<\/del><\/td><td><ins>当事人逾期&lt;b&gt;未&lt;\/b&gt;公示年度报告。<\/ins><\/td>/);
    expect(page.body.indexOf('第 2 版')).toBeLessThan(page.body.indexOf('第 1 版'));
    expectPage(await get(`/console/records/${record.id}`, staff), 200);
    expectPage(await get(`/console/records/${record.id}`, auditor), 200);
    expectPage(await get(`/console/records/${record.id}`, providerB), 403);
    expectPage(await get(`/console/records/${record.id}`, reviewer), 403);
    expectPage(await get('/console/records/00000000-0000-4000-8000-000000000000', staff), 404);
  });
});

describe('/console/quality', () => {
  it('shows a provider its own figures, with the late records one click away', async () => {
    const page = await get('/console/quality', providerA);
    expectPage(page, 200);
    expect(page.body).toContain('深圳市市场监督管理局南山监管局');
    expect(page.body).not.toContain('南山区测试局');
    // 4 rows of the first file (2 rejected), 1 correction: 5 received, 2 rejected, 40%
    expect(page.body).toMatch(/<td>深圳市市场监督管理局南山监管局<\/td><td>5<\/td><td>3<\/td><td>2<\/td><td>40.0%<\/td>/);
    expect(page.body).toContain('<span class="code">DATE_INVALID</span> × 1');
    // decided Fri 09-26, received Tue 10-14: 8 working days across 国庆 — both stored records are late
    expect(page.body).toMatch(/<td>0.0%<\/td><td>8 个工作日<\/td><td><a href="\/console\/quality\/[0-9a-f-]{36}\/late\?from=2024-10-15&amp;to=2025-10-14">2<\/a><\/td>/);
    expect(page.body).toMatch(/<input id="from" name="from" type="date" value="2024-10-15" required>/);
  });

  it('shows the credit office, reviewers and auditors every department', async () => {
    for (const who of [staff, reviewer, auditor, admin]) {
      const page = await get('/console/quality?from=2025-10-01&to=2025-10-31', who);
      expectPage(page, 200);
      expect(page.body).toContain('深圳市市场监督管理局南山监管局');
      expect(page.body).toContain('南山区测试局');
    }
  });

  it('explains a bad period instead of failing', async () => {
    const page = await get('/console/quality?from=2025-10-31&to=2025-10-01', staff);
    expectPage(page, 400);
    expect(page.body).toContain('from 不能晚于 to');
    expectPage(await get('/console/quality?from=2025-02-30', staff), 400);
  });

  it('lists a department\'s late records for those who may see them', async () => {
    const page = await get(`/console/quality/${deptA.id}/late`, providerA);
    expectPage(page, 200);
    expect(page.body).toMatch(/<a href="\/console\/records\/[0-9a-f-]{36}">深市监南罚〔2025〕1号<\/a>/);
    expect(page.body).toContain('<strong>8 个工作日</strong>');
    expect(page.body).toContain('共 2 条');
    expectPage(await get(`/console/quality/${deptA.id}/late`, reviewer), 200);
    expectPage(await get(`/console/quality/${deptA.id}/late`, providerB), 403);
    expectPage(await get('/console/quality/00000000-0000-4000-8000-000000000000/late', staff), 404);
  });
});

describe('/console/calendar', () => {
  it('shows administrators a year of the calendar, others a 403', async () => {
    const page = await get('/console/calendar?year=2025', admin);
    expectPage(page, 200);
    expect(page.body).toMatch(/<span class="code">2025-10-11<\/span><\/td><td>星期六<\/td><td>调休上班<\/td>/);
    expect(page.body).toContain('action="/console/calendar/2025-10-01/delete"');
    expect(page.body).toContain(`name="_csrf" value="${admin.csrf}"`);
    expectPage(await get('/console/calendar', staff), 403);
    expectPage(await get('/console/calendar', providerA), 403);
  });

  it('adds and removes a day with the CSRF token, and refuses without it', async () => {
    const day = { date: '2026-01-01', kind: 'holiday', note: '元旦<script>' };
    expectPage(await t.app.inject({ method: 'POST', url: '/console/calendar', ...form(admin, day) }), 403);
    const added = await t.app.inject({ method: 'POST', url: '/console/calendar', ...form(admin, { ...day, _csrf: admin.csrf }) });
    expect(added.statusCode).toBe(303);
    expect(added.headers.location).toBe('/console/calendar?year=2026&done=added');
    const page = await get('/console/calendar?year=2026&done=added', admin);
    expect(page.body).toContain('元旦&lt;script&gt;');
    expect(page.body).toContain('已保存');
    expect((await t.ctx.services.calendar.calendar()).isWorkingDay('2026-01-01')).toBe(false);

    const refused = await t.app.inject({ method: 'POST', url: '/console/calendar', ...form(admin, { date: '2026-01-07', kind: 'workday', note: '', _csrf: admin.csrf }) });
    expectPage(refused, 400);
    expect(refused.body).toContain('日期未保存');
    expect(refused.body).toContain('value="2026-01-07"');
    const byStaff = await t.app.inject({ method: 'POST', url: '/console/calendar', ...form(staff, { ...day, _csrf: staff.csrf }) });
    expectPage(byStaff, 403);

    expectPage(await t.app.inject({ method: 'POST', url: '/console/calendar/2026-01-01/delete', ...form(admin, {}) }), 403);
    const removed = await t.app.inject({ method: 'POST', url: '/console/calendar/2026-01-01/delete', ...form(admin, { _csrf: admin.csrf }) });
    expect(removed.headers.location).toBe('/console/calendar?year=2026&done=removed');
    expect((await t.ctx.services.calendar.calendar()).isWorkingDay('2026-01-01')).toBe(true);
    expectPage(await t.app.inject({ method: 'POST', url: '/console/calendar/2026-01-01/delete', ...form(admin, { _csrf: admin.csrf }) }), 404);
  });
});

describe('every ingestion page', () => {
  it('carries a CSP that allows no inline script or style, and no inline handlers', () => {
    expect(seen.length).toBeGreaterThan(30);
    for (const { url, res } of seen) {
      expect(String(res.headers['content-security-policy']), url).not.toContain('unsafe-inline');
      expect(res.body, url).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(res.body, url).not.toMatch(/\sstyle=/);
      expect(res.body, url).not.toMatch(/<[a-z]+[^>]*\son[a-z]+=/);
    }
  });

  it('never shows a full ID number', () => {
    for (const { url, res } of seen) expect(res.body, url).not.toMatch(ID_NUMBER);
  });

  it('stays out of openapi.json', async () => {
    const doc = (await t.app.inject({ url: '/openapi.json' })).json() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/console'))).toEqual([]);
  });
});
