import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { openCsv } from './csv-reader.js';
import type { TextEncoding } from './decoder.js';

const dir = mkdtempSync(join(tmpdir(), 'xinyong-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** Reads a CSV the way the import does: header, then each row as `row:cells` or `row:CODE`, then `BREAK CODE@row` if it broke. */
async function read(content: string | Buffer, encoding: TextEncoding = 'utf-8'): Promise<string[]> {
  const path = join(dir, `f${++n}.csv`);
  writeFileSync(path, content);
  const source = await openCsv(path, encoding);
  const out = [`header:${source.header!.join('|')}`];
  try {
    for await (const r of source.rows) out.push(r.problem ? `${r.row}:${r.problem.code}` : `${r.row}/${r.position}:${r.cells!.join('|')}`);
  } catch (err) {
    const e = err as { code: string; row: number };
    out.push(`BREAK ${e.code}@${e.row}`);
  } finally {
    await source.close();
  }
  return out;
}

const failure = (p: Promise<unknown>) => p.then(() => null, (e: { code: string }) => e.code);

describe('openCsv', () => {
  it('numbers rows as a person counts them: header 1, blank lines counted, CRLF and BOM handled', async () => {
    expect(await read('\uFEFF名称,代码\r\n甲,1\r\n\r\n乙,2\r\n')).toEqual(['header:名称|代码', '2/1:甲|1', '3/2:', '4/3:乙|2']);
  });

  it('counts a quoted cell with line breaks as one row', async () => {
    expect(await read('a,b\n"多\n行",1\n丙,2\n')).toEqual(['header:a|b', '2/1:多\n行|1', '3/2:丙|2']);
  });

  it('keeps a stray quote inside an unquoted cell as text', async () => {
    expect(await read('a,b\n第"八"条,1\n')).toEqual(['header:a|b', '2/1:第"八"条|1']);
  });

  it('decodes GB18030', async () => {
    expect(await read(iconv.encode('名称,代码\n深圳市示例公司,1\n', 'gb18030'), 'gb18030')).toEqual(['header:名称|代码', '2/1:深圳市示例公司|1']);
  });

  it('rejects a row with a 10 MB cell (CELL_TOO_LARGE) and reads on, without holding the cell', async () => {
    const before = process.memoryUsage().rss;
    const rows = await read(`a,b\n1,${'x'.repeat(10 * 1024 * 1024)}\n2,ok\n`);
    expect(rows).toEqual(['header:a|b', '2:CELL_TOO_LARGE', '3/2:2|ok']);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('rejects a row whose unquoted comma shifted it past the header (COLUMN_COUNT_MISMATCH); trailing empty cells are fine', async () => {
    expect(await read('a,b\n1,2,3\n1,2,,\n1\n')).toEqual(['header:a|b', '2:COLUMN_COUNT_MISMATCH', '3/2:1|2||', '4/3:1']);
  });

  it('stops at a quote that never closes, at the row where it opened (CSV_MALFORMED), after handing out the rows before', async () => {
    expect(await read('a,b\n1,2\n3,"4\n5,6\n7,8\n')).toEqual(['header:a|b', '2/1:1|2', 'BREAK CSV_MALFORMED@3']);
  });

  it('stops at bytes that are not UTF-8 (ENCODING_INVALID) at their row, the rows before handed out', async () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n1,2\n3,4\n'), iconv.encode('中文,5\n', 'gb18030'), Buffer.from('6,7\n')]);
    expect(await read(bytes)).toEqual(['header:a|b', '2/1:1|2', '3/2:3|4', 'BREAK ENCODING_INVALID@4']);
  });

  it('stops at bytes GB18030 cannot decode (ENCODING_INVALID)', async () => {
    const bytes = Buffer.concat([iconv.encode('a,b\n中,1\n', 'gb18030'), Buffer.from([0x81, 0x20, 0x0a])]);
    expect(await read(bytes, 'gb18030')).toEqual(['header:a|b', '2/1:中|1', 'BREAK ENCODING_INVALID@3']);
  });

  it('refuses an empty file or one of blank lines (EMPTY_FILE); a header alone has no rows', async () => {
    for (const content of ['', '\n\n  \n']) {
      writeFileSync(join(dir, 'empty.csv'), content);
      expect(await failure(openCsv(join(dir, 'empty.csv'), 'utf-8'))).toBe('EMPTY_FILE');
    }
    expect(await read('a,b\n')).toEqual(['header:a|b']);
  });
});
