import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileUnreadable } from '../errors.js';
import type { ImportFormat } from './row-source.js';

/** The first `bytes` bytes of a file (fewer if it is shorter). */
export async function readSample(path: string, bytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: the pre-2007 binary .xls */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const starts = (sample: Uint8Array, magic: number[]) => magic.every((b, i) => sample[i] === b);

/**
 * The format of a file: the one declared, else what its first bytes say (a
 * zip is XLSX, a first `{` is NDJSON), else its extension, else CSV.
 */
export function detectFormat(sample: Buffer, fileName: string | null, declared?: ImportFormat): ImportFormat {
  if (declared) return declared;
  if (starts(sample, OLE2_MAGIC)) throw fileUnreadable('不支持旧版 .xls 文件，请另存为 .xlsx 或 CSV / legacy .xls is not supported: save as .xlsx or CSV');
  if (starts(sample, ZIP_MAGIC)) return 'xlsx';
  const ext = fileName ? extname(fileName).toLowerCase() : '';
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.csv' || ext === '.txt') return 'csv';
  const text = sample.subarray(0, 256).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  return text.startsWith('{') ? 'ndjson' : 'csv';
}
