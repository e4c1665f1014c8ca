/**
 * Why a cell failed its field's check: a stable code and a message in Chinese
 * and English. Parsers return a Rejection instead of throwing, so a row with
 * many bad cells reports them all, and a good cell allocates nothing extra.
 */
export class Rejection {
  constructor(
    readonly code: string,
    readonly message: string,
    /** Further failures of the same cell (an identifier failing several checks). */
    readonly more: ReadonlyArray<{ code: string; message: string }> = [],
  ) {}
}

export const isRejection = (value: unknown): value is Rejection => value instanceof Rejection;

/** A cell's value as text: strings trimmed, finite numbers and booleans written out; undefined when empty. */
export function cellText(value: unknown): string | undefined | Rejection {
  if (typeof value === 'string') {
    const text = value.trim();
    return text === '' ? undefined : text;
  }
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : new Rejection('INVALID_TYPE', '数值无效 / not a finite number');
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? new Rejection('INVALID_TYPE', '日期对象无效 / invalid date object') : value.toISOString().slice(0, 10);
  return new Rejection('INVALID_TYPE', '应为文本或数值 / expected text or a number');
}
