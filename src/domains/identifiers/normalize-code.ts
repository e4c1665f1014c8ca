// Codes arrive typed, pasted from PDFs and spreadsheets: full-width digits, lower
// case, spaces in groups, tabs, ideographic spaces (U+3000) and invisible characters.
// These are normalised, not rejected (SPEC §2). Hyphens and other punctuation are
// kept, so a stray one fails the alphabet check instead of being silently dropped;
// the organisation code parser accepts its own XXXXXXXX-X hyphen explicitly.

/** Whitespace (\s covers tab, NBSP, U+3000, U+FEFF, line breaks) and zero-width characters. */
const SPACE_OR_INVISIBLE = /[\s\u00AD\u180E\u200B-\u200D\u2060]/gu;

/** NFKC (full-width → half-width), upper case, all whitespace and zero-width characters removed. */
export function normalizeCode(input: string): string {
  return input.normalize('NFKC').toUpperCase().replace(SPACE_OR_INVISIBLE, '');
}
