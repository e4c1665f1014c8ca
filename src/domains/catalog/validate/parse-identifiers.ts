import {
  maskIdNumber, normalizeCode, parseOrgCode, parseResidentId, parseUscc, validateCode,
  type IdentifierResult, type UsccOptions,
} from '../../identifiers/index.js';
import { usccChecksPass } from './fast-uscc.js';
import { cellText, Rejection } from './rejection.js';

/** A resident ID number (or another document's number) as the validator carries it: full for the subject, masked for `fields`. */
export class ParsedId {
  constructor(readonly full: string, readonly masked: string, readonly resident: boolean) {}
}

const CLEAN_USCC = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

function rejectionOf(result: Extract<IdentifierResult, { valid: false }>): Rejection {
  const [first, ...rest] = result.failures.map((f) => ({ code: f.code, message: `${f.message} / ${f.messageEn}` }));
  return new Rejection(first!.code, first!.message, rest);
}

/**
 * USCC checks at import speed. parseUscc (GB 32100-2015, with both check
 * characters, authority, category and division) costs microseconds per code; a
 * department's own code repeats on every row. A code is accepted on the fast path
 * when both check characters are right and its first 8 characters (authority,
 * category, division) already passed parseUscc once; everything else, and every
 * failure, goes through parseUscc itself, so the verdicts are parseUscc's.
 */
export function createUsccChecker(opts: UsccOptions = {}): (value: unknown) => string | undefined | Rejection {
  const goodPrefixes = new Set<string>();
  return (value) => {
    const text = cellText(value);
    if (text === undefined || text instanceof Rejection) return text;
    const code = CLEAN_USCC.test(text) ? text : normalizeCode(text);
    if (code.length === 18 && goodPrefixes.has(code.slice(0, 8)) && usccChecksPass(code)) return code;
    const result = parseUscc(code, opts);
    if (!result.valid) return rejectionOf(result);
    if (result.warnings.length === 0 && goodPrefixes.size < 100_000) goodPrefixes.add(code.slice(0, 8));
    return result.normalized;
  };
}

/** GB 11643-1999 for 身份证 (the default document); other documents' numbers are kept as written. */
export function parseIdNumberCell(value: unknown, idType: unknown, today: string): ParsedId | undefined | Rejection {
  const text = cellText(value);
  if (text === undefined || text instanceof Rejection) return text;
  const kind = typeof idType === 'string' ? idType : '';
  if (kind !== '' && kind !== '身份证') return new ParsedId(text, maskIdNumber(text), false);
  const result = parseResidentId(text, { today });
  if (!result.valid) return rejectionOf(result);
  return new ParsedId(result.normalized, maskIdNumber(result.normalized), true);
}

export function parseOrgCodeCell(value: unknown): string | undefined | Rejection {
  const text = cellText(value);
  if (text === undefined || text instanceof Rejection) return text;
  const result = parseOrgCode(text);
  return result.valid ? result.normalized : rejectionOf(result);
}

/**
 * 证件号码/统一社会信用代码 in one column (court lists): a USCC → the code; a
 * resident ID number → a ParsedId. An organisation code alone names no subject.
 */
export function subjectCodeParser(opts: UsccOptions, uscc: (value: unknown) => string | undefined | Rejection) {
  return (value: unknown, today: string): string | ParsedId | undefined | Rejection => {
    const text = cellText(value);
    if (text === undefined || text instanceof Rejection) return text;
    const code = normalizeCode(text);
    if (code.length === 18 && !/^\d{17}[\dX]$/.test(code)) return uscc(code);
    const result = validateCode(code, { ...opts, today });
    if (!result.valid) return rejectionOf(result);
    if (result.kind === 'resident_id') return new ParsedId(result.normalized, maskIdNumber(result.normalized), true);
    if (result.kind === 'uscc') return result.normalized;
    return new Rejection('SUBJECT_CODE_KIND', '应为统一社会信用代码或居民身份证号码，组织机构代码不能单独识别主体 / expected a USCC or a resident ID number; an organisation code alone does not identify a subject');
  };
}
