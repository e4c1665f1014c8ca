import type { FileHandle } from 'node:fs/promises';
import { fileUnreadable } from '../errors.js';

/** One entry of a zip's central directory, with what its local header says. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  /** where the local header starts, and where the compressed data starts */
  headerOffset: number;
  dataOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX = 0xffffffff;
/** The central directory of a workbook is small; a huge one is not a workbook. */
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

const notZip = (why: string) => fileUnreadable(`不是有效的 XLSX（zip）文件：${why} / not a valid XLSX (zip) file: ${why}`);

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await file.read(buf, 0, length, position);
  if (bytesRead < length) throw notZip('truncated');
  return buf;
}

/** ZIP64 extended information (extra field 0x0001): the 64-bit values of the fields that are 0xFFFFFFFF. */
function zip64Sizes(extra: Buffer, sizes: { uncompressed: number; compressed: number; offset: number }) {
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(p);
    const len = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => { const v = Number(extra.readBigUInt64LE(q)); q += 8; return v; };
      if (sizes.uncompressed === MAX) sizes.uncompressed = next();
      if (sizes.compressed === MAX) sizes.compressed = next();
      if (sizes.offset === MAX) sizes.offset = next();
    }
    p += 4 + len;
  }
  return sizes;
}

/** Finds the end of central directory record (ZIP64 aware): where the directory is and how big. */
async function directoryBounds(file: FileHandle, size: number): Promise<{ offset: number; length: number; count: number }> {
  const tailLength = Math.min(size, 22 + 0xffff);
  if (tailLength < 22) throw notZip('too short');
  const tail = await readAt(file, size - tailLength, tailLength);
  let at = -1;
  for (let p = tail.length - 22; p >= 0; p--) if (tail.readUInt32LE(p) === EOCD) { at = p; break; }
  if (at < 0) throw notZip('no end of central directory (truncated?)');
  let count = tail.readUInt16LE(at + 10);
  let length = tail.readUInt32LE(at + 12);
  let offset = tail.readUInt32LE(at + 16);
  if (offset === MAX || length === MAX || count === 0xffff) {
    const locatorAt = size - tailLength + at - 20;
    const locator = locatorAt >= 0 ? await readAt(file, locatorAt, 20) : Buffer.alloc(20);
    if (locator.readUInt32LE(0) !== ZIP64_LOCATOR) throw notZip('bad ZIP64 locator');
    const record = await readAt(file, Number(locator.readBigUInt64LE(8)), 56);
    if (record.readUInt32LE(0) !== ZIP64_EOCD) throw notZip('bad ZIP64 end record');
    count = Number(record.readBigUInt64LE(32));
    length = Number(record.readBigUInt64LE(40));
    offset = Number(record.readBigUInt64LE(48));
  }
  if (length > MAX_DIRECTORY_BYTES || offset + length > size) throw notZip('central directory out of bounds');
  return { offset, length, count };
}

/** The entries of a zip file, read from its central directory and checked against their local headers. */
export async function readZipDirectory(file: FileHandle, size: number): Promise<{ entries: ZipEntry[]; directoryOffset: number }> {
  const bounds = await directoryBounds(file, size);
  const dir = await readAt(file, bounds.offset, bounds.length);
  const entries: ZipEntry[] = [];
  for (let p = 0, i = 0; i < bounds.count; i++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) throw notZip('bad central directory entry');
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const commentLength = dir.readUInt16LE(p + 32);
    const sizes = zip64Sizes(dir.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), {
      uncompressed: dir.readUInt32LE(p + 24), compressed: dir.readUInt32LE(p + 20), offset: dir.readUInt32LE(p + 42),
    });
    const local = await readAt(file, sizes.offset, 30);
    if (local.readUInt32LE(0) !== LOCAL) throw notZip('bad local header');
    const flags = dir.readUInt16LE(p + 8);
    const localCompressed = local.readUInt32LE(18);
    if ((flags & 0x08) === 0 && localCompressed !== MAX && localCompressed !== sizes.compressed) throw notZip('local header disagrees with the directory');
    const dataOffset = sizes.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (dataOffset + sizes.compressed > bounds.offset) throw notZip('entry overlaps the central directory');
    entries.push({
      name: dir.toString('utf8', p + 46, p + 46 + nameLength), method: dir.readUInt16LE(p + 10), flags,
      compressedSize: sizes.compressed, uncompressedSize: sizes.uncompressed, headerOffset: sizes.offset, dataOffset,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, directoryOffset: bounds.offset };
}
