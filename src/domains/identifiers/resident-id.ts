// Resident identity card number (公民身份号码), GB 11643-1999: 6-digit area code
// (GB/T 2260), 8-digit birth date, 3-digit sequence (odd for men, even for women)
// and a check character (ISO 7064 MOD 11-2). 15-digit numbers issued before 1999
// lack the century and the check; they are converted, never rejected (SPEC §2).
import { compactToIsoDate, isIsoDate, todayInChina } from './calendar-date.js';
import { describeDivision, divisionParts } from './division.js';
import { normalizeCode } from './normalize-code.js';
import { failure, invalid, type IdentifierFailure, type IdentifierResult } from './result.js';

/** GB 11643-1999 weights: 2^(17−i) mod 11 for the 17 leading digits. */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
/**
 * The earliest birth date accepted. GB 11643-1999's own worked example,
 * 440524188001010014, was born on 1880-01-01, so the floor sits before it.
 */
export const EARLIEST_BIRTH_DATE = '1800-01-01';

/** GB 11643-1999: check = '10X98765432'[Σ digit·weight mod 11]. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('a resident ID check needs 17 digits');
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * (ID_WEIGHTS[i] ?? 0), 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/** Legacy 15-digit number → 18 digits: '19' before the 2-digit birth year, then the check. */
export function convertLegacyId15(id15: string): string {
  const digits = normalizeCode(id15);
  if (!/^\d{15}$/.test(digits)) throw new RangeError('a legacy resident ID has 15 digits');
  const first17 = `${digits.slice(0, 6)}19${digits.slice(6)}`;
  return first17 + residentIdCheckChar(first17);
}

/** Keeps the first 4 and last 4 characters: 4403**********123X. */
export function maskIdNumber(id: string): string {
  const value = normalizeCode(id);
  if (value.length <= 8) return '*'.repeat(value.length);
  return value.slice(0, 4) + '*'.repeat(value.length - 8) + value.slice(-4);
}

export type ResidentIdOptions = {
  /** YYYY-MM-DD; birth dates after it are rejected. Defaults to today in China. */
  today?: string;
};

function contentFailures(id: string, today: string): IdentifierFailure[] {
  const failures: IdentifierFailure[] = [];
  if (!/^[1-8]/.test(id)) {
    failures.push(failure('ID_AREA', 'area', `地址码首位“${id.charAt(0)}”无效（应为1-8）`,
      `area code starts with "${id.charAt(0)}"; it must start with 1-8`));
  }
  const birth = compactToIsoDate(id.slice(6, 14));
  if (birth === undefined || birth < EARLIEST_BIRTH_DATE) {
    failures.push(failure('ID_BIRTH_DATE', 'birth_date', `出生日期“${id.slice(6, 14)}”不是有效日期`,
      `birth date "${id.slice(6, 14)}" is not a valid date on or after ${EARLIEST_BIRTH_DATE}`));
  } else if (birth > today) {
    failures.push(failure('ID_BIRTH_DATE_FUTURE', 'birth_date', `出生日期 ${birth} 晚于今天`,
      `birth date ${birth} is in the future`));
  }
  const expected = residentIdCheckChar(id.slice(0, 17));
  if (id.charAt(17) !== expected) {
    failures.push(failure('ID_CHECK_CHAR', 'check_char', `校验码错误：第18位应为“${expected}”`,
      `check character 18 should be "${expected}"`));
  }
  return failures;
}

/** Parses and checks an 18-digit (or legacy 15-digit) resident ID number; lower-case x becomes X. */
export function parseResidentId(input: string, opts: ResidentIdOptions = {}): IdentifierResult {
  const today = opts.today ?? todayInChina();
  if (!isIsoDate(today)) throw new RangeError(`today must be YYYY-MM-DD, got "${today}"`);
  const raw = normalizeCode(input);
  if (raw.length !== 18 && raw.length !== 15) {
    return invalid('resident_id', raw, [failure('ID_LENGTH', 'length',
      `身份证号码应为18位（或旧版15位），实际为${raw.length}位`,
      `a resident ID number has 18 characters (or 15 for legacy numbers); got ${raw.length}`)]);
  }
  const format = raw.length === 18 ? /^\d{17}[\dX]$/ : /^\d{15}$/;
  if (!format.test(raw)) {
    return invalid('resident_id', raw, [failure('ID_FORMAT', 'format',
      raw.length === 18 ? '前17位应为数字，第18位应为数字或X' : '15位身份证号码应全部为数字',
      raw.length === 18 ? 'the first 17 characters must be digits and the 18th a digit or X'
        : 'a 15-digit resident ID number has digits only')]);
  }
  const converted15 = raw.length === 15;
  const id = converted15 ? convertLegacyId15(raw) : raw;
  const failures = contentFailures(id, today);
  if (failures.length > 0) return invalid('resident_id', id, failures);

  const area = describeDivision(id.slice(0, 6));
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const sex = Number(id.charAt(16)) % 2 === 1 ? 'male' : 'female';
  const where = area.name === undefined ? id.slice(0, 6) : `${area.name}（${area.code}）`;
  const whereEn = area.nameEn === undefined ? id.slice(0, 6) : `${area.nameEn} (${area.code})`;
  return {
    valid: true,
    kind: 'resident_id',
    normalized: id,
    parts: {
      areaCode: area.code, ...divisionParts(area), birthDate, sequence: id.slice(14, 17), sex,
      checkChar: id.charAt(17), converted15, masked: maskIdNumber(id),
    },
    description: `居民身份证号码，地区：${where}，出生日期：${birthDate}，性别：${sex === 'male' ? '男' : '女'}`
      + (converted15 ? '（由15位旧号码转换）' : ''),
    descriptionEn: `resident ID number, area: ${whereEn}, born ${birthDate}, sex: ${sex}`
      + (converted15 ? ' (converted from a 15-digit legacy number)' : ''),
    warnings: [],
  };
}
