import { isUtf8 } from 'node:buffer';
import { encodingInvalid, fileUnreadable } from '../errors.js';
import { incompleteUtf8Tail, type TextEncoding } from './decoder.js';

export type DeclaredEncoding = 'auto' | TextEncoding;

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const startsWith = (sample: Uint8Array, bytes: number[]) => bytes.every((b, i) => sample[i] === b);

/** The sample (the file's first bytes) is valid UTF-8, a sequence cut off at its end aside. */
function sampleIsUtf8(sample: Buffer): boolean {
  return isUtf8(sample.subarray(0, sample.length - incompleteUtf8Tail(sample)));
}

const hasHighBytes = (sample: Uint8Array) => sample.some((b) => b >= 0x80);

/**
 * SPEC §3.3: CSV in UTF-8 (with or without BOM) or GB18030/GBK, detected
 * automatically or declared. Detection: a BOM means UTF-8; else the first
 * 64 KiB that decode as strict UTF-8 mean UTF-8; else GB18030. A declared
 * encoding the sample contradicts is refused (ENCODING_INVALID), never
 * read into mojibake: UTF-8 declared for bytes that are not UTF-8, or GB18030
 * declared for a file with a UTF-8 BOM or whose non-ASCII text is valid UTF-8
 * (GB18030 decodes most UTF-8 into wrong characters without an error).
 */
export function detectEncoding(sample: Buffer, declared: DeclaredEncoding): TextEncoding {
  if (startsWith(sample, [0xff, 0xfe]) || startsWith(sample, [0xfe, 0xff])) {
    throw encodingInvalid('UTF-16 文件不受支持，请另存为 CSV UTF-8 / UTF-16 is not supported: save as CSV UTF-8');
  }
  if (sample.includes(0)) throw fileUnreadable('文件含有二进制内容，不是 CSV 文本 / the file holds binary data, not CSV text');
  const bom = startsWith(sample, UTF8_BOM);
  const utf8 = bom || sampleIsUtf8(sample);
  if (declared === 'utf-8') {
    if (!utf8) throw encodingInvalid('声明为 UTF-8，但文件不是有效的 UTF-8 / declared UTF-8, but the file is not valid UTF-8', 1);
    return 'utf-8';
  }
  if (declared === 'gb18030') {
    if (bom || (utf8 && hasHighBytes(sample))) {
      throw encodingInvalid('声明为 GB18030，但文件是 UTF-8 编码 / declared GB18030, but the file is UTF-8', 1);
    }
    return 'gb18030';
  }
  return utf8 ? 'utf-8' : 'gb18030';
}
