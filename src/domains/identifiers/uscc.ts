// Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters =
// registration authority (1) + organisation category (1) + administrative division
// (6, GB/T 2260) + subject identifier = organisation code (9, GB 11714) + check (1).
import { referenceData } from '../../kernel/reference/index.js';
import { describeDivision, divisionParts, isPlausibleDivision } from './division.js';
import { normalizeCode } from './normalize-code.js';
import { formatOrgCode, orgCodeCheckChar } from './org-code.js';
import { REGISTRATION_AUTHORITIES } from './registration-authority.js';
import { failure, invalid, type IdentifierFailure, type IdentifierResult } from './result.js';

/** GB 32100-2015 code alphabet: digits and capitals without I O S V Z; values 0-30 in this order. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** GB 32100-2015 weights: 3^i mod 31 for the 17 data characters. */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** GB 32100-2015: check = 31 − (Σ value·weight mod 31), 31 → 0, written in the code alphabet. */
export function usccCheckChar(first17: string): string {
  const values = [...first17].map((c) => USCC_ALPHABET.indexOf(c));
  if (values.length !== 17 || values.some((v) => v < 0)) {
    throw new RangeError(`a USCC check needs 17 characters from ${USCC_ALPHABET}`);
  }
  const sum = values.reduce((acc, v, i) => acc + v * (USCC_WEIGHTS[i] ?? 0), 0);
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

export type UsccOptions = {
  /** Early pilot codes that are legal although they fail a check: valid, with warnings. */
  pilotAllowList?: ReadonlySet<string>;
  /** 'warn' turns check-character failures (outer and embedded organisation code) into warnings. */
  pilotMode?: 'reject' | 'warn';
};

export type UsccSubjectType = 'enterprise' | 'individual_business' | 'institution' | 'social_org' | 'government';

const SUBJECT_TYPE_BY_PREFIX: Readonly<Record<string, UsccSubjectType>> = {
  '11': 'government', '12': 'institution', '13': 'social_org',
  '51': 'social_org', '52': 'social_org', '53': 'social_org', '59': 'social_org',
  '91': 'enterprise', '92': 'individual_business', '93': 'enterprise',
};

/** The platform's subject type suggested by the authority + category prefix; enterprise otherwise. */
export function subjectTypeFromUscc(code: string): UsccSubjectType {
  return SUBJECT_TYPE_BY_PREFIX[normalizeCode(code).slice(0, 2)] ?? 'enterprise';
}

const CHECK_FAILURES = new Set(['USCC_CHECK_CHAR', 'USCC_ORG_CODE_CHECK']);

function alphabetFailures(code: string): IdentifierFailure[] {
  return [...code].flatMap((char, i) => (USCC_ALPHABET.includes(char) ? [] : [
    failure('USCC_ALPHABET', 'alphabet', `第${i + 1}位字符“${char}”不在代码字符集内（不含 I、O、S、V、Z）`,
      `character ${i + 1} "${char}" is not in the code alphabet (no I, O, S, V, Z)`),
  ]));
}

/** Structure and both checks of an 18-character code already known to be in the alphabet. */
function structureFailures(code: string): IdentifierFailure[] {
  const failures: IdentifierFailure[] = [];
  const authority = REGISTRATION_AUTHORITIES[code.charAt(0)];
  if (!authority) {
    failures.push(failure('USCC_REGISTRATION_AUTHORITY', 'registration_authority',
      `登记管理部门代码“${code.charAt(0)}”不存在`, `unknown registration authority "${code.charAt(0)}"`));
  } else if (!authority.categories[code.charAt(1)]) {
    failures.push(failure('USCC_CATEGORY', 'category',
      `${authority.zh}下不存在机构类别代码“${code.charAt(1)}”`,
      `organisation category "${code.charAt(1)}" does not exist for ${authority.en}`));
  }
  const division = code.slice(2, 8);
  if (!isPlausibleDivision(division)) {
    failures.push(failure('USCC_DIVISION', 'division', `登记管理机关行政区划码“${division}”无效`,
      `administrative division "${division}" is not a valid GB/T 2260 code`));
  }
  const org = code.slice(8, 17);
  const orgExpected = orgCodeCheckChar(org.slice(0, 8));
  if (org.charAt(8) !== orgExpected) {
    failures.push(failure('USCC_ORG_CODE_CHECK', 'org_code_check',
      `主体标识码（组织机构代码）校验码错误：第17位应为“${orgExpected}”`,
      `the embedded organisation code fails its GB 11714 check: character 17 should be "${orgExpected}"`));
  }
  const expected = usccCheckChar(code.slice(0, 17));
  if (code.charAt(17) !== expected) {
    failures.push(failure('USCC_CHECK_CHAR', 'check_char', `校验码错误：第18位应为“${expected}”`,
      `check character 18 should be "${expected}"`));
  }
  return failures;
}

/** Parses and checks a USCC; lower case, full-width and spaced input is normalised first. */
export function parseUscc(input: string, opts: UsccOptions = {}): IdentifierResult {
  const code = normalizeCode(input);
  if (code.length !== 18) {
    return invalid('uscc', code, [failure('USCC_LENGTH', 'length',
      `统一社会信用代码应为18位，实际为${code.length}位`, `a USCC has 18 characters; got ${code.length}`)]);
  }
  const badChars = alphabetFailures(code);
  if (badChars.length > 0) return invalid('uscc', code, badChars);

  const failures = structureFailures(code);
  const pilot = opts.pilotAllowList?.has(code) === true;
  const soft = pilot ? failures : opts.pilotMode === 'warn' ? failures.filter((f) => CHECK_FAILURES.has(f.code)) : [];
  const hard = failures.filter((f) => !soft.includes(f));
  if (hard.length > 0) return invalid('uscc', code, failures);

  const warnings = pilot && soft.length > 0
    ? [failure('USCC_PILOT_ALLOWED', 'pilot', '该代码在试点代码允许清单中，未通过的检查仅作提示',
      'this code is on the pilot allow-list; the checks it fails are reported as warnings'), ...soft]
    : soft;
  return { valid: true, kind: 'uscc', ...describeUscc(code), warnings };
}

function describeUscc(code: string) {
  const prefix = code.slice(0, 2);
  const authority = REGISTRATION_AUTHORITIES[code.charAt(0)];
  const category = authority?.categories[code.charAt(1)];
  const categoryZh = referenceData.usccPrefixes[prefix] ?? category?.zh ?? '未知类别';
  const categoryEn = category?.en ?? 'unknown category';
  const division = describeDivision(code.slice(2, 8));
  const orgCode = formatOrgCode(code.slice(8, 17));
  const parts = {
    registrationAuthority: code.charAt(0),
    ...(authority && { registrationAuthorityName: authority.zh, registrationAuthorityNameEn: authority.en }),
    categoryCode: prefix,
    category: categoryZh,
    categoryEn,
    divisionCode: division.code,
    ...divisionParts(division),
    orgCode,
    checkChar: code.charAt(17),
    subjectType: subjectTypeFromUscc(code),
  };
  const where = division.name ?? '未知地区';
  const whereEn = division.nameEn ?? 'unknown division';
  return {
    normalized: code,
    parts,
    description: `${categoryZh}（${prefix}），登记管理部门：${authority?.zh ?? '未知'}，`
      + `登记地：${where}（${division.code}），组织机构代码 ${orgCode}`,
    descriptionEn: `${categoryEn} (${prefix}), registered with: ${authority?.en ?? 'unknown'}, `
      + `division: ${whereEn} (${division.code}), organisation code ${orgCode}`,
  };
}
