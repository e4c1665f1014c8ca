import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';
import { LIMITS, type Limits } from '../limits.js';
import { fileUnreadable, zipBomb } from '../errors.js';
import { readZipDirectory, type ZipEntry } from './zip-directory.js';

/** A data descriptor (signature, CRC, two sizes, ZIP64) takes at most 24 bytes; no local entry fits in that. */
const MAX_GAP = 24;
const mib = (n: number) => `${Math.round(n / 1024 / 1024)} MiB`;

/**
 * The zip must hold only what its directory lists: entries from offset 0,
 * back to back, up to the directory. exceljs (unzipper) reads local headers
 * one after the other, so a hidden entry between them would escape the checks.
 */
function checkTiling(entries: ZipEntry[], directoryOffset: number): void {
  const sorted = [...entries].sort((a, b) => a.headerOffset - b.headerOffset);
  let end = 0;
  for (const e of sorted) {
    if (e.headerOffset < end || e.headerOffset - end > MAX_GAP) throw fileUnreadable('zip 条目之间有未列出的数据 / the zip holds data its directory does not list');
    end = e.dataOffset + e.compressedSize;
  }
  if (directoryOffset - end > MAX_GAP || directoryOffset < end) throw fileUnreadable('zip 目录前有未列出的数据 / the zip holds data its directory does not list');
}

function checkDeclared(entries: ZipEntry[], limits: Limits): void {
  let total = 0;
  for (const e of entries) {
    if (e.flags & 0x01) throw fileUnreadable('加密的 XLSX 不受支持 / encrypted XLSX is not supported');
    if (e.method !== 0 && e.method !== 8) throw fileUnreadable(`不支持的压缩方式 ${e.method} / unsupported zip compression method ${e.method}`);
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > limits.zipRatioFromBytes && ratio > limits.zipRatio) {
      throw zipBomb(`${e.name} 压缩比 ${Math.round(ratio)}:1 超过 ${limits.zipRatio}:1 / ${e.name} inflates ${Math.round(ratio)}:1, over ${limits.zipRatio}:1`);
    }
    if (e.name === 'xl/sharedStrings.xml' && e.uncompressedSize > limits.xlsxSharedStringsBytes) {
      throw fileUnreadable(`共享字符串超过 ${mib(limits.xlsxSharedStringsBytes)}，请改用 CSV / shared strings over ${mib(limits.xlsxSharedStringsBytes)}: import this file as CSV`);
    }
  }
  if (total > limits.zipTotalBytes) throw zipBomb(`解压后共 ${mib(total)}，超过 ${mib(limits.zipTotalBytes)} / inflates to ${mib(total)}, over ${mib(limits.zipTotalBytes)}`);
}

/** Inflates one entry into nothing, stopping as soon as it yields more than its directory declared. */
async function checkInflated(path: string, e: ZipEntry): Promise<void> {
  if (e.method === 0 || e.compressedSize === 0) {
    if (e.method === 0 && e.compressedSize !== e.uncompressedSize) throw fileUnreadable(`${e.name} 大小不符 / ${e.name} has inconsistent sizes`);
    return;
  }
  let seen = 0;
  const counter = new Writable({
    write(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      done(seen > e.uncompressedSize ? zipBomb(`${e.name} 解压后超过其声明的大小 / ${e.name} inflates past its declared size`) : null);
    },
  });
  const source = createReadStream(path, { start: e.dataOffset, end: e.dataOffset + e.compressedSize - 1 });
  try {
    await pipeline(source, createInflateRaw(), counter);
  } catch (err) {
    if ((err as { code?: string }).code === 'ZIP_BOMB') throw err;
    throw fileUnreadable(`${e.name} 数据损坏 / ${e.name} is corrupt`, err);
  }
  if (seen !== e.uncompressedSize) throw fileUnreadable(`${e.name} 数据损坏 / ${e.name} is corrupt`);
}

/**
 * Checks an XLSX before exceljs opens it (zip bombs, truncated or disguised
 * files): the directory and local headers agree and cover the whole file,
 * declared sizes and ratios are within limits (ZIP_BOMB), and every entry
 * really inflates to its declared size and no more, counted without keeping
 * anything. Anything else wrong is FILE_UNREADABLE.
 */
export async function guardZip(path: string, limits: Limits = LIMITS): Promise<void> {
  const file = await open(path, 'r');
  let listing: Awaited<ReturnType<typeof readZipDirectory>>;
  try {
    listing = await readZipDirectory(file, (await file.stat()).size);
  } finally {
    await file.close();
  }
  if (!listing.entries.some((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))) {
    throw fileUnreadable('文件中没有工作表 / the workbook has no worksheet');
  }
  checkTiling(listing.entries, listing.directoryOffset);
  checkDeclared(listing.entries, limits);
  for (const e of listing.entries) await checkInflated(path, e);
}
