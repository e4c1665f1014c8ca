/** A line of a text file: its bytes, or `tooLong` when it ran past the limit (its bytes were dropped as they came). */
export type Line = { bytes: Buffer; tooLong?: false } | { bytes: null; tooLong: true };

/**
 * Splits a byte stream into lines (LF or CRLF) without ever holding more than
 * `maxBytes` of one line: a longer line is skipped to its end and reported.
 */
export function createLineSplitter(maxBytes: number) {
  let carry: Buffer[] = [];
  let carried = 0;
  let skipping = false;

  const take = (last: Buffer): Line => {
    const all = carry.length === 0 ? last : Buffer.concat([...carry, last]);
    carry = [];
    carried = 0;
    const end = all.length > 0 && all[all.length - 1] === 0x0d ? all.length - 1 : all.length;
    return { bytes: all.subarray(0, end) };
  };

  return {
    /** The lines that end in this chunk. */
    write(chunk: Buffer): Line[] {
      const lines: Line[] = [];
      let from = 0;
      for (;;) {
        const nl = chunk.indexOf(0x0a, from);
        if (nl < 0) break;
        if (skipping) {
          lines.push({ bytes: null, tooLong: true });
          skipping = false;
        } else if (carried + (nl - from) > maxBytes) {
          carry = [];
          carried = 0;
          lines.push({ bytes: null, tooLong: true });
        } else {
          lines.push(take(chunk.subarray(from, nl)));
        }
        from = nl + 1;
      }
      if (!skipping && from < chunk.length) {
        const rest = chunk.subarray(from);
        if (carried + rest.length > maxBytes) {
          carry = [];
          carried = 0;
          skipping = true;
        } else {
          carry.push(Buffer.from(rest));
          carried += rest.length;
        }
      }
      return lines;
    },
    /** The last line, if the file does not end with a newline. */
    end(): Line[] {
      if (skipping) return [{ bytes: null, tooLong: true }];
      return carried > 0 ? [take(Buffer.alloc(0))] : [];
    },
  };
}
