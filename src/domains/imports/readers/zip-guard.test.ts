import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../limits.js';
import { guardZip } from './zip-guard.js';
import { buildZip, deflated, deflatedZeros, raw, SHEET } from './zip-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'xinyong-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
const file = (bytes: Buffer) => {
  const path = join(dir, `f${++n}.xlsx`);
  writeFileSync(path, bytes);
  return path;
};
const code = (p: Promise<unknown>) => p.then(() => 'passed', (e: { code?: string }) => e.code);

async function workbook(): Promise<string> {
  const path = join(dir, `wb${++n}.xlsx`);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const ws = wb.addWorksheet('处罚');
  ws.addRow(['行政相对人名称', '处罚决定日期']).commit();
  ws.addRow(['深圳市示例科技有限公司', new Date(Date.UTC(2025, 4, 20))]).commit();
  await wb.commit();
  return path;
}

describe('guardZip', () => {
  it('passes a workbook as exceljs writes it (entries with data descriptors)', async () => {
    expect(await code(guardZip(await workbook()))).toBe('passed');
  });

  it('refuses 1 GiB of zeros in a ~1 MB file before inflating it: ZIP_BOMB', async () => {
    const zeros = await deflatedZeros(1024 * 1024 * 1024);
    expect(zeros.data.length).toBeLessThan(5 * 1024 * 1024);
    const started = performance.now();
    expect(await code(guardZip(file(buildZip([raw(SHEET, zeros.data, zeros.crc, 1024 * 1024 * 1024)]))))).toBe('ZIP_BOMB');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('catches an entry that inflates past the size it declares (a lying header): ZIP_BOMB', async () => {
    const zeros = await deflatedZeros(8 * 1024 * 1024);
    expect(await code(guardZip(file(buildZip([raw(SHEET, zeros.data, zeros.crc, 100 * 1024)]))))).toBe('ZIP_BOMB');
  });

  it('refuses data the directory does not list (hidden local entries): FILE_UNREADABLE', async () => {
    const sheet = deflated(SHEET, Buffer.from('<worksheet/>'));
    expect(await code(guardZip(file(buildZip([sheet], [deflated('xl/worksheets/sheet9.xml', Buffer.alloc(1000))]))))).toBe('FILE_UNREADABLE');
  });

  it('limits the total inflated size', async () => {
    const path = file(buildZip([deflated(SHEET, Buffer.alloc(5000, 'a'))]));
    expect(await code(guardZip(path, { ...LIMITS, zipTotalBytes: 4000 }))).toBe('ZIP_BOMB');
  });

  it.each([
    ['a truncated workbook', async () => readFileSync(await workbook()).subarray(0, 2000)],
    ['random bytes', async () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))],
    ['a zip without a worksheet', async () => buildZip([deflated('word/document.xml', Buffer.from('<doc/>'))])],
    ['an empty file', async () => Buffer.alloc(0)],
  ])('refuses %s: FILE_UNREADABLE', async (_what, make) => {
    expect(await code(guardZip(file(await make())))).toBe('FILE_UNREADABLE');
  });
});
