// Subject names: one form for matching, the given form for display (SPEC §2).
// Matching folds the differences that do not change who is meant: full-width vs
// half-width, Traditional vs Simplified characters, bracket styles, spacing, case.
import { Converter } from 'opencc-js/t2cn';

let toSimplified: ((text: string) => string) | undefined;

/** Traditional → Simplified, Taiwan and Hong Kong variants both; the dictionaries load once, on first use. */
function simplify(text: string): string {
  if (toSimplified === undefined) {
    const fromTaiwan = Converter({ from: 'tw', to: 'cn' });
    const fromHongKong = Converter({ from: 'hk', to: 'cn' });
    toSimplified = (t) => fromHongKong(fromTaiwan(t));
  }
  return toSimplified(text);
}

/** Bracket styles seen in registered names; NFKC already maps （）［］ to ()[]. */
const OPENING_BRACKETS = /[〔【[﹝〖]/gu;
const CLOSING_BRACKETS = /[〕】\]﹞〗]/gu;
const SPACE_OR_INVISIBLE = /[\s\u00AD\u180E\u200B-\u200D\u2060]/gu;

/** The matching key of a name: NFKC, Simplified, brackets as (), no whitespace, lower case. */
export function normalizeName(name: string): string {
  return simplify(name.normalize('NFKC'))
    .replace(OPENING_BRACKETS, '(')
    .replace(CLOSING_BRACKETS, ')')
    .replace(SPACE_OR_INVISIBLE, '')
    .toLowerCase();
}

/** The name as given, only trimmed and with runs of whitespace collapsed to one space. */
export function displayName(name: string): string {
  return name.trim().replace(/\s+/gu, ' ');
}
