import { createReadStream } from 'node:fs';
import type ExcelJS from 'exceljs';
import { emptyFile, fileUnreadable, UnusableFileError } from '../errors.js';
import { checkCells } from './cell-limit.js';
import { cellText } from './cell-text.js';
import { isBlankRow, type RowSource, type SourceRow } from './row-source.js';
import { guardZip } from './zip-guard.js';

/** A worksheet row's cells as text; exceljs numbers cells from 1. */
function rowCells(values: ExcelJS.CellValue[] | Record<string, ExcelJS.CellValue>): string[] {
  const list = Array.isArray(values) ? values : [];
  const cells: string[] = [];
  for (let i = 1; i < list.length; i++) cells.push(cellText(list[i]));
  return cells;
}

/**
 * XLSX: the first worksheet, streamed row by row with exceljs after the zip
 * passed guardZip. Row numbers are the sheet's own (what Excel shows); empty
 * rows are absent from the stream but keep the numbering.
 */
export async function openXlsx(path: string): Promise<RowSource> {
  await guardZip(path);
  const file = createReadStream(path, { highWaterMark: 1024 * 1024 });
  let bytesRead = 0;
  file.on('data', (chunk) => (bytesRead += chunk.length));
  // Loaded here, not at start-up: CSV imports and the server never pay for it.
  const { default: excel } = await import('exceljs');
  const reader = new excel.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  let lastRow = 0;
  const broken = (err: unknown) =>
    err instanceof UnusableFileError ? err : new UnusableFileError('FILE_UNREADABLE', `XLSX 无法读取 / the XLSX cannot be read: ${(err as Error).message}`, { row: lastRow + 1, cause: err });

  async function* sheetRows(): AsyncGenerator<{ number: number; cells: string[] }> {
    try {
      for await (const sheet of reader) {
        for await (const row of sheet) {
          lastRow = row.number;
          yield { number: row.number, cells: rowCells(row.values) };
        }
        return;
      }
    } catch (err) {
      throw broken(err);
    } finally {
      file.destroy();
    }
  }

  const iterator = sheetRows();
  const close = async () => {
    await iterator.return(undefined);
    file.destroy();
  };
  try {
    let first = await iterator.next();
    while (!first.done && isBlankRow(first.value.cells)) first = await iterator.next();
    if (first.done) throw emptyFile();
    const headerRow = first.value.number;
    const header = first.value.cells.map((h) => h.trim());
    async function* dataRows(): AsyncGenerator<SourceRow> {
      for await (const { number, cells } of { [Symbol.asyncIterator]: () => iterator }) {
        const problem = checkCells(cells, header.length);
        const position = number - headerRow;
        yield problem ? { row: number, position, problem } : { row: number, position, cells };
      }
    }
    return { format: 'xlsx', encoding: null, header, rows: dataRows(), bytesRead: () => bytesRead, close };
  } catch (err) {
    await close();
    if (err instanceof UnusableFileError) throw err;
    throw fileUnreadable(`XLSX 无法读取 / the XLSX cannot be read: ${(err as Error).message}`, err);
  }
}
