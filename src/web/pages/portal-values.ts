import type { CatalogType, FieldType } from '../../domains/catalog/index.js';
import type { PublicRecord } from '../../domains/records/index.js';
import type { Lang } from '../i18n/index.js';

type FieldValue = PublicRecord['fields'][number]['value'];

/** 2099-12-31 (the 双公示 "no end") and later: 长期 / indefinite. */
export const INDEFINITE_FROM = '2099-12-31';

/** field key → type, per record type code (current catalogue versions: field types do not change between versions). */
export type FieldTypes = ReadonlyMap<string, ReadonlyMap<string, FieldType>>;

export function fieldTypesOf(types: readonly CatalogType[]): FieldTypes {
  return new Map(types.map((t) => [t.definition.code, new Map(t.definition.fields.map((f) => [f.key, f.type]))]));
}

const group3 = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Integer fen as a decimal of `unitFen` (1 万元 = 1,000,000 fen; 1 元 = 100 fen), exact, trailing zeros dropped down to `minDecimals`. */
function fenAs(fen: number, unitFen: number, minDecimals: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = BigInt(Math.abs(Math.trunc(fen)));
  const unit = BigInt(unitFen);
  const whole = group3((abs / unit).toString());
  const places = String(unitFen).length - 1;
  let frac = (abs % unit).toString().padStart(places, '0');
  while (frac.length > minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
  return `${sign}${whole}${frac ? `.${frac}` : ''}`;
}

/** A money amount stored as integer fen, in the unit the 双公示 format uses for it. */
export function formatFen(fen: number, unit: 'wan' | 'yuan', lang: Lang): string {
  if (unit === 'wan') return lang === 'en' ? `${fenAs(fen, 1_000_000, 0)} × 10,000 yuan` : `${fenAs(fen, 1_000_000, 0)} 万元`;
  return lang === 'en' ? `${fenAs(fen, 100, 2)} yuan` : `${fenAs(fen, 100, 2)} 元`;
}

export function formatDate(date: string | null, lang: Lang): string | null {
  if (date === null) return null;
  if (date >= INDEFINITE_FROM) return lang === 'en' ? 'indefinite' : '长期';
  return date;
}

/** A public field's value as text for a page: amounts in their unit, dates (长期), lists joined, booleans as 是/否. */
export function formatFieldValue(value: FieldValue, type: FieldType | undefined, lang: Lang): string | null {
  if (value === null || value === '') return null;
  if (Array.isArray(value)) return value.join(lang === 'en' ? ', ' : '、');
  if (typeof value === 'boolean') return lang === 'en' ? (value ? 'yes' : 'no') : value ? '是' : '否';
  if (typeof value === 'number' && type === 'amount_wan') return formatFen(value, 'wan', lang);
  if (typeof value === 'number' && type === 'amount_yuan') return formatFen(value, 'yuan', lang);
  if (typeof value === 'string' && type === 'date') return formatDate(value, lang);
  return String(value);
}
