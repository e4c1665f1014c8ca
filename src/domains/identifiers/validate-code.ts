// One entry point for "some code" typed into a search box or an import column:
// detects which identifier it is, then runs that identifier's full checks.
import { compactToIsoDate } from './calendar-date.js';
import { normalizeCode } from './normalize-code.js';
import { parseOrgCode } from './org-code.js';
import { REGISTRATION_AUTHORITIES } from './registration-authority.js';
import { EARLIEST_BIRTH_DATE, parseResidentId } from './resident-id.js';
import { failure, invalid, type IdentifierResult } from './result.js';
import { parseUscc, type UsccOptions } from './uscc.js';

export type ValidateCodeOptions = UsccOptions & {
  /** YYYY-MM-DD for the resident ID birth-date check; defaults to today in China. */
  today?: string;
};

/** Looks like a resident ID: first digit 1-8 and characters 7-14 form a real date from EARLIEST_BIRTH_DATE on. */
function idPlausible(code: string): boolean {
  const birth = compactToIsoDate(code.slice(6, 14));
  return /^[1-8]/.test(code) && birth !== undefined && birth >= EARLIEST_BIRTH_DATE;
}

const ambiguous = () => failure('CODE_AMBIGUOUS', 'kind',
  '该号码同时也是有效的统一社会信用代码，按身份证号码处理',
  'this number is also a valid USCC; it is treated as a resident ID number');

/** The first two characters are a known GB 32100 registration authority + category. */
function usccPrefixKnown(code: string): boolean {
  return REGISTRATION_AUTHORITIES[code.charAt(0)]?.categories[code.charAt(1)] !== undefined;
}

/**
 * Detection rule, after normalisation (NFKC, upper case, no spaces):
 * - 18 characters, all digits or 17 digits + X: ambiguous, since the USCC alphabet
 *   holds the digits and X too. A code on the pilot allow-list is a USCC; otherwise
 *   both parsers run:
 *   - a valid resident ID wins; if it is also a USCC passing every check (rare, both
 *     checks pass by chance, e.g. 114403199001011301) it carries warning CODE_AMBIGUOUS;
 *   - else a valid USCC wins, unless it is valid only through warn mode and the
 *     string looks like a resident ID;
 *   - else the failures of the kind it looks like: a resident ID when the first digit
 *     is 1-8 and either characters 7-14 are a real birth date from EARLIEST_BIRTH_DATE
 *     or the first two characters are no USCC prefix (a mistyped ID); a USCC otherwise.
 * - 18 other characters: USCC.
 * - 15 digits: legacy resident ID, converted to 18.
 * - 9 characters, or 10 with the hyphen of XXXXXXXX-X: organisation code.
 * - Anything else: kind 'unknown', CODE_UNRECOGNISED.
 */
export function validateCode(input: string, opts: ValidateCodeOptions = {}): IdentifierResult {
  const code = normalizeCode(input);
  const idOptions = opts.today === undefined ? {} : { today: opts.today };
  const usccOptions: UsccOptions = {
    ...(opts.pilotAllowList && { pilotAllowList: opts.pilotAllowList }),
    ...(opts.pilotMode && { pilotMode: opts.pilotMode }),
  };

  if (code.length === 18 && /^\d{17}[\dX]$/.test(code) && opts.pilotAllowList?.has(code) !== true) {
    const asId = parseResidentId(code, idOptions);
    const asUscc = parseUscc(code, usccOptions);
    const usccPassesAll = asUscc.valid && asUscc.warnings.length === 0;
    if (asId.valid) return usccPassesAll ? { ...asId, warnings: [...asId.warnings, ambiguous()] } : asId;
    const looksLikeId = idPlausible(code) || (/^[1-8]/.test(code) && !usccPrefixKnown(code));
    if (asUscc.valid && (usccPassesAll || !looksLikeId)) return asUscc;
    return looksLikeId ? asId : asUscc;
  }
  if (code.length === 18) return parseUscc(code, usccOptions);
  if (/^\d{15}$/.test(code)) return parseResidentId(code, idOptions);
  if (code.length === 9 || (code.length === 10 && code.charAt(8) === '-')) return parseOrgCode(code);
  return invalid('unknown', code, [failure('CODE_UNRECOGNISED', 'kind',
    '无法识别的代码：应为18位统一社会信用代码、18位或15位身份证号码，或9位组织机构代码',
    'unrecognised code: expected an 18-character USCC, an 18- or 15-digit resident ID number or a 9-character organisation code')]);
}
