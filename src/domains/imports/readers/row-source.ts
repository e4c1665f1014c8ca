/** A reader's problem with one row: the row is rejected, reading goes on. */
export interface RowProblem {
  code: string;
  message: string;
  /** 0-based column of a CSV/XLSX cell, when one cell is at fault */
  column?: number;
  /** NDJSON: the key at fault */
  key?: string;
}

/**
 * One data row as read from a file. `row` is the number a person sees in the
 * file (CSV and XLSX: header = row 1, first data row = row 2; NDJSON: the line
 * number); `position` counts data rows from 1 (the header is position 0), and
 * is what a resumed import skips by.
 */
export interface SourceRow {
  row: number;
  position: number;
  /** CSV and XLSX: the cells, in header order */
  cells?: string[];
  /** NDJSON: the parsed object */
  object?: Record<string, unknown>;
  problem?: RowProblem;
}

export type ImportFormat = 'csv' | 'xlsx' | 'ndjson';

/** An open file: its header (none for NDJSON) and then its data rows, read lazily. */
export interface RowSource {
  format: ImportFormat;
  /** the text encoding read with (CSV, NDJSON); null for XLSX */
  encoding: string | null;
  header: string[] | null;
  rows: AsyncIterable<SourceRow>;
  /** file bytes consumed so far, for progress */
  bytesRead(): number;
  /** releases the file (safe to call twice, and after the rows ran out) */
  close(): Promise<void>;
}

/** Cells that are all blank: such rows are skipped, not rejected (they still count in row numbers). */
export function isBlankRow(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}
