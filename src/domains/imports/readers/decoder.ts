import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { encodingInvalid, type UnusableFileError } from '../errors.js';

export type TextEncoding = 'utf-8' | 'gb18030';

/** Bytes at the end of `buf` that start a UTF-8 sequence not yet complete (0-3). */
export function incompleteUtf8Tail(buf: Uint8Array): number {
  for (let back = 1; back <= Math.min(4, buf.length); back++) {
    const b = buf[buf.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** One chunk decoded: UTF-8 bytes up to the first bad sequence, and the error if there was one. */
export interface Decoded {
  bytes: Buffer;
  error?: UnusableFileError;
}

/** A stateful decoder from the file's bytes to checked UTF-8 bytes; a sequence split across chunks is carried over. */
export interface Decoder {
  write(chunk: Buffer): Decoded;
  end(): Decoded;
}

const notUtf8 = () => encodingInvalid('文件不是有效的 UTF-8 编码 / the file is not valid UTF-8');
const notGb = () => encodingInvalid('文件不是有效的 GB18030/GBK 编码 / the file is not valid GB18030/GBK');

/** The valid prefix of bytes that fail isUtf8 (rare path: Node's decoder marks the first bad byte with U+FFFD). */
function validUtf8Prefix(buf: Buffer): Buffer {
  const text = buf.toString('utf8');
  let from = 0;
  for (;;) {
    const at = text.indexOf('\uFFFD', from);
    if (at < 0) return buf;
    const offset = Buffer.byteLength(text.slice(0, at));
    if (!(buf[offset] === 0xef && buf[offset + 1] === 0xbf && buf[offset + 2] === 0xbd)) return buf.subarray(0, offset);
    from = at + 1;
  }
}

/**
 * UTF-8 passes through unchanged after a native check; GB18030 (a superset of
 * GBK and GB2312) is converted. Bytes the encoding cannot decode end the
 * file with ENCODING_INVALID: a file is never read with replacement characters.
 */
export function createDecoder(encoding: TextEncoding): Decoder {
  return encoding === 'utf-8' ? utf8Decoder() : gb18030Decoder();
}

function utf8Decoder(): Decoder {
  let carry = Buffer.alloc(0);
  return {
    write(chunk) {
      const buf = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const cut = buf.length - incompleteUtf8Tail(buf);
      const whole = buf.subarray(0, cut);
      carry = Buffer.from(buf.subarray(cut));
      return isUtf8(whole) ? { bytes: whole } : { bytes: validUtf8Prefix(whole), error: notUtf8() };
    },
    end() {
      return carry.length > 0 ? { bytes: Buffer.alloc(0), error: notUtf8() } : { bytes: Buffer.alloc(0) };
    },
  };
}

function gb18030Decoder(): Decoder {
  const decoder = iconv.getDecoder('gb18030');
  const checked = (text: string): Decoded => {
    const bad = text.indexOf('\uFFFD');
    return bad < 0 ? { bytes: Buffer.from(text, 'utf8') } : { bytes: Buffer.from(text.slice(0, bad), 'utf8'), error: notGb() };
  };
  return {
    write: (chunk) => checked(decoder.write(chunk)),
    end: () => checked(decoder.end() ?? ''),
  };
}
