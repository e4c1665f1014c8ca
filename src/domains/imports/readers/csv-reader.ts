import { createReadStream } from 'node:fs';
import { parse, type Parser } from 'csv-parse';
import { LIMITS } from '../limits.js';
import { csvMalformed, emptyFile, fileUnreadable, UnusableFileError } from '../errors.js';
import { createDecoder, type TextEncoding } from './decoder.js';
import { checkCells } from './cell-limit.js';
import { isBlankRow, type RowSource, type SourceRow } from './row-source.js';

/**
 * CSV through csv-parse, streamed: each chunk of the file is decoded, parsed
 * synchronously into a small queue (one chunk's records) and handed out
 * before the next chunk is read, so memory stays flat whatever the file.
 *
 * Quotes inside an unquoted field are kept as text (relax_quotes). A quote
 * that never closes swallows the rest of the file: it surfaces as
 * CSV_MALFORMED at the row where it opened, at the end of the file or as soon
 * as the runaway record passes LIMITS.recordBytes, so it is never held whole.
 * Every row before it has been handed out (docs/data-formats.md: what is kept).
 */
export async function openCsv(path: string, encoding: TextEncoding): Promise<RowSource> {
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  const decoder = createDecoder(encoding);
  const queue: string[][] = [];
  const parser: Parser = parse({
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    max_record_size: LIMITS.recordBytes,
    on_record: (record: string[]) => {
      queue.push(record);
      return null;
    },
  });
  parser.on('error', () => {}); // reported through the write and end callbacks
  const feed = (bytes: Buffer) => new Promise<unknown>((resolve) => parser.write(bytes, (err) => resolve(err ?? null)));
  const finish = () => new Promise<unknown>((resolve) => parser.end((err?: unknown) => resolve(err ?? null)));
  let bytesRead = 0;
  let row = 0;

  /** The error as the import reports it: at the record after the last one handed out. */
  const breakAt = (err: unknown): UnusableFileError => {
    const at = row + 1;
    if (err instanceof UnusableFileError) return new UnusableFileError(err.code, err.message, { row: at, cause: err });
    const code = (err as { code?: string }).code ?? '';
    if (code === 'CSV_QUOTE_NOT_CLOSED') return csvMalformed(`第 ${at} 行的引号没有闭合，之后的内容无法读取 / the quote opened at row ${at} is never closed`, at, err);
    if (code === 'CSV_MAX_RECORD_SIZE') {
      return csvMalformed(`第 ${at} 行超过 ${LIMITS.recordBytes} 字节（引号未闭合？）/ the record at row ${at} runs past ${LIMITS.recordBytes} bytes (an unclosed quote?)`, at, err);
    }
    if (code.startsWith('CSV_') || code.startsWith('INVALID_')) return csvMalformed(`第 ${at} 行无法解析 / row ${at} cannot be parsed: ${(err as Error).message}`, at, err);
    return fileUnreadable(`读取文件失败 / cannot read the file: ${(err as Error).message}`, err);
  };

  async function* records(): AsyncGenerator<string[]> {
    let failure: unknown = null;
    try {
      for await (const chunk of file) {
        bytesRead += (chunk as Buffer).length;
        const decoded = decoder.write(chunk as Buffer);
        if (decoded.error) {
          // Read on to the last complete line before the bad bytes, never into them.
          const lines = decoded.bytes.subarray(0, decoded.bytes.lastIndexOf(0x0a) + 1);
          if (!(await feed(lines))) await finish();
          while (queue.length > 0) yield queue.shift()!;
          failure = decoded.error;
          break;
        }
        failure = await feed(decoded.bytes);
        while (queue.length > 0) yield queue.shift()!;
        if (failure) break;
      }
      if (!failure) {
        const tail = decoder.end();
        failure = (await feed(tail.bytes)) ?? tail.error ?? (await finish());
        while (queue.length > 0) yield queue.shift()!;
      }
    } catch (err) {
      failure = err;
    }
    if (failure) throw breakAt(failure);
  }

  const iterator = records();
  const close = async () => {
    await iterator.return(undefined);
    file.destroy();
  };
  try {
    let first = await iterator.next();
    row = 1;
    while (!first.done && isBlankRow(first.value)) {
      first = await iterator.next();
      row += 1;
    }
    if (first.done) throw emptyFile();
    const headerRow = row;
    const header = first.value.map((h) => h.trim());
    return { format: 'csv', encoding, header, rows: dataRows(headerRow, header.length), bytesRead: () => bytesRead, close };
  } catch (err) {
    await close();
    throw err;
  }

  async function* dataRows(headerRow: number, width: number): AsyncGenerator<SourceRow> {
    for await (const cells of { [Symbol.asyncIterator]: () => iterator }) {
      row += 1;
      const problem = checkCells(cells, width);
      yield problem ? { row, position: row - headerRow, problem } : { row, position: row - headerRow, cells };
    }
  }
}
