// The two check characters of a USCC as plain arithmetic over char codes, for
// the validator's fast path only (see parse-identifiers.ts). The rules are the
// identifiers domain's (GB 32100-2015, GB 11714-1997); fast-uscc.test.ts checks
// this against usccCheckChar and orgCodeCheckChar on many random codes.
import { USCC_ALPHABET } from '../../identifiers/index.js';

/** Value of each character code in the USCC alphabet, -1 outside it. */
const USCC_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < USCC_ALPHABET.length; i++) USCC_VALUE[USCC_ALPHABET.charCodeAt(i)] = i;
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714: digits are their value, A-Z are 10-35. */
function orgValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  return -1;
}

/** True when an 18-character, alphabet-clean code has the right organisation-code (17th) and USCC (18th) check characters. */
export function usccChecksPass(code: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_VALUE[code.charCodeAt(i)] ?? -1;
    if (v < 0) return false;
    sum += v * USCC_WEIGHTS[i]!;
  }
  if (code.charCodeAt(17) !== USCC_ALPHABET.charCodeAt((31 - (sum % 31)) % 31)) return false;
  let orgSum = 0;
  for (let i = 0; i < 8; i++) {
    const v = orgValue(code.charCodeAt(8 + i));
    if (v < 0) return false;
    orgSum += v * ORG_WEIGHTS[i]!;
  }
  const check = 11 - (orgSum % 11);
  const expected = check === 10 ? 88 /* X */ : check === 11 ? 48 /* 0 */ : 48 + check;
  return code.charCodeAt(16) === expected;
}
