import { LIMITS } from '../limits.js';
import type { RowProblem } from './row-source.js';

/** UTF-8 takes at most 3 bytes per UTF-16 unit: shorter strings need no byte count. */
const SAFE_LENGTH = Math.floor(LIMITS.cellBytes / 3);

export function cellTooLarge(text: string): boolean {
  return text.length > SAFE_LENGTH && Buffer.byteLength(text, 'utf8') > LIMITS.cellBytes;
}

/**
 * What is wrong with a row's cells as a whole, if anything: a cell over the
 * limit (CELL_TOO_LARGE: the row is rejected and the cell never stored), or
 * more non-blank cells than the header has columns (COLUMN_COUNT_MISMATCH:
 * an unquoted comma shifted the row, and every later field would be wrong).
 */
export function checkCells(cells: readonly string[], width: number): RowProblem | undefined {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (cellTooLarge(cell)) {
      return { code: 'CELL_TOO_LARGE', column: i, message: `单元格超过 ${LIMITS.cellBytes} 字节 / cell over ${LIMITS.cellBytes} bytes` };
    }
    if (i >= width && cell.trim() !== '') {
      return { code: 'COLUMN_COUNT_MISMATCH', message: `该行有 ${cells.length} 列，表头只有 ${width} 列 / the row has ${cells.length} cells, the header ${width} columns` };
    }
  }
  return undefined;
}
