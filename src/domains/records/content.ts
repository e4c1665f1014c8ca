import * as crypto from 'node:crypto';
import type { FieldValue } from '../catalog/index.js';

export type Fields = Record<string, FieldValue>;

/**
 * The stored form of a record's fields: JSON with keys sorted, so the same
 * fields always give the same text and the same hash, whatever order a type
 * version declares them in. Values are flat (text, numbers, booleans, lists of
 * text), so sorting the top level is enough. ID numbers arrive masked from the
 * catalogue's validator (definition.ts).
 */
export function canonicalContent(fields: Fields): string {
  const sorted: Fields = {};
  for (const key of Object.keys(fields).sort()) {
    const value = fields[key];
    if (value !== undefined) sorted[key] = value;
  }
  return JSON.stringify(sorted);
}

/**
 * canonicalContent for one type version, its keys sorted once: the same text,
 * without sorting or building an object per row (the ingest hot path).
 * Fields outside `keys` (never expected from the validator) take the general path.
 */
export function canonicalizerFor(keys: readonly string[]): (fields: Fields) => string {
  const sorted = [...new Set(keys)].sort();
  const known = new Set(sorted);
  const prefixes = sorted.map((k) => `${JSON.stringify(k)}:`);
  return (fields) => {
    let out = '';
    let seen = 0;
    for (let i = 0; i < sorted.length; i++) {
      const value = fields[sorted[i]!];
      if (value === undefined) continue;
      out += `${out === '' ? '{' : ','}${prefixes[i]}${JSON.stringify(value)}`;
      seen++;
    }
    for (const key in fields) if (!known.has(key) && fields[key] !== undefined) return canonicalContent(fields);
    return seen === 0 ? '{}' : `${out}}`;
  };
}

/** Node ≥ 20.12 has a one-shot digest that skips the Hash object (several µs per row on the hot path). */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

/** SHA-256 (hex) of the canonical content: same hash on resubmission → `unchanged`. */
export function contentHash(content: string): string {
  return oneShot ? oneShot('sha256', content, 'hex') : crypto.createHash('sha256').update(content).digest('hex');
}

export function parseContent(content: string): Fields {
  return JSON.parse(content) as Fields;
}
