import { cellText, Rejection } from './rejection.js';

const INTEGER = /^[+-]?\d+$/;
const NON_ASCII = /[^\x00-\x7f]/;
const TRUE_WORDS = new Set(['true', '是', 'y', 'yes', '1', '适用']);
const FALSE_WORDS = new Set(['false', '否', 'n', 'no', '0', '不适用']);
/** SPEC §3.1: several values in one cell are separated by 、 , ， ; or ；. */
export const LIST_SEPARATORS = /[、,，;；]/;

/** Whole numbers, bounded when the field says so (scores: 0-100). */
export function parseIntegerCell(value: unknown, min: number | undefined, max: number | undefined): number | undefined | Rejection {
  const text = cellText(value);
  if (text === undefined || text instanceof Rejection) return text;
  const plain = NON_ASCII.test(text) ? text.normalize('NFKC') : text;
  const n = INTEGER.test(plain) ? Number(plain) : Number.NaN;
  if (!Number.isSafeInteger(n)) return new Rejection('NUMBER_INVALID', `“${text.slice(0, 40)}”不是整数 / "${text.slice(0, 40)}" is not a whole number`);
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    return new Rejection('NUMBER_OUT_OF_RANGE', `${n} 超出范围 ${min ?? '-∞'}-${max ?? '∞'} / ${n} is outside ${min ?? '-∞'}-${max ?? '∞'}`);
  }
  return n;
}

export function parseBooleanCell(value: unknown): boolean | undefined | Rejection {
  if (typeof value === 'boolean') return value;
  const text = cellText(value);
  if (text === undefined || text instanceof Rejection) return text;
  const word = text.toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return new Rejection('BOOLEAN_INVALID', `“${text.slice(0, 40)}”应为 是/否 / "${text.slice(0, 40)}" is not yes/no`);
}

/** Text, with its length limit (in characters) and pattern. */
export function textParser(maxLength: number, pattern: RegExp | undefined): (value: unknown) => string | undefined | Rejection {
  return (value) => {
    const text = cellText(value);
    if (text === undefined || text instanceof Rejection) return text;
    if (text.length > maxLength && [...text].length > maxLength) {
      return new Rejection('TEXT_TOO_LONG', `文本长度 ${[...text].length} 超过上限 ${maxLength} / ${[...text].length} characters, at most ${maxLength}`);
    }
    if (pattern && !pattern.test(text)) return new Rejection('PATTERN_MISMATCH', `“${text.slice(0, 40)}”格式不符 / "${text.slice(0, 40)}" does not have the required form`);
    return text;
  };
}

/**
 * One option of a fixed list: the option itself or an accepted alias, after
 * trimming and full-width → half-width. Returns the option as the catalogue spells it.
 */
export function enumParser(options: readonly string[], aliases: Readonly<Record<string, string>> = {}): (token: string) => string | undefined {
  const lookup = new Map<string, string>();
  for (const option of options) lookup.set(option, option).set(option.normalize('NFKC').toLowerCase(), option);
  for (const [alias, option] of Object.entries(aliases)) lookup.set(alias, option).set(alias.normalize('NFKC').toLowerCase(), option);
  return (token) => lookup.get(token) ?? lookup.get(token.normalize('NFKC').toLowerCase());
}

const unknownOption = (token: string, options: readonly string[]) => new Rejection('ENUM_INVALID',
  `“${token.slice(0, 40)}”不是允许的值（${options.join('、')}）/ "${token.slice(0, 40)}" is not one of the allowed values`);

export function parseEnumCell(value: unknown, resolve: (token: string) => string | undefined, options: readonly string[]): string | undefined | Rejection {
  const text = cellText(value);
  if (text === undefined || text instanceof Rejection) return text;
  return resolve(text) ?? unknownOption(text, options);
}

/** Several options in one cell (a list from JSON, or text split on 、,，;；); duplicates dropped, order kept. */
export function parseMultiEnumCell(value: unknown, resolve: (token: string) => string | undefined, options: readonly string[]): string[] | undefined | Rejection {
  let tokens: unknown[];
  if (Array.isArray(value)) tokens = value;
  else {
    const text = cellText(value);
    if (text === undefined || text instanceof Rejection) return text;
    tokens = text.split(LIST_SEPARATORS);
  }
  const out: string[] = [];
  for (const token of tokens) {
    if (typeof token !== 'string') return new Rejection('INVALID_TYPE', '列表中的值应为文本 / list items must be text');
    const trimmed = token.trim();
    if (trimmed === '') continue;
    const option = resolve(trimmed);
    if (option === undefined) return unknownOption(trimmed, options);
    if (!out.includes(option)) out.push(option);
  }
  return out.length === 0 ? undefined : out;
}
