import { randomInt } from 'node:crypto';
import { safeEqual, sha256Hex } from '../../kernel/crypto.js';

/** No 0/O, 1/I/L: a code read over the phone survives. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** 查询码: 10 random characters (about 50 bits), shown as XXXXX-XXXXX, stored only as a hash. */
export function newQueryCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]!);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/** Case-insensitive, spaces and dashes ignored: what a person types back is what was issued. */
export const normalizeQueryCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

export const hashQueryCode = (code: string) => sha256Hex(`objection-query-code:${normalizeQueryCode(code)}`);

export const queryCodeMatches = (code: string, hash: string) => safeEqual(hashQueryCode(code), hash);

/** 案件编号: YY + the filing day + 6 random digits, e.g. YY20251009-004821 (unique index; the caller retries a clash). */
export const newCaseNo = (day: string) => `YY${day.replace(/-/g, '')}-${String(randomInt(1_000_000)).padStart(6, '0')}`;
