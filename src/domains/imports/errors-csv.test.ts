import { describe, expect, it } from 'vitest';
import { csvCell, errorsCsv } from './errors-csv.js';

async function text(lines: Parameters<typeof errorsCsv>[0]): Promise<string> {
  let out = '';
  for await (const part of errorsCsv(lines)) out += part;
  return out;
}

describe('error report CSV', () => {
  it('starts with a BOM and the header, one CRLF line per problem', async () => {
    async function* lines() {
      yield { row: 5, field: 'subjectCode', code: 'USCC_CHECK_CHAR', message: '校验码错误 / check character "4"' };
      yield { row: null, field: null, code: 'CSV_MALFORMED', message: 'quote, never closed' };
    }
    expect(await text(lines())).toBe('\uFEFFrow,field,code,message\r\n5,subjectCode,USCC_CHECK_CHAR,"校验码错误 / check character ""4"""\r\n,,CSV_MALFORMED,"quote, never closed"\r\n');
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-1+2', "'-1+2"],
  ])('cell %j → %s (quoted when needed, formulas defused)', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});
