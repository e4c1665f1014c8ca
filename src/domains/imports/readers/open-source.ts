import { LIMITS } from '../limits.js';
import { emptyFile, fileUnreadable } from '../errors.js';
import { openCsv } from './csv-reader.js';
import { detectEncoding, type DeclaredEncoding } from './detect-encoding.js';
import { detectFormat, readSample } from './file-sample.js';
import { openNdjson } from './ndjson-reader.js';
import type { ImportFormat, RowSource } from './row-source.js';
import { openXlsx } from './xlsx-reader.js';

export interface OpenOptions {
  /** the name the file came with (upload, CLI argument): its extension helps tell the format */
  fileName?: string | null;
  format?: ImportFormat;
  encoding?: DeclaredEncoding;
}

/** Opens a file for import: format and encoding detected (or as declared), header read, rows ready to stream. */
export async function openRowSource(path: string, opts: OpenOptions = {}): Promise<RowSource> {
  let sample: Buffer;
  try {
    sample = await readSample(path, LIMITS.sampleBytes);
  } catch (err) {
    throw fileUnreadable(`无法打开文件 / cannot open the file: ${(err as Error).message}`, err);
  }
  if (sample.length === 0) throw emptyFile();
  const format = detectFormat(sample, opts.fileName ?? path, opts.format);
  if (format === 'xlsx') return openXlsx(path);
  const encoding = detectEncoding(sample, opts.encoding ?? 'auto');
  return format === 'csv' ? openCsv(path, encoding) : openNdjson(path, encoding);
}
