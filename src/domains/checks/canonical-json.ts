/**
 * The canonical JSON a receipt signature covers (docs/checks.md): object keys
 * sorted by UTF-16 code units (as JavaScript sorts strings; for the ASCII keys
 * receipts use, byte order), no whitespace, strings and numbers as
 * JSON.stringify writes them (UTF-8, no escaping beyond what JSON requires),
 * members whose value is undefined left out, arrays in their order. Receipts
 * hold only strings, integers, booleans, null, arrays and objects; a
 * non-integer or non-finite number is refused rather than given a second form.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isSafeInteger(value)) throw new Error(`canonical JSON: not an integer: ${value}`);
      return JSON.stringify(value);
    case 'object':
      if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
      return `{${Object.keys(value as object)
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
        .join(',')}}`;
    default:
      throw new Error(`canonical JSON: unsupported ${typeof value}`);
  }
}
