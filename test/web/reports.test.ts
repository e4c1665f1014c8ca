import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { fixedClock } from '../../src/kernel/clock.js';
import { sha256Hex } from '../../src/kernel/crypto.js';
import { ARCHIVE_NOW, seedViewers, VIEWER_PASSWORD, type ArchiveViewers } from '../../src/domains/archive/testing.js';
import { LIVE_DECISION_NO, pdfText, seedReportSubject, type SeededReport } from '../../src/domains/reports/testing.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialectsUnderTest } from '../support/databases.js';

const HTML = { accept: 'text/html' };
const FORM = { ...HTML, 'content-type': 'application/x-www-form-urlencoded' };
const csrfOf = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? '';
/** The verification code as the PDF's cover prints it. */
const codeOnCover = (text: string) => /验证码 Verification code：([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})/.exec(text)?.[1];

interface Session { cookie: string; csrf: string }
let ipSeq = 0;
const freshIp = () => `10.9.${Math.floor(++ipSeq / 250)}.${(ipSeq % 250) + 1}`;

/** Credit reports in the browser: the download buttons, the verification page, /me/reports and the console register (issue 8). */
for (const dialect of dialectsUnderTest()) {
  describe(`report pages [${dialect}]`, () => {
    let t: TestApp;
    let seeded: SeededReport;
    let v: ArchiveViewers;
    const s: Record<string, Session> = {};

    const get = (url: string, session?: Session) => t.app.inject({ url, headers: { ...HTML, ...(session ? { cookie: session.cookie } : {}) } });
    const post = (url: string, fields: Record<string, string>, session?: Session) => t.app.inject({
      method: 'POST', url, payload: new URLSearchParams(fields).toString(), remoteAddress: freshIp(),
      headers: { ...FORM, ...(session ? { cookie: session.cookie } : {}) },
    });
    async function signIn(name: string): Promise<Session> {
      const res = await post('/login', { username: v.usernames[name]!, password: VIEWER_PASSWORD });
      expect(res.statusCode).toBe(303);
      const cookie = `xinyong_session=${res.cookies.find((c) => c.name === 'xinyong_session')!.value}`;
      const landing = await get(String(res.headers.location), { cookie, csrf: '' });
      return { cookie, csrf: csrfOf(landing.body) };
    }
    const downloaded = async (res: LightMyRequestResponse) => {
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const reportNo = String(res.headers['x-report-no']);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="${reportNo}.pdf"`);
      const { text } = await pdfText(res.rawPayload);
      return { reportNo, text, pdf: res.rawPayload, code: codeOnCover(text)! };
    };

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock: fixedClock(ARCHIVE_NOW) });
      seeded = await seedReportSubject(t.ctx.services, t.database);
      v = await seedViewers(t.ctx.services, seeded);
      for (const name of ['Self', 'Staff', 'Auditor', 'Provider']) s[name] = await signIn(name);
    }, 60_000);
    afterAll(async () => t.close());

    it('downloads a public report from the subject page, then verifies it on the verification page (as the QR code links)', async () => {
      const profile = await get(`/subjects/${seeded.subject.code}`);
      expect(profile.body).toContain('action="/reports"');
      expect(profile.body).toContain(`name="subject" value="${seeded.subject.code}"`);
      expect(profile.body).toContain('下载公开信用报告');
      expect(profile.body).not.toContain('name="_csrf"');
      expect((await get(`/subjects/${seeded.subject.code}?lang=en`)).body).toContain('Download public report');

      const report = await downloaded(await post('/reports', { subject: seeded.subject.code, kind: 'full' }));
      expect(report.text).toContain(seeded.subject.name);
      expect(report.text).toContain(LIVE_DECISION_NO);
      expect(report.text).toContain('公开版'); // the button issues the public report, whatever the form says
      expect(report.code).toBeDefined();

      const page = await get(`/reports/verify?no=${report.reportNo}&code=${encodeURIComponent(report.code)}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('核验通过：该报告由本平台出具。');
      for (const expected of [seeded.subject.name, seeded.subject.code, report.reportNo, sha256Hex(report.pdf), '2026-06-15 10:00:00', 'sha256sum', 'certutil -hashfile']) expect(page.body).toContain(expected);
      expect(page.body).toContain(`value="${report.code}"`); // the form keeps what the QR link filled in

      const checked = await get(`/reports/verify?no=${report.reportNo}&code=${report.code.toLowerCase()}&digest=${sha256Hex(report.pdf)}`);
      expect(checked.body).toContain('您提供的 PDF 摘要与出具时的文件一致');
      const changed = Buffer.from(report.pdf);
      changed[200] = changed[200]! ^ 0x01;
      const tampered = await get(`/reports/verify?no=${report.reportNo}&code=${report.code}&digest=${sha256Hex(changed)}&lang=en`);
      expect(tampered.statusCode).toBe(200);
      expect(tampered.body).toContain('Not verified: the number and code are right, but the digest you gave is not the issued PDF');
      expect(tampered.body).toContain('data-valid="false"');
    });

    it('shows the empty form, and a clear failure for a wrong code, a wrong number or a missing field', async () => {
      const empty = await get('/reports/verify');
      expect(empty.statusCode).toBe(200);
      expect(empty.body).toContain('信用报告核验');
      expect(empty.body).not.toContain('核验未通过');
      const report = await downloaded(await post('/reports', { subject: seeded.subject.code }));
      const wrong = await get(`/reports/verify?no=${report.reportNo}&code=AAAA-BBBB-CCCC`);
      expect(wrong.statusCode).toBe(404);
      expect(wrong.body).toContain('核验未通过：没有与该报告编号和验证码相符的报告');
      expect(wrong.body).not.toContain(seeded.subject.name);
      const unknown = await get(`/reports/verify?no=XY-20260615-AAAAAAAA&code=${report.code}&lang=en`);
      expect(unknown.statusCode).toBe(404);
      expect(unknown.body).toContain('Not verified: no report has this number and verification code');
      expect((await get(`/reports/verify?no=${report.reportNo}`)).statusCode).toBe(400);
      const badDigest = await get(`/reports/verify?no=${report.reportNo}&code=${report.code}&digest=1234`);
      expect(badDigest.statusCode).toBe(400);
      expect(badDigest.body).toContain('摘要须为 64 位十六进制数字');
      expect((await post('/reports', { subject: '91440300000000000X' })).statusCode).toBe(404);
    });

    it('lets a signed-in visitor download with the CSRF token, and refuses a post without it', async () => {
      const profile = await get(`/subjects/${seeded.subject.code}`, s.Staff);
      expect(csrfOf(profile.body)).toBe(s.Staff!.csrf);
      await downloaded(await post('/reports', { subject: seeded.subject.code, _csrf: s.Staff!.csrf }, s.Staff));
      expect((await post('/reports', { subject: seeded.subject.code }, s.Staff)).statusCode).toBe(403);
    });

    it('gives the subject its full report under /me/reports, and nobody else', async () => {
      const page = await get('/me/reports', s.Self);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('下载完整版信用报告');
      expect(page.body).toContain('下载公开信用报告');
      expect(page.body).toContain('href="/me/reports" aria-current="page"');
      const full = await downloaded(await post('/me/reports', { kind: 'full', _csrf: s.Self!.csrf }, s.Self));
      for (const expected of ['完整版', 'A-LIVE', 'S-LIVE', seeded.subject.name]) expect(full.text).toContain(expected);
      expect(full.text).not.toContain('I-LIVE');
      const pub = await downloaded(await post('/me/reports', { kind: 'public', _csrf: s.Self!.csrf }, s.Self));
      expect(pub.text).not.toContain('A-LIVE');
      expect((await post('/me/reports', { kind: 'full' }, s.Self)).statusCode).toBe(403);
      const anonymous = await get('/me/reports');
      expect(anonymous.statusCode).toBe(303);
      expect(String(anonymous.headers.location)).toContain('/login?next=/me/reports');
      expect((await get('/me/reports', s.Staff)).statusCode).toBe(403);
      expect((await post('/me/reports', { kind: 'full', _csrf: s.Staff!.csrf }, s.Staff)).statusCode).toBe(403);
    });

    it('lists issued reports in the console register for staff and auditors, with a nav entry', async () => {
      const home = await get('/console', s.Staff);
      expect(home.body).toContain('href="/console/reports"');
      const register = await get(`/console/reports?subject=${seeded.subject.code}`, s.Auditor);
      expect(register.statusCode).toBe(200);
      expect(register.body).toContain('报告登记簿');
      expect(register.body).toContain(seeded.subject.name);
      expect(register.body).toMatch(/XY-20260615-[A-Z2-9]{8}/);
      expect(register.body).toContain('公众（未登录）');
      expect(register.body).toContain('完整版');
      const other = await get('/console/reports?subject=91440300000000000X', s.Auditor);
      expect(other.body).toContain('没有出具记录。');
      expect((await get('/console/reports', s.Provider)).statusCode).toBe(403);
      expect((await get('/console', s.Provider)).body).not.toContain('href="/console/reports"');
      expect(String((await get('/console/reports', s.Self)).headers.location)).toBe('/me');
    });
  });
}
