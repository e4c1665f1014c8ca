// Organisation code (组织机构代码), GB 11714-1997: an 8-character body of digits and
// upper-case letters plus one check character, written XXXXXXXX-X. It is also the
// subject identifier inside every USCC (GB 32100-2015, characters 9-17).
import { normalizeCode } from './normalize-code.js';
import { failure, invalid, type IdentifierFailure, type IdentifierResult } from './result.js';

/** GB 11714-1997 weights for the eight body characters. */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const BODY_CHAR = /^[0-9A-Z]$/;
const CHECK_CHAR = /^[0-9X]$/;

/** Digits are their own value; letters A=10 … Z=35. */
function charValue(char: string): number {
  return /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 55;
}

/** GB 11714-1997: check = 11 − (Σ value·weight mod 11); 10 → 'X', 11 → '0'. */
export function orgCodeCheckChar(first8: string): string {
  if (first8.length !== 8 || ![...first8].every((c) => BODY_CHAR.test(c))) {
    throw new RangeError('organisation code body must be 8 characters 0-9 or A-Z');
  }
  const sum = [...first8].reduce((acc, c, i) => acc + charValue(c) * (ORG_WEIGHTS[i] ?? 0), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** 9 compact characters → the standard's display form XXXXXXXX-X. */
export function formatOrgCode(compact: string): string {
  return `${compact.slice(0, 8)}-${compact.slice(8)}`;
}

/** Accepts `XXXXXXXX-X` or the 9 characters without hyphen; normalised to `XXXXXXXX-X`. */
export function parseOrgCode(input: string): IdentifierResult {
  const raw = normalizeCode(input);
  const compact = raw.length === 10 && raw[8] === '-' ? raw.slice(0, 8) + raw.slice(9) : raw;
  if (compact.length !== 9) {
    return invalid('org_code', raw, [
      failure('ORG_CODE_LENGTH', 'length', `组织机构代码应为9位（或 XXXXXXXX-X 格式），实际为${raw.length}位`,
        `an organisation code has 9 characters (or the form XXXXXXXX-X); got ${raw.length}`),
    ]);
  }
  const alphabetFailures: IdentifierFailure[] = [];
  [...compact].forEach((char, i) => {
    if (!(i < 8 ? BODY_CHAR : CHECK_CHAR).test(char)) {
      const allowed = i < 8 ? '0-9、A-Z' : '0-9、X';
      alphabetFailures.push(failure('ORG_CODE_ALPHABET', 'alphabet',
        `第${i + 1}位字符“${char}”无效（允许 ${allowed}）`,
        `character ${i + 1} "${char}" is not allowed (expected ${i < 8 ? '0-9 or A-Z' : '0-9 or X'})`));
    }
  });
  if (alphabetFailures.length > 0) return invalid('org_code', raw, alphabetFailures);

  const normalized = formatOrgCode(compact);
  const expected = orgCodeCheckChar(compact.slice(0, 8));
  if (compact[8] !== expected) {
    return invalid('org_code', normalized, [
      failure('ORG_CODE_CHECK', 'check_char', `校验码错误：应为“${expected}”，实际为“${compact[8]}”`,
        `check character is "${compact[8]}", expected "${expected}"`),
    ]);
  }
  return {
    valid: true,
    kind: 'org_code',
    normalized,
    parts: { body: compact.slice(0, 8), checkChar: expected, compact },
    description: `组织机构代码 ${normalized}`,
    descriptionEn: `organisation code ${normalized}`,
    warnings: [],
  };
}
