import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openNdjson } from './ndjson-reader.js';

const dir = mkdtempSync(join(tmpdir(), 'xinyong-ndjson-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(content: string): Promise<string[]> {
  const path = join(dir, 'f.ndjson');
  writeFileSync(path, content);
  const source = await openNdjson(path, 'utf-8');
  const out: string[] = [];
  for await (const r of source.rows) out.push(r.problem ? `${r.row}:${r.problem.code}${r.problem.key ? `(${r.problem.key})` : ''}` : `${r.row}:${JSON.stringify(r.object)}`);
  return out;
}

describe('openNdjson', () => {
  it('reads one object per line, numbered by line; blank lines are skipped but counted', async () => {
    expect(await read('\uFEFF{"a":1}\n\n{"行政相对人名称":"甲"}\r\n')).toEqual(['1:{"a":1}', '3:{"行政相对人名称":"甲"}']);
  });

  it('rejects a line that is not a JSON object (MALFORMED_JSON_LINE) and reads on', async () => {
    expect(await read('{"a":1}\n{"a":\n[1,2]\n"text"\n{"a":2}')).toEqual(['1:{"a":1}', '2:MALFORMED_JSON_LINE', '3:MALFORMED_JSON_LINE', '4:MALFORMED_JSON_LINE', '5:{"a":2}']);
  });

  it('rejects a value over 64 KiB (CELL_TOO_LARGE), naming its key', async () => {
    expect(await read(`${JSON.stringify({ violationFacts: '事'.repeat(30_000) })}\n{"a":1}\n`)).toEqual(['1:CELL_TOO_LARGE(violationFacts)', '2:{"a":1}']);
  });
});
