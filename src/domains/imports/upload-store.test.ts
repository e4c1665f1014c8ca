import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { storeUpload } from './upload-store.js';

const dir = mkdtempSync(join(tmpdir(), 'xinyong-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('storeUpload', () => {
  it('stores the stream and hashes it on the way', async () => {
    const content = Buffer.from('行政相对人名称\n深圳市示例科技有限公司\n');
    const stored = await storeUpload(Readable.from([content.subarray(0, 7), content.subarray(7)]), join(dir, 'ok'), 1000);
    expect(readFileSync(stored.path)).toEqual(content);
    expect(stored).toMatchObject({ size: content.length, sha256: createHash('sha256').update(content).digest('hex') });
  });

  it('refuses a stream over the limit (FILE_TOO_LARGE) and leaves nothing behind', async () => {
    const target = join(dir, 'big');
    await expect(storeUpload(Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), target, 1000)).rejects.toMatchObject({ code: 'FILE_TOO_LARGE', status: 413 });
    expect(readdirSync(target)).toEqual([]);
  });
});
