/**
 * What the name index holds for one subject: its normalised current and
 * former names, legal representative and codes. Pure, shared by both engines.
 */
export interface SearchDoc {
  names: string[];
  legalRep: string | null;
  codes: string[];
}

/**
 * The trigram document. Parts are separated by a space: normalised queries
 * never contain whitespace, so no match can straddle two names.
 */
export function trigramText(doc: SearchDoc): string {
  const parts = [...doc.names, ...(doc.legalRep ? [doc.legalRep] : []), ...doc.codes.map((c) => c.toLowerCase())];
  return [...new Set(parts)].join(' ');
}

const WORD_CHAR = /^[\p{L}\p{N}]{2}$/u;

/** Every distinct two-character window of letters or digits, for two-character queries. */
export function bigrams(doc: SearchDoc): string[] {
  const out = new Set<string>();
  for (const part of [...doc.names, ...(doc.legalRep ? [doc.legalRep] : [])]) {
    const chars = [...part];
    for (let i = 0; i + 1 < chars.length; i++) {
      const gram = chars[i]! + chars[i + 1]!;
      if (WORD_CHAR.test(gram)) out.add(gram);
    }
  }
  return [...out];
}

/** Whether a normalised two-character query can be answered from the bigram index. */
export function isIndexableBigram(q: string): boolean {
  return WORD_CHAR.test(q);
}
