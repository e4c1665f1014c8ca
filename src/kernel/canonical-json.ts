/**
 * The canonical JSON that signatures and digests cover: credit-check receipts
 * (docs/checks.md) and credit report snapshots (docs/reports.md). Object keys
 * sorted by UTF-16 code units (as JavaScript sorts strings; for the ASCII keys
 * receipts and reports use, byte order), no whitespace, strings and numbers as
 * JSON.stringify writes them (UTF-8, no escaping beyond what JSON requires),
 * members whose value is undefined left out, arrays in their order. They
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
    case 'object': {
      // Written with plain loops: every credit check signs one receipt, so this runs on the answer path.
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) out += `${i === 0 ? '' : ','}${canonicalJson(value[i] === undefined ? null : value[i])}`;
        return `${out}]`;
      }
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      let out = '{';
      let first = true;
      for (const k of keys) {
        const v = record[k];
        if (v === undefined) continue;
        out += `${first ? '' : ','}${JSON.stringify(k)}:${canonicalJson(v)}`;
        first = false;
      }
      return `${out}}`;
    }
    default:
      throw new Error(`canonical JSON: unsupported ${typeof value}`);
  }
}
