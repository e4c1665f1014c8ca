import { createReadStream } from 'node:fs';
import { LIMITS } from '../limits.js';
import { fileUnreadable, UnusableFileError } from '../errors.js';
import { createDecoder, type TextEncoding } from './decoder.js';
import { cellTooLarge } from './cell-limit.js';
import { createLineSplitter, type Line } from './line-splitter.js';
import type { RowProblem, RowSource, SourceRow } from './row-source.js';

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A line's object, or why the line is rejected. */
function parseLine(text: string): { object: Record<string, unknown> } | { problem: RowProblem } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { problem: { code: 'MALFORMED_JSON_LINE', message: `不是合法的 JSON / not valid JSON: ${(err as Error).message}` } };
  }
  if (!isPlainObject(value)) return { problem: { code: 'MALFORMED_JSON_LINE', message: '每行须为一个 JSON 对象 / each line must be one JSON object' } };
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string' && cellTooLarge(v)) return { problem: { code: 'CELL_TOO_LARGE', key, message: `字段超过 ${LIMITS.cellBytes} 字节 / value over ${LIMITS.cellBytes} bytes` } };
  }
  return { object: value };
}

/**
 * NDJSON: one JSON object per line, keyed like an API record (field key,
 * field code or Chinese label). Row numbers are line numbers (no header);
 * blank lines are skipped; a line that is not a JSON object rejects that row
 * only (MALFORMED_JSON_LINE), and so does a line over LIMITS.recordBytes.
 */
export async function openNdjson(path: string, encoding: TextEncoding): Promise<RowSource> {
  const file = createReadStream(path, { highWaterMark: 1024 * 1024 });
  const decoder = createDecoder(encoding);
  const splitter = createLineSplitter(LIMITS.recordBytes);
  let bytesRead = 0;
  let line = 0;

  function toRow(l: Line): SourceRow | null {
    line += 1;
    if (l.tooLong) return { row: line, position: line, problem: { code: 'ROW_TOO_LARGE', message: `该行超过 ${LIMITS.recordBytes} 字节 / line over ${LIMITS.recordBytes} bytes` } };
    let text = l.bytes.toString('utf8');
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim() === '') return null;
    const parsed = parseLine(text);
    return 'object' in parsed ? { row: line, position: line, object: parsed.object } : { row: line, position: line, problem: parsed.problem };
  }

  async function* rows(): AsyncGenerator<SourceRow> {
    try {
      for await (const chunk of file) {
        bytesRead += (chunk as Buffer).length;
        const decoded = decoder.write(chunk as Buffer);
        for (const l of splitter.write(decoded.bytes)) {
          const r = toRow(l);
          if (r) yield r;
        }
        if (decoded.error) throw new UnusableFileError(decoded.error.code, decoded.error.message, { row: line + 1 });
      }
      const tail = decoder.end();
      if (tail.error) throw new UnusableFileError(tail.error.code, tail.error.message, { row: line + 1 });
      for (const l of splitter.end()) {
        const r = toRow(l);
        if (r) yield r;
      }
    } catch (err) {
      if (err instanceof UnusableFileError) throw err;
      throw fileUnreadable(`读取文件失败 / cannot read the file: ${(err as Error).message}`, err);
    } finally {
      file.destroy();
    }
  }

  const iterator = rows();
  return {
    format: 'ndjson',
    encoding,
    header: null,
    rows: { [Symbol.asyncIterator]: () => iterator },
    bytesRead: () => bytesRead,
    close: async () => {
      await iterator.return(undefined);
      file.destroy();
    },
  };
}
