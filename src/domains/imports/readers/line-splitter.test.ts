import { describe, expect, it } from 'vitest';
import { createLineSplitter } from './line-splitter.js';

const text = (lines: ReturnType<ReturnType<typeof createLineSplitter>['write']>) => lines.map((l) => (l.tooLong ? 'TOO_LONG' : l.bytes.toString()));

describe('createLineSplitter', () => {
  it('splits on LF and CRLF across chunks, the last line without a newline too', () => {
    const s = createLineSplitter(100);
    expect([...text(s.write(Buffer.from('a\r\nb'))), ...text(s.write(Buffer.from('c\nd'))), ...text(s.end())]).toEqual(['a', 'bc', 'd']);
  });

  it('reports a line over the limit without keeping it, and goes on with the next', () => {
    const s = createLineSplitter(5);
    const out = [...text(s.write(Buffer.from('12345'))), ...text(s.write(Buffer.from('678'))), ...text(s.write(Buffer.from('9\nok\n'))), ...text(s.end())];
    expect(out).toEqual(['TOO_LONG', 'ok']);
  });

  it('reports an over-long last line', () => {
    const s = createLineSplitter(3);
    expect([...text(s.write(Buffer.from('ok\n123456'))), ...text(s.end())]).toEqual(['ok', 'TOO_LONG']);
  });
});
