import { Rejection } from './rejection.js';

// Money is stored as integer fen, computed from the decimal text by moving the
// decimal point: no floating point ever touches an amount (SPEC §3.1).
// 1 万元 = 1,000,000 fen (6 decimal places); 1 元 = 100 fen (2 decimal places).

export const WAN_DECIMALS = 6;
export const YUAN_DECIMALS = 2;

/** Plain decimal: digits, an optional fraction; or grouped thousands (1,234.5). No exponents, no signs. */
const DECIMAL = /^(\d+)(?:\.(\d*))?$|^\.(\d+)$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const NON_ASCII = /[^\x00-\x7f]/;

function toText(value: unknown): string | undefined | Rejection {
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return undefined;
    return NON_ASCII.test(text) ? text.normalize('NFKC') : text;
  }
  if (value === undefined || value === null) return undefined;
  // A JSON or XLSX number: its shortest decimal form is what the sender wrote (12.5 → '12.5').
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : new Rejection('AMOUNT_INVALID', '金额无效 / not a finite amount');
  return new Rejection('INVALID_TYPE', '金额应为文本或数值 / an amount must be text or a number');
}

/**
 * A cell in 万元 (decimals = 6) or 元 (decimals = 2) → integer fen; undefined when empty.
 * AMOUNT_NEGATIVE for a minus sign, AMOUNT_TOO_PRECISE for digits below one fen,
 * AMOUNT_INVALID for anything else that is not a plain decimal (1e3, 12万, 1.2.3).
 */
export function parseAmountCell(value: unknown, decimals: number, unit: string): number | undefined | Rejection {
  const text = toText(value);
  if (text === undefined || text instanceof Rejection) return text;
  const body = text.startsWith('-') || text.startsWith('−') ? text.slice(1).trim() : text;
  const plain = GROUPED.test(body) ? body.replaceAll(',', '') : body;
  const match = DECIMAL.exec(plain);
  if (!match) return new Rejection('AMOUNT_INVALID', `金额“${text.slice(0, 40)}”不是有效的数字（单位：${unit}）/ "${text.slice(0, 40)}" is not a plain decimal amount`);
  if (body !== text) return new Rejection('AMOUNT_NEGATIVE', `金额不能为负数：${text} / the amount must not be negative`);
  const whole = match[1] ?? '0';
  const fraction = (match[2] ?? match[3] ?? '').replace(/0+$/, '');
  if (fraction.length > decimals) {
    return new Rejection('AMOUNT_TOO_PRECISE', `金额“${text}”精度超过1分（单位：${unit}，最多${decimals}位小数）/ "${text}" is more precise than one fen (at most ${decimals} decimal places)`);
  }
  const digits = (whole + fraction.padEnd(decimals, '0')).replace(/^0+(?=\d)/, '');
  // Integer text → number is exact up to 2^53 fen (about 90 亿万元): beyond it, refuse rather than round.
  if (digits.length > 15 && !Number.isSafeInteger(Number(digits))) {
    return new Rejection('AMOUNT_INVALID', `金额过大：${text} / the amount is too large`);
  }
  return Number(digits);
}
