import { Rejection } from './rejection.js';

// SPEC §3.1: dates arrive as YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD. Also accepted,
// because spreadsheets write them: one-digit months and days (2024/1/5), the
// Chinese form 2024年1月5日, a trailing time of day (2024-01-05 00:00:00),
// Excel serial numbers (numeric cells) and Date objects (XLSX readers).

/** The founding of the PRC: no record of this platform predates it. */
export const EARLIEST_DATE = '1949-10-01';

const SEPARATED = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const NON_ASCII = /[^\x00-\x7f]/;
const SEPARATED_CN = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** YYYY-MM-DD when y-m-d is a real Gregorian date, else undefined. */
export function isoFromParts(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1) return undefined;
  const max = m === 2 && isLeap(y) ? 29 : DAYS[m - 1]!;
  if (d > max) return undefined;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Excel's 1900 date system: serial 1 = 1900-01-01, with the fictitious 1900-02-29 (serial 60). */
function fromExcelSerial(serial: number): string | undefined {
  const whole = Math.floor(serial);
  if (whole < 61 || whole > 2_958_465) return undefined; // before 1900-03-01 the serials are off by one; 9999-12-31 is the last
  const ms = Date.UTC(1899, 11, 30) + whole * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

function fromText(text: string): string | undefined {
  const compact = COMPACT.exec(text);
  if (compact) return isoFromParts(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const cn = SEPARATED_CN.exec(text);
  if (cn) return isoFromParts(Number(cn[1]), Number(cn[2]), Number(cn[3]));
  const sep = SEPARATED.exec(text);
  if (sep) return isoFromParts(Number(sep[1]), Number(sep[3]), Number(sep[4]));
  return undefined;
}

const invalid = (shown: string) => new Rejection('DATE_INVALID',
  `日期“${shown}”无效，应为 YYYY-MM-DD、YYYY/MM/DD 或 YYYYMMDD / "${shown}" is not a valid date (YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD)`);

/** A cell → YYYY-MM-DD, undefined when empty, or a Rejection (DATE_INVALID). */
export function parseDateCell(value: unknown): string | undefined | Rejection {
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return undefined;
    // Full-width digits and separators (２０２４－０１－０５) are normalised, not rejected.
    return fromText(text) ?? (NON_ASCII.test(text) ? fromText(text.normalize('NFKC')) : undefined) ?? invalid(text.slice(0, 40));
  }
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') {
    // An 8-digit integer is YYYYMMDD typed into a numeric cell; smaller numbers are Excel serials.
    if (Number.isInteger(value) && value >= 10_000_000 && value <= 99_999_999) return fromText(String(value)) ?? invalid(String(value));
    return (Number.isFinite(value) ? fromExcelSerial(value) : undefined) ?? invalid(String(value));
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return invalid('Invalid Date');
    // XLSX readers give dates as UTC midnight.
    return isoFromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()) ?? invalid(value.toISOString());
  }
  return new Rejection('INVALID_TYPE', '日期应为文本、数值或日期 / a date must be text, a number or a date');
}

/** SPEC §3.1: not before 1949-10-01, not after today unless the field allows it (有效期至 …). */
export function checkDateRange(iso: string, today: string, allowFuture: boolean): Rejection | undefined {
  if (iso < EARLIEST_DATE) return new Rejection('DATE_TOO_EARLY', `日期 ${iso} 早于 ${EARLIEST_DATE} / ${iso} is before ${EARLIEST_DATE}`);
  if (!allowFuture && iso > today) return new Rejection('DATE_IN_FUTURE', `日期 ${iso} 晚于今天（${today}）/ ${iso} is after today (${today})`);
  return undefined;
}
