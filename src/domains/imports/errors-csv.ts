import type { ErrorLine } from './schema.js';

/** UTF-8 byte order mark: Excel opens Chinese text in a CSV correctly only with it. */
export const UTF8_BOM = '\uFEFF';
export const ERRORS_CSV_HEADER = 'row,field,code,message';

/**
 * One cell, quoted when it must be (RFC 4180), and defused when a spreadsheet
 * would read it as a formula (OWASP CSV injection: a leading = + - @ tab or CR).
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const errorCsvLine = (e: ErrorLine): string => `${[e.row, e.field, e.code, e.message].map(csvCell).join(',')}\r\n`;

/** The error report as CSV text: BOM, header, one line per problem, streamed. */
export async function* errorsCsv(lines: AsyncIterable<ErrorLine>): AsyncGenerator<string> {
  yield `${UTF8_BOM}${ERRORS_CSV_HEADER}\r\n`;
  let buffer = '';
  for await (const line of lines) {
    buffer += errorCsvLine(line);
    if (buffer.length > 64 * 1024) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}
