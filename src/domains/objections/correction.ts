import type { FieldValue, RecordTypeDefinition } from '../catalog/index.js';

type Raw = Record<string, unknown>;

/** Integer fen as a plain decimal in a unit of 10^decimals fen, exactly (no floating point: SPEC §3.1). */
function fenToDecimal(fen: number, decimals: number): string {
  const digits = String(Math.trunc(Math.abs(fen))).padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals).replace(/0+$/, '');
  return fraction === '' ? whole : `${whole}.${fraction}`;
}

/**
 * A stored record's fields as a submission row (the form POST /records takes),
 * so that a correction goes through the records domain's normal ingestion path
 * with the same validation: amounts back from fen to 万元 or 元, lists joined
 * with 、. ID numbers are stored masked and will not validate: a correction of
 * a record that holds one must give it again.
 */
export function submissionOf(fields: Record<string, FieldValue>, def: Pick<RecordTypeDefinition, 'fields'>): Raw {
  const types = new Map(def.fields.map((f) => [f.key, f.type]));
  const raw: Raw = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === null || value === undefined) continue;
    const type = types.get(key);
    if (typeof value === 'number' && type === 'amount_wan') raw[key] = fenToDecimal(value, 6);
    else if (typeof value === 'number' && type === 'amount_yuan') raw[key] = fenToDecimal(value, 2);
    else if (Array.isArray(value)) raw[key] = value.join('、');
    else raw[key] = value;
  }
  return raw;
}

/** The corrected row: the stored fields, then what the department changed (null clears a field). */
export function correctedRow(stored: Raw, changes: Record<string, unknown>): Raw {
  const row: Raw = { ...stored };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === '') delete row[key];
    else row[key] = Array.isArray(value) ? value.join('、') : value;
  }
  return row;
}
