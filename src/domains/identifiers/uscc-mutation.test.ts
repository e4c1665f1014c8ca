// Error detection of the GB 32100-2015 check (mod 31, weights 3^i mod 31).
//
// Single substitutions: changing data character i from a to b shifts the sum by
// (b − a)·w_i. 31 is prime and no weight is 0 mod 31, so the shift is never 0 mod 31:
// every substitution of a data character is detected, and a substituted check
// character no longer equals the one computed, so it is detected too.
//
// Adjacent transpositions of data characters a, b at positions i, i+1 shift the sum
// by (a − b)(w_{i+1} − w_i). Adjacent weights differ mod 31 (differences 29 25 13 8
// 24 10 30 28 22 4 12 5 15 14 11 2), so the shift is 0 only when a = b, i.e. when
// the string does not change. Swapping data character 17 (a, weight 28) with the
// check character c: valid before means c ≡ −(S + 28a), valid after means
// a ≡ −(S + 28c); both hold iff 27(a − c) ≡ 0, i.e. iff a = c.
// Undetectable set, therefore: exactly the transpositions that leave the code unchanged.
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { REGISTRATION_AUTHORITIES } from './registration-authority.js';
import { orgCodeCheckChar } from './org-code.js';
import { parseUscc, usccCheckChar, USCC_ALPHABET } from './uscc.js';

const VALID_CODES = [
  '91440300708461136T', '12440305MB2C00013N', '51440305MJL123454A', '92440305L7A3BC125X',
  '11100000000013127D', 'Y1440305H0K2P5Q83W', 'N2440305MA5D8WXY7B', '93110105000000000M',
];

const swap = (s: string, i: number) => s.slice(0, i) + s.charAt(i + 1) + s.charAt(i) + s.slice(i + 2);
const put = (s: string, i: number, c: string) => s.slice(0, i) + c + s.slice(i + 1);

function substitutions(code: string): string[] {
  return [...code].flatMap((original, i) =>
    [...USCC_ALPHABET].filter((c) => c !== original).map((c) => put(code, i, c)));
}

/** Adjacent transpositions that change the string (swapping equal characters changes nothing). */
function transpositions(code: string): string[] {
  return Array.from({ length: code.length - 1 }, (_, i) => i)
    .filter((i) => code.charAt(i) !== code.charAt(i + 1))
    .map((i) => swap(code, i));
}

describe('USCC check: exhaustive analysis of the checksum alone', () => {
  const base = '91440300708461136';

  it('detects every substitution in the 17 data positions', () => {
    const check = usccCheckChar(base);
    for (let i = 0; i < 17; i += 1) {
      for (const c of USCC_ALPHABET) {
        if (c !== base.charAt(i)) expect(usccCheckChar(put(base, i, c))).not.toBe(check);
      }
    }
  });

  it('misses an adjacent data transposition iff the two characters are equal', () => {
    for (let i = 0; i < 16; i += 1) {
      for (const a of USCC_ALPHABET) {
        for (const b of USCC_ALPHABET) {
          const before = put(put(base, i, a), i + 1, b);
          const undetected = usccCheckChar(swap(before, i)) === usccCheckChar(before);
          expect(undetected).toBe(a === b);
        }
      }
    }
  });

  it('misses swapping character 17 with the check character iff they are equal', () => {
    for (const a of USCC_ALPHABET) {
      const first17 = put(base, 16, a);
      const full = first17 + usccCheckChar(first17);
      const swapped = swap(full, 16);
      const undetected = usccCheckChar(swapped.slice(0, 17)) === swapped.charAt(17);
      expect(undetected).toBe(a === full.charAt(17));
    }
  });
});

describe('parseUscc rejects every single-character mutation', () => {
  it.each(VALID_CODES)('%s: all substitutions and all changing adjacent transpositions', (code) => {
    expect(parseUscc(code).valid).toBe(true);
    const mutants = [...substitutions(code), ...transpositions(code)];
    expect(mutants.length).toBeGreaterThan(18 * 30);
    expect(mutants.filter((m) => parseUscc(m).valid)).toEqual([]);
  });

  const alphabetChar = fc.constantFrom(...USCC_ALPHABET);
  const digit = fc.constantFrom(...'0123456789');
  const prefixes = Object.entries(REGISTRATION_AUTHORITIES)
    .flatMap(([authority, { categories }]) => Object.keys(categories).map((c) => authority + c));
  const provinces = ['11', '31', '44', '51', '65', '82'];
  const validUscc = fc
    .tuple(
      fc.constantFrom(...prefixes),
      fc.constantFrom(...provinces),
      fc.array(digit, { minLength: 4, maxLength: 4 }),
      fc.array(alphabetChar, { minLength: 8, maxLength: 8 }),
    )
    .map(([prefix, province, county, body]) => {
      const orgBody = body.join('');
      const first17 = prefix + province + county.join('') + orgBody + orgCodeCheckChar(orgBody);
      return first17 + usccCheckChar(first17);
    });

  it('for random valid codes (property)', () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        expect(parseUscc(code).valid).toBe(true);
        for (const mutant of [...substitutions(code), ...transpositions(code)]) {
          expect(parseUscc(mutant).valid).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });
});
