import { parse } from 'csv-parse/sync';
import type { BatchItem } from './schema.js';

/** UTF-8 byte order mark: Excel reads Chinese text in a CSV correctly only with it. */
const BOM = '\uFEFF';
/** A first line naming the column rather than a subject. */
const HEADER = /^(code|subject|codes|subjects|name|统一社会信用代码|信用代码|代码|主体|主体名称|名称)$/i;

/**
 * The subjects of a CSV batch (UTF-8, with or without BOM): the first column
 * of each non-empty line; a header line naming the column is skipped.
 */
export function parseBatchCsv(text: string): string[] {
  const rows = parse(text.startsWith(BOM) ? text.slice(1) : text, { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  const refs = rows.map((r) => r[0] ?? '').filter((v) => v !== '');
  return refs.length > 0 && HEADER.test(refs[0]!) ? refs.slice(1) : refs;
}

/** One cell, quoted when it must be (RFC 4180), and defused when a spreadsheet would read it as a formula (OWASP CSV injection). */
function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const BATCH_CSV_HEADER = 'index,subject,code,name,verdict,measures,rewards,receipt_id,error_code,error';

/** Batch results as CSV: BOM, header, one line per subject in request order; measure codes joined by `;`. */
export function batchCsv(items: readonly BatchItem[]): string {
  const lines = items.map((i) => {
    const r = i.result;
    return [
      i.index, i.input, r?.subject.code ?? r?.subject.idNumberMasked, r?.subject.name, r?.verdict,
      r?.measures.map((m) => m.code).join(';'), r?.rewards.map((m) => m.code).join(';'), r?.receipt.id, i.error?.code, i.error?.message,
    ].map(cell).join(',');
  });
  return `${BOM}${BATCH_CSV_HEADER}\r\n${lines.map((l) => `${l}\r\n`).join('')}`;
}
