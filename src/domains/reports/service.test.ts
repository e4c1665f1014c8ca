import { createPublicKey, verify } from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { anonymousActor, systemActor } from '../../kernel/actor.js';
import { fixedClock } from '../../kernel/clock.js';
import { sha256Hex } from '../../kernel/crypto.js';
import { ARCHIVE_NOW, seedViewers, type ArchiveViewers } from '../archive/testing.js';
import { sampleUscc } from '../catalog/testing.js';
import { canonicalJson } from '../../kernel/canonical-json.js';
import { LIVE_DECISION_NO, REPAIRED_DECISION_NO, pdfText, seedReportSubject, type SeededReport } from './testing.js';

const codeOf = (err: unknown) => (err as { code?: string }).code;
const rejection = async (p: Promise<unknown>) => codeOf(await p.then(() => null, (e: unknown) => e));

/** Reports end to end on each engine: content, PDF text, digests, verification, the register, batches. */
for (const dialect of dialectsUnderTest()) {
  describe(`reports [${dialect}]`, () => {
    let t: TestApp;
    let seeded: SeededReport;
    let v: ArchiveViewers;
    const reports = () => t.ctx.services.reports;

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock: fixedClock(ARCHIVE_NOW) });
      seeded = await seedReportSubject(t.ctx.services, t.database);
      v = await seedViewers(t.ctx.services, seeded);
    }, 60_000);
    afterAll(async () => t.close());

    it('issues a public PDF whose text names the subject, its code and a live penalty, and nothing expired, repaired or non-public', async () => {
      const { report, pdf, content } = await reports().issue(anonymousActor(), { subject: seeded.subject.code });
      expect(report.reportNo).toMatch(/^XY-20260615-[A-Z2-9]{8}$/);
      expect(report.verificationCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const { text, pages } = await pdfText(pdf);
      for (const expected of [seeded.subject.name, seeded.subject.code, LIVE_DECISION_NO, 'P-LIVE', 'L-LIVE', 'C-LIVE', '公共信用信息报告', report.reportNo]) expect(text).toContain(expected);
      for (const absent of [REPAIRED_DECISION_NO, 'P-ENDED', 'P-WITHDRAWN', 'S-LIVE', 'A-LIVE', 'I-LIVE', seeded.legalRepIdNumber, report.verificationCode.slice(0, 0) || '不存在的文本']) expect(text).not.toContain(absent);
      // a footer with the report number and the page count on every page
      expect(pages.length).toBeGreaterThan(1);
      pages.forEach((p, i) => expect(p).toContain(`第 ${i + 1} 页 / 共 ${pages.length} 页`));
      pages.forEach((p) => expect(p).toContain(report.reportNo));
      expect(content.penalties.map((r) => r.docNo).sort()).toEqual([LIVE_DECISION_NO, 'P-LIVE'].sort());
      expect(content.subject.idNumberMasked).toBeNull();
    });

    it('issues a full report to the subject itself with shared and authorised records, still without expired, repaired or internal ones', async () => {
      const { pdf, content } = await reports().issue(v.self, { subject: seeded.subject.code, kind: 'full' });
      const { text } = await pdfText(pdf);
      for (const expected of ['S-LIVE', 'A-LIVE', 'P-LIVE', LIVE_DECISION_NO, '完整版']) expect(text).toContain(expected);
      for (const absent of ['I-LIVE', 'S-ENDED', 'A-ENDED', 'P-ENDED', REPAIRED_DECISION_NO, seeded.legalRepIdNumber]) expect(text).not.toContain(absent);
      expect(content.kind).toBe('full');
    });

    it('refuses a full report to anyone the subject has not authorised, and a public one about a person', async () => {
      expect(await rejection(reports().issue(v.otherSubject, { subject: seeded.subject.code, kind: 'full' }))).toBe('REPORT_FULL_NOT_ALLOWED');
      expect(await rejection(reports().issue(anonymousActor(), { subject: seeded.subject.code, kind: 'full' }))).toBe('REPORT_FULL_NOT_ALLOWED');
      expect(await rejection(reports().issue(anonymousActor(), { subject: seeded.person.id }))).toBe('SUBJECT_NOT_FOUND');
      expect(await rejection(reports().issue(anonymousActor(), { subject: '' }))).toBe('VALIDATION_FAILED');
    });

    it('verifies number and code, fails a wrong code and a changed PDF, and renders the same bytes again from the snapshot', async () => {
      const { report, pdf } = await reports().issue(anonymousActor(), { subject: seeded.subject.code });
      expect(sha256Hex(pdf)).toBe(report.pdfSha256);
      const ok = await reports().verify(report.reportNo, { code: report.verificationCode.toLowerCase().replaceAll('-', ' '), digest: sha256Hex(pdf) });
      expect(ok).toMatchObject({ valid: true, digestMatches: true, reportNo: report.reportNo, subject: { name: seeded.subject.name, code: seeded.subject.code }, issuedAt: '2026-06-15T02:00:00.000Z', verificationCount: 1 });
      expect(await rejection(reports().verify(report.reportNo, { code: 'AAAA-BBBB-CCCC' }))).toBe('REPORT_NOT_FOUND');
      expect(await rejection(reports().verify('XY-20260615-AAAAAAAA', { code: report.verificationCode }))).toBe('REPORT_NOT_FOUND');
      const altered = Buffer.from(pdf);
      const middle = Math.floor(altered.length / 2);
      altered[middle] = altered[middle]! ^ 0x01;
      expect(await reports().verify(report.reportNo, { code: report.verificationCode, digest: sha256Hex(altered) })).toMatchObject({ valid: false, digestMatches: false, verificationCount: 2 });

      const again = await reports().render(report.reportNo, report.verificationCode, 'pdf');
      expect(sha256Hex(again.body as Buffer)).toBe(report.pdfSha256);
      const html = (await reports().render(report.reportNo, report.verificationCode, 'html')).body as string;
      expect(html).toContain(seeded.subject.name);
      expect(html).toContain(LIVE_DECISION_NO);
      expect(await rejection(reports().render(report.reportNo, 'WRONG-CODE-1', 'pdf'))).toBe('REPORT_NOT_FOUND');

      const row = await t.database.db.selectFrom('reports').selectAll().where('reportNo', '=', report.reportNo).executeTakeFirstOrThrow();
      expect(row.codeHash).not.toContain(report.verificationCode.replaceAll('-', ''));
      expect(sha256Hex(canonicalJson(JSON.parse(row.snapshot)))).toBe(report.contentDigest);
      const publicKey = createPublicKey(t.ctx.config.secrets.signingKey);
      expect(verify(null, Buffer.from(report.contentDigest), publicKey, Buffer.from(row.signature, 'base64'))).toBe(true);
    });

    it('prints rare characters with the fallback font and names the ones no font has', async () => {
      const name = '深圳市龘𠀡𠮷科技有限公司';
      const code = sampleUscc(8801);
      await t.ctx.services.subjects.create(systemActor, { type: 'enterprise', code, name, legalRep: '龘靐' });
      const { pdf, content } = await reports().issue(anonymousActor(), { subject: code });
      const { text } = await pdfText(pdf);
      expect(text).toContain('深圳市龘𠀡〓科技有限公司');
      expect(content.notes.join()).toContain('U+20BB7');
    });

    it('keeps a register for staff and zips a batch with a manifest', async () => {
      expect(await rejection(reports().register(anonymousActor(), {}))).toBe('UNAUTHENTICATED');
      expect(await rejection(reports().register(v.otherSubject, {}))).toBe('FORBIDDEN');
      const { zip, lines } = await t.ctx.services.reportBatch(v.creditOffice, { subjects: [seeded.subject.code, '91440300000000000X'] });
      expect(lines.map((l) => l.status)).toEqual(['issued', 'refused']);
      const files = unzipSync(new Uint8Array(zip));
      const manifest = strFromU8(files['manifest.csv']!);
      expect(manifest).toContain(lines[0]!.reportNo!);
      expect(sha256Hex(Buffer.from(files[lines[0]!.file!]!))).toBe(lines[0]!.pdfSha256);
      const page = await reports().register(v.creditOffice, { subject: seeded.subject.code });
      expect(page.items.find((i) => i.reportNo === lines[0]!.reportNo)).toMatchObject({ issuer: { role: 'staff' }, verificationCount: 0, batchId: expect.any(String) });
      expect(page.items.length).toBeGreaterThanOrEqual(4);
    });
  });
}
