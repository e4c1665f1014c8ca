// Error detection of the GB 11643-1999 check (ISO 7064 MOD 11-2, weights 2^(17−i) mod 11).
//
// Single substitutions: a digit change a → b shifts the sum by (b − a)·w_i with
// 0 < |b − a| ≤ 9 < 11 and w_i ≢ 0 mod 11 (11 is prime): always detected; a changed
// check character no longer equals the computed one: always detected.
//
// Adjacent transpositions of data digits: the shift (a − b)(w_{i+1} − w_i) is 0 mod 11
// only for a = b, because no two adjacent weights are congruent mod 11 (differences
// 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 mod 11). Swapping digit 17 (a, weight 2) with the
// check value c: the check satisfies S + 2a + c ≡ 1 (mod 11); after the swap it would
// need S + 2c + a ≡ 1, both iff a ≡ c, i.e. a = c. When c is X (10) the swap puts X
// among the first 17 characters, which fails the format.
// Undetectable set, therefore: exactly the transpositions that leave the number unchanged.
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { parseResidentId, residentIdCheckChar } from './resident-id.js';

const TODAY = '2025-06-30';
const VALID_IDS = ['11010519491231002X', '440524188001010014', '44030519900101123X', '130503196704010016', '440305198506150046'];
const DIGITS = '0123456789';
const CHECK_ALPHABET = '0123456789X';

const swap = (s: string, i: number) => s.slice(0, i) + s.charAt(i + 1) + s.charAt(i) + s.slice(i + 2);
const put = (s: string, i: number, c: string) => s.slice(0, i) + c + s.slice(i + 1);

function substitutions(id: string): string[] {
  return [...id].flatMap((original, i) =>
    [...(i < 17 ? DIGITS : CHECK_ALPHABET)].filter((c) => c !== original).map((c) => put(id, i, c)));
}

function transpositions(id: string): string[] {
  return Array.from({ length: id.length - 1 }, (_, i) => i)
    .filter((i) => id.charAt(i) !== id.charAt(i + 1))
    .map((i) => swap(id, i));
}

const isValid = (id: string) => parseResidentId(id, { today: TODAY }).valid;

describe('resident ID check: exhaustive analysis of the checksum alone', () => {
  const base = '44030519900101123';

  it('misses an adjacent data transposition iff the two digits are equal', () => {
    for (let i = 0; i < 16; i += 1) {
      for (const a of DIGITS) {
        for (const b of DIGITS) {
          const before = put(put(base, i, a), i + 1, b);
          expect(residentIdCheckChar(swap(before, i)) === residentIdCheckChar(before)).toBe(a === b);
        }
      }
    }
  });

  it('misses swapping digit 17 with the check character iff they are equal', () => {
    let sawX = false;
    for (const a of DIGITS) {
      for (const prefix of ['4403051990010112', '1101051949123100', '4405241880010100']) {
        const full = prefix + a + residentIdCheckChar(prefix + a);
        const swapped = swap(full, 16);
        sawX ||= full.endsWith('X');
        const undetected = isValid(full) && isValid(swapped);
        expect(undetected).toBe(swapped === full);
      }
    }
    expect(sawX).toBe(true);
  });
});

describe('parseResidentId rejects every single-character mutation', () => {
  it.each(VALID_IDS)('%s: all substitutions and all changing adjacent transpositions', (id) => {
    expect(isValid(id)).toBe(true);
    const mutants = [...substitutions(id), ...transpositions(id)];
    expect(mutants.filter(isValid)).toEqual([]);
  });

  const digits = (n: number) => fc.array(fc.constantFrom(...DIGITS), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const validId = fc
    .tuple(
      fc.integer({ min: 1, max: 8 }),
      digits(5),
      fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date(`${TODAY}T00:00:00Z`), noInvalidDate: true }),
      digits(3),
    )
    .map(([first, area, birth, sequence]) => {
      const first17 = `${first}${area}${birth.toISOString().slice(0, 10).replaceAll('-', '')}${sequence}`;
      return first17 + residentIdCheckChar(first17);
    });

  it('for random valid numbers (property)', () => {
    fc.assert(
      fc.property(validId, (id) => {
        expect(isValid(id)).toBe(true);
        for (const mutant of [...substitutions(id), ...transpositions(id)]) expect(isValid(mutant)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
