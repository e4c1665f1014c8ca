// Hand-built zip files for the zip guard's tests: honest ones, bombs, liars.
import { crc32, deflateRawSync } from 'node:zlib';

export interface FixtureEntry {
  name: string;
  /** the bytes as stored (already deflated when method is 8) */
  data: Buffer;
  method: 0 | 8;
  crc: number;
  /** what the headers claim */
  uncompressedSize: number;
}

/** An entry stored deflated, with honest sizes unless told otherwise. */
export function deflated(name: string, content: Buffer, claim?: number): FixtureEntry {
  return { name, data: deflateRawSync(content), method: 8, crc: crc32(content), uncompressedSize: claim ?? content.length };
}

/** An entry whose deflated bytes are given (a bomb built elsewhere, streaming). */
export function raw(name: string, data: Buffer, crc: number, uncompressedSize: number): FixtureEntry {
  return { name, data, method: 8, crc, uncompressedSize };
}

function localHeader(e: FixtureEntry): Buffer {
  const name = Buffer.from(e.name);
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(e.method, 8);
  h.writeUInt32LE(e.crc >>> 0, 14);
  h.writeUInt32LE(e.data.length, 18);
  h.writeUInt32LE(e.uncompressedSize, 22);
  h.writeUInt16LE(name.length, 26);
  return Buffer.concat([h, name]);
}

function centralHeader(e: FixtureEntry, offset: number): Buffer {
  const name = Buffer.from(e.name);
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(e.method, 10);
  h.writeUInt32LE(e.crc >>> 0, 16);
  h.writeUInt32LE(e.data.length, 20);
  h.writeUInt32LE(e.uncompressedSize, 24);
  h.writeUInt16LE(name.length, 28);
  h.writeUInt32LE(offset, 42);
  return Buffer.concat([h, name]);
}

/** A zip of the entries; `hidden` go into the file between them without being listed in the directory. */
export function buildZip(entries: FixtureEntry[], hidden: FixtureEntry[] = []): Buffer {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let at = 0;
  const push = (b: Buffer) => { parts.push(b); at += b.length; };
  for (const e of hidden) push(Buffer.concat([localHeader(e), e.data]));
  for (const e of entries) {
    offsets.push(at);
    push(Buffer.concat([localHeader(e), e.data]));
  }
  const dirStart = at;
  entries.forEach((e, i) => push(centralHeader(e, offsets[i]!)));
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(at - dirStart, 12);
  end.writeUInt32LE(dirStart, 16);
  return Buffer.concat([...parts, end]);
}

/** The smallest workbook parts around a sheet, so that a zip looks like an XLSX. */
export const SHEET = 'xl/worksheets/sheet1.xml';

/** `bytes` zeros, deflated as a stream (1 GiB takes about a second and ~1 MB): a bomb's payload. */
export async function deflatedZeros(bytes: number): Promise<{ data: Buffer; crc: number }> {
  const { createDeflateRaw } = await import('node:zlib');
  const deflater = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on('data', (c: Buffer) => out.push(c));
  const ended = new Promise((resolve) => deflater.on('end', resolve));
  const block = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let left = bytes; left > 0; left -= block.length) {
    const piece = left >= block.length ? block : block.subarray(0, left);
    crc = crc32(piece, crc);
    if (!deflater.write(piece)) await new Promise((resolve) => deflater.once('drain', resolve));
  }
  deflater.end();
  await ended;
  return { data: Buffer.concat(out), crc };
}
