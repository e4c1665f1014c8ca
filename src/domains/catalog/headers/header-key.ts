// Column headers arrive typed by people and exported by many systems: a BOM on
// the first cell, full-width brackets and letters, stray spaces, lower-case
// codes, a leading * or a trailing （必填） marking required columns.

const BOM = /^\uFEFF/;
const SPACES = /\s+/g;
const REQUIRED_MARK = /^\*+|\((?:必填|选填|可选|非必填)\)$/g;

/** The form in which headers are compared: NFKC (full-width → half-width), no spaces, lower case. */
export function headerKey(header: string): string {
  return header.replace(BOM, '').normalize('NFKC').replace(SPACES, '').toLowerCase();
}

/** The same without a required-column marker (*名称, 名称（必填）): tried when the plain form is unknown. */
export function headerKeyWithoutMarks(header: string): string {
  return headerKey(header).replace(REQUIRED_MARK, '');
}
