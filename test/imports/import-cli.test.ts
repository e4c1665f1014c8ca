import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { buildZip, deflatedZeros, raw, SHEET } from '../../src/domains/imports/readers/zip-fixtures.js';
import { BAD_ROW, FIXTURE_SOURCE, PENALTY_LABELS, writePenaltyCsv, type BadKind } from '../../src/domains/imports/testing.js';
import { makeUscc } from '../support/factories.js';
import { runCli } from './cli.js';

const dir = mkdtempSync(join(tmpdir(), 'xinyong-cli-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'cli.db');
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const importing = (path: string, ...more: string[]) => runCli(['import', path, '--type', 'admin_penalty', '--source', FIXTURE_SOURCE.code, ...more], db);
const zero = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
const recordCount = () => {
  const sqlite = new Database(db, { readonly: true });
  try {
    return (sqlite.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
};

/** SPEC §13 `xinyong import`, spawned as a user runs it: exit codes, the summary line, the error report. */
describe('xinyong import (CLI)', { timeout: 240_000 }, () => {
  it('stores the good rows of a GB18030 file, lists the bad ones with row numbers and codes, exits 1; a re-run is all unchanged', async () => {
    const path = join(dir, '处罚-gb18030.csv');
    await writePenaltyCsv(path, { rows: 30, encoding: 'gb18030', bad: new Map<number, BadKind>([[3, BAD_ROW.usccCheck], [10, BAD_ROW.missingFacts], [20, BAD_ROW.badDate]]) });
    const errors = join(dir, 'errors.csv');
    const first = await importing(path, '--errors', errors);
    expect(first.code, first.stderr).toBe(1);
    expect(first.summary).toEqual({ created: 27, updated: 0, unchanged: 0, rejected: 3 });
    expect(first.stderr).toContain(FIXTURE_SOURCE.name); // the new department, named from the file's 数据来源单位
    const report = readFileSync(errors, 'utf8');
    expect(report.startsWith('\uFEFFrow,field,code,message\r\n')).toBe(true);
    expect(report.split('\r\n').slice(1, -1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      '5,subjectCode,USCC_CHECK_CHAR', '12,violationFacts,FIELD_REQUIRED', '22,decisionDate,DATE_INVALID',
    ]);

    const again = await importing(path);
    expect([again.code, again.summary]).toEqual([1, { created: 0, updated: 0, unchanged: 27, rejected: 3 }]);
    expect(recordCount()).toBe(27);
  });

  it('exits 0 when every row is stored, and a dry run stores nothing', async () => {
    const path = join(dir, 'clean.csv');
    await writePenaltyCsv(path, { rows: 5, offset: 10_000 });
    const dry = await importing(path, '--dry-run');
    expect([dry.code, dry.summary]).toEqual([0, { ...zero, created: 5 }]);
    const real = await importing(path);
    expect([real.code, real.summary]).toEqual([0, { ...zero, created: 5 }]);
  });

  it('keeps the rows before a quote that never closes and exits 1, naming the row', async () => {
    const path = join(dir, 'broken.csv');
    await writePenaltyCsv(path, { rows: 4, offset: 20_000 });
    writeFileSync(path, `${readFileSync(path, 'utf8')}"深圳市未闭合,1\r\n`);
    const run = await importing(path);
    expect([run.code, run.summary]).toEqual([1, { ...zero, created: 4 }]);
    expect(run.stderr).toContain('CSV_MALFORMED');
    expect(run.stderr).toContain('row 6');
  });

  it('rejects the row with a 10 MB cell and stores the rest (exit 1)', async () => {
    const path = join(dir, 'big-cell.csv');
    await writePenaltyCsv(path, { rows: 2, offset: 30_000 });
    writeFileSync(path, `${readFileSync(path, 'utf8')}深圳市大单元格公司,${'x'.repeat(10 * 1024 * 1024)}\r\n`);
    const errors = join(dir, 'big-cell-errors.csv');
    const run = await importing(path, '--errors', errors);
    expect([run.code, run.summary]).toEqual([1, { ...zero, created: 2, rejected: 1 }]);
    expect(readFileSync(errors, 'utf8')).toContain('4,subjectCategory,CELL_TOO_LARGE,');
  });

  it('exits 2 and stores nothing for files it cannot read', async () => {
    const workbook = join(dir, 'wb.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: workbook });
    wb.addWorksheet('s').addRow(PENALTY_LABELS).commit();
    await wb.commit();
    const zeros = await deflatedZeros(1024 * 1024 * 1024);
    const header = PENALTY_LABELS.join(',');
    const cases: Array<[string, string, string[]?]> = [
      [file('truncated.xlsx', readFileSync(workbook).subarray(0, 400)), 'FILE_UNREADABLE'],
      [file('random.bin', Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 3) % 256))), 'FILE_UNREADABLE'],
      [file('bomb.xlsx', buildZip([raw(SHEET, zeros.data, zeros.crc, 1024 * 1024 * 1024)])), 'ZIP_BOMB'],
      [file('quote.csv', `${header}\n"深圳,1\n2,3\n`), 'CSV_MALFORMED'],
      [file('declared.csv', iconv.encode(`${header}\n甲,乙\n`, 'gb18030')), 'ENCODING_INVALID', ['--encoding', 'utf-8']],
      [file('columns.csv', '姓名,电话\n张三,1\n'), 'NO_KNOWN_COLUMNS'],
      [file('empty.csv', ''), 'EMPTY_FILE'],
      [join(dir, 'missing.csv'), 'FILE_NOT_FOUND'],
    ];
    const before = recordCount();
    for (const [path, code, more] of cases) {
      const run = await importing(path, ...(more ?? []));
      expect([path, run.code, run.summary]).toEqual([path, 2, zero]);
      expect(run.stderr).toContain(code);
    }
    expect(recordCount()).toBe(before);
  });

  it('exits 2 for unusable arguments: a --source that is no USCC, a new department without a name, an unknown type', async () => {
    const path = join(dir, 'no-source-column.csv');
    writeFileSync(path, `${PENALTY_LABELS.slice(0, 14).join(',')}\n深圳市某公司\n`);
    const badCode = await runCli(['import', path, '--type', 'admin_penalty', '--source', '91440300ABCDEFGHIJ'], db);
    expect([badCode.code, badCode.stderr.includes('INVALID_IDENTIFIER')]).toEqual([2, true]);
    const noName = await runCli(['import', path, '--type', 'admin_penalty', '--source', makeUscc(777, '11')], db);
    expect([noName.code, noName.stderr.includes('SOURCE_NAME_REQUIRED')]).toEqual([2, true]);
    const named = await runCli(['import', path, '--type', 'admin_penalty', '--source', makeUscc(777, '11'), '--source-name', '深圳市南山区某局'], db);
    expect(named.stderr).toContain('深圳市南山区某局');
    const type = await runCli(['import', path, '--type', 'no_such_type', '--source', FIXTURE_SOURCE.code], db);
    expect([type.code, type.stderr.includes('RECORD_TYPE_UNKNOWN')]).toEqual([2, true]);
    const encoding = await runCli(['import', path, '--type', 'admin_penalty', '--source', FIXTURE_SOURCE.code, '--encoding', 'latin1'], db);
    expect(encoding.code).toBe(2);
  });
});
