/**
 * The bounds that keep an import's memory flat whatever the file: a cell is
 * checked at 64 KiB (larger ones reject their row and are never stored), a
 * record at 32 MiB (beyond it a CSV cannot be read on: see csv-reader.ts),
 * and an XLSX is refused before reading when its zip would inflate too far.
 */
export const LIMITS = Object.freeze({
  /** bytes of UTF-8 in one cell: more → the row is rejected with CELL_TOO_LARGE */
  cellBytes: 64 * 1024,
  /** bytes of one CSV record or NDJSON line held in memory at most */
  recordBytes: 32 * 1024 * 1024,
  /** bytes read from the start of a file to detect its format and encoding */
  sampleBytes: 64 * 1024,
  /** XLSX: total uncompressed size of all zip entries */
  zipTotalBytes: 2 * 1024 * 1024 * 1024,
  /** XLSX: uncompressed/compressed ratio of one entry, checked for entries above zipRatioFromBytes */
  zipRatio: 100,
  zipRatioFromBytes: 1024 * 1024,
  /** XLSX: shared strings are held in memory while the sheet is read */
  xlsxSharedStringsBytes: 256 * 1024 * 1024,
});

export type Limits = typeof LIMITS;
