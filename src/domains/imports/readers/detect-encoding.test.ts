import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectEncoding, type DeclaredEncoding } from './detect-encoding.js';

const utf8 = Buffer.from('行政相对人名称,统一社会信用代码\n深圳市示例科技有限公司,91440305000000019K\n');
const gb = iconv.encode('行政相对人名称,统一社会信用代码\n深圳市示例科技有限公司,91440305000000019K\n', 'gb18030');
const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
const ascii = Buffer.from('CF_XDR_MC,CF_WSH\nabc,1\n');
/** A sample cut inside a three-byte character: still UTF-8. */
const cut = utf8.subarray(0, 4);

const outcome = (sample: Buffer, declared: DeclaredEncoding) => {
  try {
    return detectEncoding(sample, declared);
  } catch (err) {
    return (err as { code: string }).code;
  }
};

describe('detectEncoding', () => {
  it.each([
    ['UTF-8 with BOM', bom, 'auto', 'utf-8'],
    ['UTF-8 without BOM', utf8, 'auto', 'utf-8'],
    ['UTF-8 cut mid-character at the end of the sample', cut, 'auto', 'utf-8'],
    ['GB18030', gb, 'auto', 'gb18030'],
    ['ASCII', ascii, 'auto', 'utf-8'],
    ['GB18030 declared', gb, 'gb18030', 'gb18030'],
    ['ASCII declared GB18030', ascii, 'gb18030', 'gb18030'],
    ['UTF-8 declared', utf8, 'utf-8', 'utf-8'],
    ['GB18030 declared UTF-8', gb, 'utf-8', 'ENCODING_INVALID'],
    ['UTF-8 declared GB18030', utf8, 'gb18030', 'ENCODING_INVALID'],
    ['UTF-8 with BOM declared GB18030', bom, 'gb18030', 'ENCODING_INVALID'],
    ['UTF-16', Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'auto', 'ENCODING_INVALID'],
    ['binary', Buffer.from([0x00, 0x01, 0x02, 0xff]), 'auto', 'FILE_UNREADABLE'],
  ] as const)('%s (%s) → %s', (_what, sample, declared, expected) => {
    expect(outcome(sample, declared)).toBe(expected);
  });
});
