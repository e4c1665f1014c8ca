import { describe, expect, it } from 'vitest';
import { batchCsv, parseBatchCsv } from './batch-csv.js';

describe('batch CSV', () => {
  it('reads the first column, skips a header line, blank lines and a BOM', () => {
    expect(parseBatchCsv('\uFEFFcode,note\r\n91440300708461136T,a\r\n\r\n 深圳市（示例）有限公司 \n')).toEqual(['91440300708461136T', '深圳市（示例）有限公司']);
    expect(parseBatchCsv('91440300708461136T\n')).toEqual(['91440300708461136T']);
    expect(parseBatchCsv('')).toEqual([]);
  });

  it('quotes cells that need it and defuses spreadsheet formulas', () => {
    const csv = batchCsv([{ index: 0, input: '=cmd()', error: { code: 'SUBJECT_NOT_FOUND', message: '未找到主体, no subject' } }]);
    expect(csv.split('\r\n')[1]).toBe(`0,'=cmd(),,,,,,,SUBJECT_NOT_FOUND,"未找到主体, no subject"`);
  });
});
