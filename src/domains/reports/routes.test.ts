import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { ConfigError, loadConfig } from '../../app/config.js';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { fixedClock } from '../../kernel/clock.js';
import { sha256Hex } from '../../kernel/crypto.js';
import { ARCHIVE_NOW, VIEWER_PASSWORD, seedViewers, type ArchiveViewers } from '../archive/testing.js';
import { LIVE_DECISION_NO, REPAIRED_DECISION_NO, pdfText, seedReportSubject, type SeededReport } from './testing.js';
import { availableParallelism } from 'node:os';
import { createHash } from 'node:crypto';

type Headers = Record<string, string>;

describe('XINYONG_PUBLIC_URL (where report QR codes point)', () => {
  const env = (extra: Record<string, string>) => ({ NODE_ENV: 'test', XINYONG_SECRETS_FILE: join(mkdtempSync(join(tmpdir(), 'xinyong-cfg-')), 's.json'), PORT: '8080', ...extra });
  it('defaults to http://localhost:PORT, drops a trailing slash, and refuses anything but http(s)', () => {
    expect(loadConfig(env({})).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig(env({ XINYONG_PUBLIC_URL: 'https://credit.example.gov.cn/' })).publicUrl).toBe('https://credit.example.gov.cn');
    expect(() => loadConfig(env({ XINYONG_PUBLIC_URL: 'ftp://credit.example.gov.cn' }))).toThrow(ConfigError);
    expect(() => loadConfig(env({ XINYONG_PUBLIC_URL: 'credit.example.gov.cn' }))).toThrow(/XINYONG_PUBLIC_URL/);
  });

  it('renders PDFs on XINYONG_REPORT_THREADS threads: none in tests unless asked, one per core otherwise', () => {
    expect(loadConfig(env({})).reportThreads).toBe(0);
    expect(loadConfig(env({ XINYONG_REPORT_THREADS: '2' })).reportThreads).toBe(2);
    expect(loadConfig(env({ NODE_ENV: 'development' })).reportThreads).toBe(availableParallelism());
    expect(() => loadConfig(env({ XINYONG_REPORT_THREADS: '-1' }))).toThrow(/XINYONG_REPORT_THREADS/);
  });
});

/** The reports API over HTTP (issue 8): issue, download, verify, the register's permissions, batches; errors as problem+json. */
for (const dialect of dialectsUnderTest()) {
  describe(`reports API [${dialect}]`, () => {
    let t: TestApp;
    let seeded: SeededReport;
    let v: ArchiveViewers;
    const as: Record<string, Headers> = {};

    async function signIn(name: string): Promise<Headers> {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: v.usernames[name], password: VIEWER_PASSWORD } });
      expect(res.statusCode).toBe(200);
      return { cookie: `xinyong_session=${res.cookies.find((c) => c.name === 'xinyong_session')!.value}`, 'x-csrf-token': res.json().csrfToken };
    }
    const issue = (body: object, headers: Headers = {}) => t.app.inject({ method: 'POST', url: '/api/v1/reports', payload: body, headers });
    const get = (url: string, headers: Headers = {}) => t.app.inject({ url, headers });
    const problem = (res: { statusCode: number; headers: Record<string, unknown>; json(): { code: string } }) =>
      ({ status: res.statusCode, type: String(res.headers['content-type']).split(';')[0], code: res.json().code });

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock: fixedClock(ARCHIVE_NOW) });
      seeded = await seedReportSubject(t.ctx.services, t.database);
      v = await seedViewers(t.ctx.services, seeded);
      for (const name of ['Self', 'Other', 'CreditOffice', 'Auditor']) as[name] = await signIn(name);
    }, 60_000);
    afterAll(async () => t.close());

    it('issues a public report to anyone, and serves the same PDF and the HTML again with the code', async () => {
      const res = await issue({ subject: seeded.subject.code });
      expect(res.statusCode).toBe(201);
      expect(res.headers['cache-control']).toBe('no-store');
      const report = res.json();
      expect(report).toMatchObject({ kind: 'public', subject: { name: seeded.subject.name, code: seeded.subject.code }, asOf: '2026-06-15' });
      expect(report.links.verify).toBe(`/reports/verify?no=${report.reportNo}&code=${encodeURIComponent(report.verificationCode)}`);

      const pdf = await get(report.links.pdf);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['content-disposition']).toBe(`attachment; filename="${report.reportNo}.pdf"`);
      expect(sha256Hex(pdf.rawPayload)).toBe(report.pdfSha256);
      const { text } = await pdfText(pdf.rawPayload);
      expect(text).toContain(LIVE_DECISION_NO);
      expect(text).not.toContain(REPAIRED_DECISION_NO);

      const html = await get(report.links.html);
      expect(html.statusCode).toBe(200);
      expect(html.headers['content-type']).toContain('text/html');
      expect(html.body).toContain(seeded.subject.name);
      expect(html.body).toContain('http://localhost:3000/reports/verify'); // XINYONG_PUBLIC_URL's default

      expect(problem(await get(`/api/v1/reports/${report.reportNo}/pdf?code=AAAA-BBBB-CCCC`))).toEqual({ status: 404, type: 'application/problem+json', code: 'REPORT_NOT_FOUND' });
      expect(problem(await issue({ subject: seeded.person.id }))).toEqual({ status: 404, type: 'application/problem+json', code: 'SUBJECT_NOT_FOUND' });
      expect(problem(await issue({ subject: seeded.subject.code, kind: 'secret' }))).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    });

    it('verifies number and code, and fails a wrong code, a wrong number and a changed PDF', async () => {
      const report = (await issue({ subject: seeded.subject.code })).json();
      const pdf = (await get(report.links.pdf)).rawPayload;
      const base = `/api/v1/reports/${report.reportNo}/verify`;

      const ok = await get(`${base}?code=${report.verificationCode}&digest=${sha256Hex(pdf)}`);
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ valid: true, digestMatches: true, reportNo: report.reportNo, issuedAt: ARCHIVE_NOW, pdfSha256: report.pdfSha256, contentDigest: report.contentDigest, verificationCount: 1 });
      expect((await get(`${base}?code=${report.verificationCode}`)).json()).toMatchObject({ valid: true, digestMatches: null, verificationCount: 2 });

      const changed = Buffer.from(pdf);
      changed[changed.length - 100] = changed[changed.length - 100]! ^ 0x20;
      expect((await get(`${base}?code=${report.verificationCode}&digest=${sha256Hex(changed)}`)).json()).toMatchObject({ valid: false, digestMatches: false });

      expect(problem(await get(`${base}?code=AAAA-BBBB-CCCC`))).toEqual({ status: 404, type: 'application/problem+json', code: 'REPORT_NOT_FOUND' });
      expect(problem(await get(`/api/v1/reports/XY-20260615-AAAAAAAA/verify?code=${report.verificationCode}`))).toMatchObject({ status: 404, code: 'REPORT_NOT_FOUND' });
      expect(problem(await get(`${base}?code=${report.verificationCode}&digest=not-a-digest`))).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      expect(problem(await get(base))).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    });

    it('issues a full report to the subject itself and refuses it to others', async () => {
      const own = await issue({ subject: seeded.subject.code, kind: 'full' }, as.Self);
      expect(own.statusCode).toBe(201);
      const { text } = await pdfText((await get(own.json().links.pdf)).rawPayload);
      expect(text).toContain('A-LIVE');
      expect(text).toContain('完整版');
      expect(problem(await issue({ subject: seeded.subject.code, kind: 'full' }, as.Other))).toEqual({ status: 403, type: 'application/problem+json', code: 'REPORT_FULL_NOT_ALLOWED' });
      expect(problem(await issue({ subject: seeded.subject.code, kind: 'full' }))).toMatchObject({ status: 403, code: 'REPORT_FULL_NOT_ALLOWED' });
      // A session-authenticated write without its CSRF token is refused before anything is issued.
      expect(problem(await issue({ subject: seeded.subject.code, kind: 'full' }, { cookie: as.Self!.cookie! }))).toMatchObject({ status: 403, code: 'CSRF_TOKEN_INVALID' });
    });

    it('shows the register to staff and auditors only', async () => {
      expect(problem(await get('/api/v1/reports'))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      expect(problem(await get('/api/v1/reports', as.Self))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
      const page = await get(`/api/v1/reports?subject=${seeded.subject.code}&pageSize=50`, as.Auditor);
      expect(page.statusCode).toBe(200);
      const items = page.json().items as Array<{ kind: string; issuer: { type: string; role: string }; subject: { code: string } }>;
      expect(items.length).toBeGreaterThanOrEqual(3);
      expect(items.every((i) => i.subject.code === seeded.subject.code)).toBe(true);
      expect(items.some((i) => i.kind === 'full' && i.issuer.role === 'subject')).toBe(true);
      expect(items.some((i) => i.kind === 'public' && i.issuer.type === 'anonymous')).toBe(true);
      expect((await get('/api/v1/reports', as.CreditOffice)).statusCode).toBe(200);
      expect(problem(await get('/api/v1/reports?pageSize=500', as.Auditor))).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    });

    it('zips a batch for signed-in users with a manifest, and refuses the public', async () => {
      const body = { subjects: [seeded.subject.code, '91440300000000000X'], purpose: '政府采购评审' };
      expect(problem(await t.app.inject({ method: 'POST', url: '/api/v1/reports/batch', payload: body }))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/reports/batch', payload: body, headers: as.CreditOffice });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/zip');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="reports-[0-9a-f-]+\.zip"$/);
      const files = unzipSync(new Uint8Array(res.rawPayload));
      const manifest = strFromU8(files['manifest.csv']!).replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(manifest[0]).toBe('subject,status,report_no,verification_code,pdf_sha256,file,error');
      const [issued, refused] = manifest.slice(1).map((l) => l.split(','));
      expect(issued!.slice(0, 2)).toEqual([seeded.subject.code, 'issued']);
      expect(sha256Hex(Buffer.from(files[issued![5]!]!))).toBe(issued![4]);
      expect(refused).toEqual(['91440300000000000X', 'refused', '', '', '', '', 'SUBJECT_NOT_FOUND']);
      const verified = await get(`/api/v1/reports/${issued![2]}/verify?code=${issued![3]}&digest=${issued![4]}`);
      expect(verified.json()).toMatchObject({ valid: true, digestMatches: true });
    });
  });
}

describe('reports rendered on the PDF threads (XINYONG_REPORT_THREADS=1)', () => {
  let t: TestApp;
  let seeded: SeededReport;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { env: { XINYONG_REPORT_THREADS: '1' } });
    seeded = await seedReportSubject(t.ctx.services, t.database);
  });
  afterAll(async () => t?.close());

  it('issues through the API a PDF whose text holds the penalty, and renders the same bytes again', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/reports', payload: { subject: seeded.subject.code, kind: 'public' } });
    expect(res.statusCode).toBe(201);
    const report = res.json() as { pdfSha256: string; links: { pdf: string } };
    const pdf = await t.app.inject({ url: report.links.pdf });
    expect(pdf.statusCode).toBe(200);
    expect(createHash('sha256').update(pdf.rawPayload).digest('hex')).toBe(report.pdfSha256);
    expect((await pdfText(pdf.rawPayload)).text).toContain(LIVE_DECISION_NO);
  });
});
