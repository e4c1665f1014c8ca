// One entry point for "some code" typed into a search box or an import column:
// detects which identifier it is, then runs that identifier's full checks.
import { compactToIsoDate } from './calendar-date.js';
import { normalizeCode } from './normalize-code.js';
import { parseOrgCode } from './org-code.js';
import { REGISTRATION_AUTHORITIES } from './registration-authority.js';
import { parseResidentId } from './resident-id.js';
import { failure, invalid, type IdentifierResult } from './result.js';
import { parseUscc, type UsccOptions } from './uscc.js';

export type ValidateCodeOptions = UsccOptions & {
  /** YYYY-MM-DD for the resident ID birth-date check; defaults to today in China. */
  today?: string;
};

/** Looks like a resident ID: first digit 1-8 and characters 7-14 form a real date from 1900 on. */
function idPlausible(code: string): boolean {
  const birth = compactToIsoDate(code.slice(6, 14));
  return /^[1-8]/.test(code) && birth !== undefined && birth >= '1900-01-01';
}

/** The first two characters are a known GB 32100 registration authority + category. */
function usccPrefixKnown(code: string): boolean {
  return REGISTRATION_AUTHORITIES[code.charAt(0)]?.categories[code.charAt(1)] !== undefined;
}

/**
 * Detection rule, after normalisation (NFKC, upper case, no spaces):
 * - 18 characters, all digits or 17 digits + X: ambiguous, since the USCC alphabet
 *   holds the digits and X too. Both parsers run.
 *   - Exactly one valid: that one.
 *   - Both valid (rare: both checks pass by chance): the resident ID, with warning
 *     CODE_AMBIGUOUS, when it is ID-plausible (first digit 1-8, a real birth date
 *     from 1900 in characters 7-14); otherwise the USCC.
 *   - Neither valid: the resident ID failures when the string is ID-plausible or its
 *     first two characters are no USCC prefix while the first digit is 1-8 (a mistyped
 *     ID); otherwise the USCC failures.
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

  if (code.length === 18 && /^\d{17}[\dX]$/.test(code)) {
    const asId = parseResidentId(code, idOptions);
    const asUscc = parseUscc(code, usccOptions);
    const preferId = idPlausible(code);
    if (asId.valid && asUscc.valid) {
      if (!preferId) return asUscc;
      const ambiguous = failure('CODE_AMBIGUOUS', 'kind',
        '该号码同时也是有效的统一社会信用代码，按身份证号码处理',
        'this number is also a valid USCC; it is treated as a resident ID number');
      return { ...asId, warnings: [...asId.warnings, ambiguous] };
    }
    if (asId.valid) return asId;
    if (asUscc.valid) return asUscc;
    const mistypedId = /^[1-8]/.test(code) && !usccPrefixKnown(code);
    return preferId || mistypedId ? asId : asUscc;
  }
  if (code.length === 18) return parseUscc(code, usccOptions);
  if (/^\d{15}$/.test(code)) return parseResidentId(code, idOptions);
  if (code.length === 9 || (code.length === 10 && code.charAt(8) === '-')) return parseOrgCode(code);
  return invalid('unknown', code, [failure('CODE_UNRECOGNISED', 'kind',
    '无法识别的代码：应为18位统一社会信用代码、18位或15位身份证号码，或9位组织机构代码',
    'unrecognised code: expected an 18-character USCC, an 18- or 15-digit resident ID number or a 9-character organisation code')]);
}
