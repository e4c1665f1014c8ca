import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { fixedClock } from '../../src/kernel/clock.js';
import { ARCHIVE_NOW, seedArchive, seedViewers, VIEWER_PASSWORD, type ArchiveViewers, type SeededArchive } from '../../src/domains/archive/testing.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialectsUnderTest } from '../support/databases.js';

const FULL_ID = /[1-8]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]/;
const HTML = { accept: 'text/html' };
const FORM = { ...HTML, 'content-type': 'application/x-www-form-urlencoded' };
const NEW_PASSWORD = 'Harbour-Lantern-2026!';
const csrfOf = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? '';
/** The decision numbers of the record cards on a page, in order. */
const docNos = (body: string) => [...body.matchAll(/<dt>(?:决定文书号|Decision document number)<\/dt><dd>([^<]+)<\/dd>/g)].map((m) => m[1]);

interface Session { cookie: string; csrf: string }

let ipSeq = 0;
/** Each post from its own address: the sign-in and activation rate limits are not what these tests are about. */
const freshIp = () => `10.8.${Math.floor(++ipSeq / 250)}.${(ipSeq % 250) + 1}`;

/** Subject self-service and the government view in the browser app, on the archive fixture's fixed day (2026-06-15). */
for (const dialect of dialectsUnderTest()) {
  describe(`self-service and government pages [${dialect}]`, () => {
    let t: TestApp;
    let seeded: SeededArchive;
    let v: ArchiveViewers;
    const seen: Array<{ url: string; res: LightMyRequestResponse }> = [];

    async function get(url: string, session?: Session) {
      const res = await t.app.inject({ url, headers: { ...HTML, ...(session ? { cookie: session.cookie } : {}) } });
      seen.push({ url, res });
      return res;
    }
    async function post(url: string, fields: Record<string, string>, session?: Session) {
      const res = await t.app.inject({
        method: 'POST', url, payload: new URLSearchParams(fields).toString(), remoteAddress: freshIp(),
        headers: { ...FORM, ...(session ? { cookie: session.cookie } : {}) },
      });
      seen.push({ url: `POST ${url}`, res });
      return res;
    }
    const page = async (url: string, session?: Session) => {
      const res = await get(url, session);
      expect(res.statusCode, `${url}: ${res.body.slice(0, 400)}`).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      return res.body;
    };
    const cookieOf = (res: LightMyRequestResponse) => `xinyong_session=${res.cookies.find((c) => c.name === 'xinyong_session')?.value}`;

    /** Signs in through the /login form, then reads the CSRF token from the page it lands on. */
    async function signIn(username: string, password = VIEWER_PASSWORD): Promise<Session & { location: string }> {
      const res = await post('/login', { username, password });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(303);
      const cookie = cookieOf(res);
      const location = String(res.headers.location);
      const landing = await get(location, { cookie, csrf: '' });
      return { cookie, csrf: csrfOf(landing.body), location };
    }
    const issueCode = async (subjectId: string) => (await t.ctx.services.archive.issueActivationCode(v.creditOffice, { subjectId })).code;
    const auditActions = async (action: string) =>
      t.ctx.database.db.selectFrom('auditLog').select(['actorId', 'subjectId', 'purpose']).where('action', '=', action).execute();

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock: fixedClock(ARCHIVE_NOW) });
      seeded = await seedArchive(t.ctx.services);
      v = await seedViewers(t.ctx.services, seeded);
    }, 60_000);
    afterAll(async () => t?.close());

    describe('activation page', () => {
      const activation = (code: string, over: Record<string, string> = {}) => ({
        code, subjectCode: seeded.subject.code, username: 'dangan-keji', displayName: '档案测试科技', password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, ...over,
      });

      it('is a plain form anyone can open', async () => {
        const body = await page('/activate');
        expect(body).toContain('<form class="form" method="post" action="/activate"');
        for (const name of ['code', 'subjectCode', 'username', 'displayName', 'password', 'confirmPassword']) expect(body).toContain(`name="${name}"`);
        expect(await page('/activate?lang=en')).toContain('Open a credit subject account');
        expect(await page('/login')).toContain('href="/activate"');
      });

      it('refuses a wrong code, a mismatch and missing fields with a clear message, never writing back the password or the code', async () => {
        const wrong = await post('/activate', activation('WXYZ-WXYZ-WXYZ'));
        expect(wrong.statusCode).toBe(400);
        expect(wrong.body).toContain('激活码无效、已过期或已使用');
        expect(wrong.body).toContain(`value="${seeded.subject.code}"`);
        expect(wrong.body).not.toContain(NEW_PASSWORD);
        expect(wrong.body).not.toContain('WXYZ-WXYZ-WXYZ');
        expect(wrong.cookies.find((c) => c.name === 'xinyong_session')).toBeUndefined();
        const english = await t.app.inject({
          method: 'POST', url: '/activate?lang=en', payload: new URLSearchParams(activation('WXYZ-WXYZ-WXYZ')).toString(), headers: FORM, remoteAddress: freshIp(),
        });
        expect(english.body).toContain('The activation code is not valid');
        const code = await issueCode(seeded.subject.id);
        const mismatch = await post('/activate', activation(code, { confirmPassword: 'something-else-2026' }));
        expect(mismatch.statusCode).toBe(400);
        expect(mismatch.body).toContain('两次输入的密码不一致');
        const missing = await post('/activate', activation(code, { displayName: '' }));
        expect(missing.statusCode).toBe(400);
        expect(missing.body).toContain('请填写所有字段');
        // A code named for a different subject is the same refusal (no oracle).
        const otherCode = await post('/activate', activation(code, { subjectCode: '91440300MA5FAKE00X' }));
        expect(otherCode.statusCode).toBe(400);
        expect(otherCode.body).toContain('激活码无效');
        // A weak password is refused with the rule, once the code holds; the code is still unused afterwards.
        const weak = await post('/activate', activation(code, { password: 'short', confirmPassword: 'short' }));
        expect(weak.statusCode).toBe(400);
        expect(weak.body).toMatch(/密码/);
        const taken = await post('/activate', activation(code, { username: v.usernames.Staff! }));
        expect(taken.statusCode).toBe(409);
        expect(taken.body).toContain('该用户名已被使用');
      });

      it('never shows a person\'s ID number typed as the subject code', async () => {
        const res = await post('/activate', activation('WXYZ-WXYZ-WXYZ', { subjectCode: seeded.person.idNumber }));
        expect(res.statusCode).toBe(400);
        expect(res.body).not.toContain(seeded.person.idNumber);
        expect(res.body).not.toMatch(FULL_ID);
      });

      it('opens the account with a code staff issued, signs it in and lands on its own archive; the code is then spent', async () => {
        const code = await issueCode(seeded.subject.id);
        const res = await post('/activate', activation(code.toLowerCase().replaceAll('-', ' ')));
        expect(res.statusCode, res.body.slice(0, 400)).toBe(303);
        expect(res.headers.location).toBe('/me?welcome=1');
        const session = { cookie: cookieOf(res), csrf: '' };
        const me = await page('/me?welcome=1', session);
        expect(me).toContain(seeded.subject.name);
        expect(me).toContain('账号已开通');
        expect(me).toContain('href="/me" aria-current="page"');
        const again = await post('/activate', activation(code, { username: 'dangan-keji2' }));
        expect(again.statusCode).toBe(400);
        expect(again.body).toContain('激活码无效');
      });

      it('refuses a post from another site (login CSRF)', async () => {
        const res = await t.app.inject({
          method: 'POST', url: '/activate', payload: new URLSearchParams(activation('WXYZ-WXYZ-WXYZ')).toString(),
          headers: { ...FORM, 'sec-fetch-site': 'cross-site' }, remoteAddress: freshIp(),
        });
        expect(res.statusCode).toBe(403);
      });
    });

    describe('the subject\'s own archive (/me)', () => {
      let self: Session;
      let other: Session;
      beforeAll(async () => {
        const signedIn = await signIn(v.usernames.Self!);
        expect(signedIn.location).toBe('/me');
        self = signedIn;
        other = await signIn(v.usernames.Other!);
      });

      it('asks anonymous visitors to sign in and refuses staff accounts; a subject has no console', async () => {
        const anonymous = await get('/me');
        expect(anonymous.statusCode).toBe(303);
        expect(anonymous.headers.location).toBe('/login?next=/me');
        const staff = await signIn(v.usernames.Staff!);
        expect((await get('/me', staff)).statusCode).toBe(403);
        expect((await get('/me/inquiries', staff)).statusCode).toBe(403);
        const console = await get('/console', self);
        expect(console.statusCode).toBe(303);
        expect(console.headers.location).toBe('/me');
      });

      it('shows all nine categories with counts, the summary, and the authorised-level records of a tab, flagging ended publicity', async () => {
        const body = await page('/me', self);
        for (const label of ['基本信息', '行政许可', '行政处罚', '名单信息', '信用评价', '信用承诺', '表彰奖励', '司法信息', '其他信息']) expect(body).toContain(label);
        expect(body).toContain('href="/me?category=penalty"');
        expect(body).toContain('href="/me" aria-current="page"');
        expect(body).toContain('<a href="/me" aria-current="page">我的信用</a>');
        expect(body).not.toContain('href="/console"');
        const penalty = await page('/me?category=penalty', self);
        expect(docNos(penalty)).toEqual(['P-LIVE', 'P-ENDED']);
        expect(penalty).toContain('公示期已满');
        expect(penalty.match(/公示期已满<\/span>/g)).toHaveLength(1);
        expect(docNos(await page('/me?category=rating', self))).toEqual(['A-LIVE', 'A-ENDED']);
        expect(docNos(await page('/me?category=list', self))).toEqual(['S-LIVE', 'S-ENDED']);
        // Internal records and withdrawn ones are never the subject's to see.
        expect(docNos(await page('/me?category=other', self))).toEqual([]);
        expect(await page('/me?category=other', self)).not.toContain('I-LIVE');
        const english = await page('/me?category=penalty&lang=en', self);
        expect(english).toContain('Publicity period ended');
        expect(english).toContain('Penalties');
      });

      it('shows another subject its own archive only, never this one\'s', async () => {
        const body = await page('/me', other);
        expect(body).not.toContain(seeded.subject.name);
        for (const category of ['penalty', 'rating', 'list', 'other']) {
          const tab = await page(`/me?category=${category}`, other);
          expect(docNos(tab)).toEqual([]);
          expect(tab).not.toContain(seeded.subject.name);
        }
      });

      it('grants an authorisation only with the form\'s CSRF token, lists it, and revokes it', async () => {
        const grant = { granteeKind: 'user', grantee: v.usernames.Staff!, purpose: '贷款审批', validFrom: '2026-06-15', validTo: '2026-12-31' };
        const forged = await post('/me/authorisations', grant, self);
        expect(forged.statusCode).toBe(403);
        expect((await t.ctx.services.archive.listGrants(v.self)).items).toHaveLength(0);
        const ok = await post('/me/authorisations', { ...grant, _csrf: self.csrf }, self);
        expect(ok.statusCode, ok.body.slice(0, 300)).toBe(303);
        expect(ok.headers.location).toBe('/me/authorisations?done=granted');
        const list = await page('/me/authorisations?done=granted', self);
        expect(list).toContain('已授权');
        expect(list).toContain('查看者 Staff');
        expect(list).toContain('深圳市南山区住房和建设局');
        expect(list).toContain('贷款审批');
        expect(list).toContain('2026-06-15 – 2026-12-31');
        expect(list).toContain('>有效<');
        const [given] = (await t.ctx.services.archive.listGrants(v.self)).items;
        expect(list).toContain(`action="/me/authorisations/${given!.id}/revoke"`);
        // Another subject cannot end it, and a revoke without the token is refused.
        expect((await post(`/me/authorisations/${given!.id}/revoke`, { _csrf: other.csrf }, other)).statusCode).toBe(404);
        expect((await post(`/me/authorisations/${given!.id}/revoke`, {}, self)).statusCode).toBe(403);
        const revoked = await post(`/me/authorisations/${given!.id}/revoke`, { _csrf: self.csrf }, self);
        expect(revoked.statusCode).toBe(303);
        const after = await page('/me/authorisations', self);
        expect(after).toContain('>已撤销<');
        expect(after).not.toContain(`action="/me/authorisations/${given!.id}/revoke"`);
      });

      it('explains a refused authorisation and keeps what was typed', async () => {
        const unknown = await post('/me/authorisations', { _csrf: self.csrf, granteeKind: 'user', grantee: 'nobody-here', purpose: '合作洽谈', validFrom: '2026-06-15', validTo: '2026-07-15' }, self);
        expect(unknown.statusCode).toBe(400);
        expect(unknown.body).toContain('授权未成功');
        expect(unknown.body).toContain('没有该用户');
        expect(unknown.body).toContain('value="nobody-here"');
        const tooLong = await post('/me/authorisations', { _csrf: self.csrf, granteeKind: 'user', grantee: v.usernames.Staff!, purpose: '合作洽谈', validFrom: '2026-06-15', validTo: '2027-06-15' }, self);
        expect(tooLong.statusCode).toBe(400);
        expect(tooLong.body).toContain('授权期限最长一年');
        const past = await post('/me/authorisations', { _csrf: self.csrf, granteeKind: 'api_key', grantee: v.consumerKeyPrefix, purpose: '合作洽谈', validFrom: '2026-06-14', validTo: '2026-07-15' }, self);
        expect(past.statusCode).toBe(400);
        expect(past.body).toContain('授权起始日不得早于今日');
        expect(past.body).toContain('<option value="api_key" selected>');
      });

      it('lists in the inquiry record who read the non-public data, from which department, when and why', async () => {
        const grant = await post('/me/authorisations', { _csrf: self.csrf, granteeKind: 'user', grantee: v.usernames.Counterparty!, purpose: '供应商资格审查', validFrom: '2026-06-15', validTo: '2026-09-30' }, self);
        expect(grant.statusCode).toBe(303);
        const counterparty = await signIn(v.usernames.Counterparty!);
        const read = await t.app.inject({ url: `/api/v1/subjects/${seeded.subject.code}/archive/records?category=rating`, headers: { cookie: counterparty.cookie } });
        expect(read.json().audience).toBe('authorised');
        const staff = await signIn(v.usernames.Staff!);
        const staffRead = await t.app.inject({ url: `/api/v1/subjects/${seeded.subject.code}/archive?purpose=${encodeURIComponent('行政许可审查')}`, headers: { cookie: staff.cookie } });
        expect(staffRead.json().audience).toBe('government');
        const body = await page('/me/inquiries', self);
        expect(body).toContain('查看者 Counterparty');
        expect(body).toContain('供应商资格审查');
        expect(body).toContain('查看者 Staff');
        expect(body).toContain('深圳市南山区住房和建设局');
        expect(body).toContain('行政许可审查');
        expect(body).toContain('政务共享');
        expect(body).toContain('<span class="tag">本主体</span>');
        expect(body).toContain('2026-06-15 10:00:00');
        // The other subject's record shows none of it.
        const theirs = await page('/me/inquiries', other);
        expect(theirs).not.toContain('供应商资格审查');
        expect(theirs).not.toContain('行政许可审查');
      });
    });

    describe('government view in the console', () => {
      const archiveUrl = () => `/console/subjects/${seeded.subject.id}/archive`;

      it('asks for a purpose before showing anything, and logs nothing until one is given', async () => {
        const staff = await signIn(v.usernames.Staff!);
        const before = (await auditActions('archive.read')).length;
        const form = await page(archiveUrl(), staff);
        expect(form).toContain('name="purpose"');
        expect(docNos(form)).toEqual([]);
        const short = await get(`${archiveUrl()}?purpose=x`, staff);
        expect(short.statusCode).toBe(400);
        expect(short.body).toContain('请填写 2-200 字的查询事由');
        expect((await auditActions('archive.read')).length).toBe(before);
        expect(form).not.toContain('/activation-code');
      });

      it('shows staff of another department the shared level, every tab carrying the purpose, each read logged with it', async () => {
        const staff = await signIn(v.usernames.Staff!);
        const purpose = '招标资格审查';
        const list = await page(`${archiveUrl()}?purpose=${encodeURIComponent(purpose)}&category=list`, staff);
        expect(list).toContain('政务共享');
        expect(list).toContain(`本次查询事由：${purpose}`);
        expect(docNos(list)).toEqual(['S-LIVE', 'S-ENDED']);
        expect(list).toContain(`href="${archiveUrl()}?purpose=${encodeURIComponent(purpose)}&amp;category=penalty"`);
        expect(docNos(await page(`${archiveUrl()}?purpose=${encodeURIComponent(purpose)}&category=rating`, staff))).toEqual([]);
        expect(docNos(await page(`${archiveUrl()}?purpose=${encodeURIComponent(purpose)}&category=other`, staff))).toEqual([]);
        const reads = (await auditActions('archive.read')).filter((r) => r.purpose === purpose);
        expect(reads.length).toBe(6);
        expect(reads.every((r) => r.subjectId === seeded.subject.id)).toBe(true);
        expect((await post(`/console/subjects/${seeded.subject.id}/activation-code`, { _csrf: staff.csrf }, staff)).statusCode).toBe(403);
      });

      it('shows the credit office the internal level and lets it issue an activation code, shown once, that works', async () => {
        const office = await signIn(v.usernames.CreditOffice!);
        const other = await page(`${archiveUrl()}?purpose=${encodeURIComponent('信用修复核查')}&category=other`, office);
        expect(other).toContain('内部（信用办公室，全部信息）');
        expect(docNos(other)).toEqual(['I-LIVE', 'I-ENDED']);
        const penalty = await page(`${archiveUrl()}?purpose=${encodeURIComponent('信用修复核查')}&category=penalty`, office);
        expect(docNos(penalty)).toContain('P-WITHDRAWN');
        expect(penalty).toContain('已撤回');
        expect(penalty).toContain(`/console/subjects/${seeded.subject.id}/activation-code`);
        const forged = await post(`/console/subjects/${seeded.subject.id}/activation-code`, {}, office);
        expect(forged.statusCode).toBe(403);
        const issued = await post(`/console/subjects/${seeded.subject.id}/activation-code`, { _csrf: office.csrf }, office);
        expect(issued.statusCode).toBe(200);
        expect(issued.headers['cache-control']).toBe('private, no-store');
        const code = /id="activation-code">([A-Z0-9-]+)</.exec(issued.body)?.[1];
        expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
        const opened = await post('/activate', { code: code!, subjectCode: seeded.subject.code, username: 'dangan-second', displayName: '档案测试二号', password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
        expect(opened.statusCode).toBe(303);
      });

      it('shows the grades with their explanation under the stated purpose, and logs that read', async () => {
        const office = await signIn(v.usernames.CreditOffice!);
        const purpose = '评价结果核查';
        const before = (await auditActions('rating.read')).filter((r) => r.purpose === purpose).length;
        const body = await page(`${archiveUrl()}?purpose=${encodeURIComponent(purpose)}&category=penalty`, office);
        expect(body).toContain('<h2>信用评价</h2>');
        const reads = (await auditActions('rating.read')).filter((r) => r.purpose === purpose);
        expect(reads.length).toBe(before + 1);
        expect(reads.every((r) => r.subjectId === seeded.subject.id)).toBe(true);
      });

      it('is linked from the registry page', async () => {
        const office = await signIn(v.usernames.CreditOffice!);
        expect(await page(`/console/subjects/${seeded.subject.id}`, office)).toContain(`href="/console/subjects/${seeded.subject.id}/archive"`);
      });
    });

    describe('audit page filters', () => {
      const total = (body: string) => Number(/共 (\d+) 条/.exec(body)?.[1] ?? 0);
      const count = async (where: { subjectId?: string; actorId?: string; departmentId?: string; action?: string }) => {
        let q = t.ctx.database.db.selectFrom('auditLog').select((eb) => eb.fn.countAll<number>().as('n'));
        for (const [column, value] of Object.entries(where)) q = q.where(column as 'action', '=', value);
        return Number((await q.executeTakeFirstOrThrow()).n);
      };

      it('searches the access log by subject, user, department and period', async () => {
        const auditor = await signIn(v.usernames.Auditor!);
        const bySubject = await page(`/console/audit?subject=${seeded.subject.code}&action=archive.read`, auditor);
        const expected = await count({ subjectId: seeded.subject.id, action: 'archive.read' });
        expect(expected).toBeGreaterThan(5);
        expect(total(bySubject)).toBe(expected);
        expect(bySubject).toContain(`value="${seeded.subject.code}"`);
        expect(bySubject).toContain('招标资格审查');
        const staffId = v.staff.id!;
        const byUser = await page(`/console/audit?user=${staffId}&action=archive.read`, auditor);
        expect(total(byUser)).toBe(await count({ actorId: staffId, action: 'archive.read' }));
        expect(byUser).not.toContain('信用修复核查');
        const housing = await t.ctx.services.accounts.getDepartment(v.staff.departmentId!);
        const byDepartment = await page(`/console/audit?department=${housing.code}&action=archive.read`, auditor);
        expect(total(byDepartment)).toBe(await count({ departmentId: housing.id, action: 'archive.read' }));
        expect(byDepartment).toContain('招标资格审查');
        expect(byDepartment).not.toContain('信用修复核查');
        expect(total(await page(`/console/audit?subject=${seeded.subject.id}&action=archive.read&from=2026-06-15&to=2026-06-15`, auditor))).toBe(expected);
        expect(await page(`/console/audit?subject=${seeded.subject.id}&action=archive.read&from=2026-06-16`, auditor)).toContain('暂无审计记录');
        // The rows link to the same view narrowed to their actor or subject; the pager keeps the filters.
        expect(bySubject).toContain(`/console/audit?subject=${seeded.subject.code}&amp;action=archive.read&amp;user=`);
        const unknown = await page(`/console/audit?subject=${encodeURIComponent(seeded.person.idNumber)}&department=nowhere&from=2026-13-01`, auditor);
        expect(unknown).toContain('未找到主体');
        expect(unknown).toContain('未找到部门');
        expect(unknown).toContain('日期格式应为 YYYY-MM-DD');
        expect(unknown).not.toContain(seeded.person.idNumber);
      });
    });

    it('shows no full ID number on any page', () => {
      expect(seen.length).toBeGreaterThan(30);
      for (const { url, res } of seen) {
        expect(res.body, url).not.toContain(seeded.person.idNumber);
        expect(res.body, url).not.toContain(seeded.legalRepIdNumber);
        expect(res.body, url).not.toMatch(FULL_ID);
      }
    });
  });
}
