import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { openXlsx } from './xlsx-reader.js';

const dir = mkdtempSync(join(tmpdir(), 'xinyong-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openXlsx', () => {
  it('reads the first sheet as text cells: dates, numbers, rich text, formulas; rows keep the sheet\'s numbers', async () => {
    const path = join(dir, 'a.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
    const ws = wb.addWorksheet('处罚');
    ws.addRow(['行政相对人名称', '处罚决定日期', '罚款金额', '备注']).commit();
    ws.addRow(['甲公司', new Date(Date.UTC(2025, 4, 20)), 0.5, { richText: [{ text: '多' }, { text: '段' }] }]).commit();
    ws.addRow([]).commit();
    ws.addRow(['乙公司', '2025/05/21', { formula: '1+1', result: 2 }, { text: '链接', hyperlink: 'https://example.org' }]).commit();
    wb.addWorksheet('其他').addRow(['不读 / not read']).commit();
    await wb.commit();

    const source = await openXlsx(path);
    const rows: string[] = [];
    for await (const r of source.rows) rows.push(`${r.row}/${r.position}:${r.cells!.join('|')}`);
    expect(source.header).toEqual(['行政相对人名称', '处罚决定日期', '罚款金额', '备注']);
    expect(rows).toEqual(['2/1:甲公司|2025-05-20|0.5|多段', '4/3:乙公司|2025/05/21|2|链接']);
  });

  it('refuses a file that is not a workbook before exceljs sees it: FILE_UNREADABLE', async () => {
    const { writeFileSync } = await import('node:fs');
    const path = join(dir, 'b.xlsx');
    writeFileSync(path, 'PK\u0003\u0004 not really a zip');
    await expect(openXlsx(path)).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
  });
});
