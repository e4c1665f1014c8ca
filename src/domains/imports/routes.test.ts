import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { makeUscc } from '../../../test/support/factories.js';
import { signIn } from '../../../test/support/sessions.js';
import { systemActor } from '../../kernel/actor.js';
import { buildZip, deflatedZeros, raw, SHEET } from './readers/zip-fixtures.js';
import { BAD_ROW, FIXTURE_SOURCE, multipartBody, PENALTY_LABELS, writePenaltyCsv, type BadKind } from './testing.js';

const dir = mkdtempSync(join(tmpdir(), 'xinyong-upload-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function penaltyCsv(rows: number, opts: Parameters<typeof writePenaltyCsv>[1] extends infer O ? Partial<O> : never = {}): Promise<Buffer> {
  const path = join(dir, `f${++n}.csv`);
  await writePenaltyCsv(path, { rows, offset: 800_000 + n * 1000, ...opts });
  return readFileSync(path);
}

/** Uploads, background imports, batches and their error reports over HTTP. */
for (const dialect of dialectsUnderTest()) {
  describe(`imports API [${dialect}]`, () => {
    let t: TestApp;
    let key: string;
    let otherKey: string;
    const bearer = (k: string) => ({ authorization: `Bearer ${k}` });
    async function upload(file: { name: string; content: Buffer | string } | null, fields: Record<string, string> = { type: 'admin_penalty' }, headers: Record<string, string> = bearer(key)) {
      const body = multipartBody(fields, file);
      return t.app.inject({ method: 'POST', url: '/api/v1/imports', payload: body.payload, headers: { ...body.headers, ...headers } });
    }
    /** Uploads and waits for the background import; answers the batch as GET shows it. */
    async function imported(file: { name: string; content: Buffer | string }, fields?: Record<string, string>, headers?: Record<string, string>) {
      const res = await upload(file, fields, headers);
      expect(res.statusCode, res.body).toBe(202);
      const { batchId } = res.json() as { batchId: string };
      await t.ctx.services.imports.settled(batchId);
      return (await t.app.inject({ method: 'GET', url: `/api/v1/imports/${batchId}`, headers: headers ?? bearer(key) })).json();
    }

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const accounts = t.ctx.services.accounts;
      const dept = await accounts.createDepartment(systemActor, { code: FIXTURE_SOURCE.code, name: FIXTURE_SOURCE.name, kind: 'government' });
      const other = await accounts.createDepartment(systemActor, { code: makeUscc(5151, '11'), name: '另一个局', kind: 'government' });
      key = (await accounts.createApiKey(systemActor, { name: 'provider', departmentId: dept.id, purpose: 'provider' })).key;
      otherKey = (await accounts.createApiKey(systemActor, { name: 'other', departmentId: other.id, purpose: 'provider' })).key;
    });
    afterAll(async () => t.close());

    it('imports an upload in the background: 202, then the batch with its counts, then its rejected rows as CSV', async () => {
      const content = await penaltyCsv(10, { encoding: 'gb18030', bad: new Map<number, BadKind>([[4, BAD_ROW.missingFacts]]) });
      const batch = await imported({ name: '处罚.csv', content });
      expect(batch).toMatchObject({ status: 'completed', channel: 'file', fileName: '处罚.csv', encoding: 'gb18030', format: 'csv', progress: 1,
        rowsTotal: 10, counts: { created: 9, updated: 0, unchanged: 0, rejected: 1 }, department: { code: FIXTURE_SOURCE.code } });
      const csv = await t.app.inject({ method: 'GET', url: `/api/v1/imports/${batch.id}/errors.csv`, headers: bearer(key) });
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(csv.body).toBe(`\uFEFFrow,field,code,message\r\n6,violationFacts,FIELD_REQUIRED,违法事实必填 / violationFacts is required\r\n`);

      const list = (await t.app.inject({ method: 'GET', url: '/api/v1/imports', headers: bearer(key) })).json();
      expect(list.items.map((b: { id: string }) => b.id)).toContain(batch.id);
    });

    it('hides one department\'s batches from another\'s provider', async () => {
      const batch = await imported({ name: 'a.csv', content: await penaltyCsv(2) });
      const theirs = await t.app.inject({ method: 'GET', url: `/api/v1/imports/${batch.id}`, headers: bearer(otherKey) });
      expect([theirs.statusCode, theirs.json().code]).toEqual([404, 'IMPORT_NOT_FOUND']);
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/imports', headers: bearer(otherKey) })).json().items).toEqual([]);
      const named = await upload({ name: 'b.csv', content: await penaltyCsv(1) }, { type: 'admin_penalty', department: FIXTURE_SOURCE.code }, bearer(otherKey));
      expect([named.statusCode, named.json().code]).toEqual([403, 'SOURCE_DEPARTMENT_FORBIDDEN']);
    });

    it('lets credit-office staff import for a named department, with the session\'s CSRF token', async () => {
      const staff = await signIn(t, 'staff');
      const fields = { type: 'admin_penalty', department: FIXTURE_SOURCE.code };
      const noToken = await upload({ name: 'c.csv', content: await penaltyCsv(1) }, fields, { cookie: staff.headers.cookie });
      expect([noToken.statusCode, noToken.json().code]).toEqual([403, 'CSRF_TOKEN_INVALID']);
      const batch = await imported({ name: 'c.csv', content: await penaltyCsv(3) }, fields, staff.headers);
      expect(batch).toMatchObject({ status: 'completed', counts: { created: 3 }, department: { code: FIXTURE_SOURCE.code } });
    });

    it('answers 400 for an upload without a file, without a type, or cut short; 415 for one that is not multipart', async () => {
      expect((await upload(null)).json().code).toBe('FILE_REQUIRED');
      expect((await upload({ name: 'x.csv', content: 'a' }, {})).json().code).toBe('VALIDATION_FAILED');
      const whole = multipartBody({ type: 'admin_penalty' }, { name: 'cut.csv', content: await penaltyCsv(3) });
      const cut = await t.app.inject({ method: 'POST', url: '/api/v1/imports', payload: whole.payload.subarray(0, whole.payload.length - 60), headers: { ...whole.headers, ...bearer(key) } });
      expect([cut.statusCode, cut.json().code]).toEqual([400, 'MALFORMED_REQUEST']);
      const json = await t.app.inject({ method: 'POST', url: '/api/v1/imports', payload: { type: 'admin_penalty' }, headers: bearer(key) });
      expect([json.statusCode, json.json().code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    });

    it('records every unusable upload as an unreadable batch with its code, and the server stays up', async () => {
      const header = PENALTY_LABELS.join(',');
      const workbook = join(dir, 'w.xlsx');
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: workbook });
      wb.addWorksheet('s').addRow(PENALTY_LABELS).commit();
      await wb.commit();
      const zeros = await deflatedZeros(1024 * 1024 * 1024);
      const cases: Array<[string, { name: string; content: Buffer | string }, string, Record<string, string>?]> = [
        ['truncated XLSX', { name: 't.xlsx', content: readFileSync(workbook).subarray(0, 300) }, 'FILE_UNREADABLE'],
        ['random binary', { name: 'r.csv', content: Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 1) % 256)) }, 'FILE_UNREADABLE'],
        ['a zip bomb disguised as XLSX', { name: 'bomb.xlsx', content: buildZip([raw(SHEET, zeros.data, zeros.crc, 1024 * 1024 * 1024)]) }, 'ZIP_BOMB'],
        ['an unbalanced quote', { name: 'q.csv', content: `${header}\n"深圳,1\n` }, 'CSV_MALFORMED'],
        ['a wrong declared encoding', { name: 'e.csv', content: iconv.encode(`${header}\n甲,乙\n`, 'gb18030') }, 'ENCODING_INVALID', { type: 'admin_penalty', encoding: 'utf-8' }],
        ['a header without known columns', { name: 'h.csv', content: '姓名,电话\n张三,1\n' }, 'NO_KNOWN_COLUMNS'],
        ['an empty file', { name: 'z.csv', content: '' }, 'EMPTY_FILE'],
        ['an XLSX header without rows', { name: 'w.xlsx', content: readFileSync(workbook) }, 'EMPTY_FILE'],
      ];
      for (const [what, file, code, fields] of cases) {
        const batch = await imported(file, fields);
        expect([what, batch.status, batch.error?.code]).toEqual([what, 'unreadable', code]);
      }
      const bigCell = await imported({ name: 'big.csv', content: Buffer.concat([await penaltyCsv(2), Buffer.from(`${'x'.repeat(10 * 1024 * 1024)}\n`)]) });
      expect(bigCell).toMatchObject({ status: 'completed', counts: { created: 2, rejected: 1 } });
      expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    });
  });
}
