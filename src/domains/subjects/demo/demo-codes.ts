// Identifiers for demo subjects, built so that no two subjects can share one:
// every subject index is mapped through an affine bijection (a·i + b mod m, with
// a coprime to m) into the identifier space, so distinct indexes give distinct
// identifiers without remembering what was drawn before. Check characters are
// computed with the same functions that validate them (identifiers domain).
import { USCC_ALPHABET, orgCodeCheckChar, residentIdCheckChar, usccCheckChar } from '../../identifiers/index.js';
import { mix32 } from './random.js';

/** Demo indexes stay below this, so every bijection below is injective on them. */
export const MAX_DEMO_SUBJECTS = 100_000_000;

/** A prime coprime to every modulus used here (10^8, 31^6 and the resident ID space). */
const MULTIPLIER = 73_939_133;

/** a·i + b mod m without losing precision (a·i < 2^53 for i < MAX_DEMO_SUBJECTS). */
function permute(index: number, modulus: number, offset: number): number {
  return (((MULTIPLIER * index) % modulus) + (offset % modulus)) % modulus;
}

/**
 * The 9-character organisation code (GB 11714) of subject `index`. Bodies of
 * subjects set up before the USCC (2015) are 8 digits; later ones follow the
 * registry's "MA" series, whose remaining 6 characters are in the USCC alphabet.
 * The two series cannot meet (digits only vs. a leading letter).
 */
export function demoOrgCode(index: number, seed: number, modern: boolean): string {
  let body: string;
  if (modern) {
    let value = permute(index, 31 ** 6, mix32(seed ^ 0x4d41));
    let tail = '';
    for (let i = 0; i < 6; i++, value = Math.floor(value / 31)) tail = USCC_ALPHABET.charAt(value % 31) + tail;
    body = `MA${tail}`;
  } else {
    body = String(permute(index, 1e8, mix32(seed ^ 0x4f4c))).padStart(8, '0');
  }
  return body + orgCodeCheckChar(body);
}

/** GB 32100-2015: authority + category (the 2-character prefix), division, organisation code, check. */
export function demoUscc(prefix: string, division: string, orgCode: string): string {
  const first17 = prefix + division + orgCode;
  return first17 + usccCheckChar(first17);
}

/** ISO 7064 MOD 11,10: the check digit of a 工商注册号 (GB/T 17710). */
function mod11_10(digits: string): string {
  let p = 10;
  for (const d of digits) {
    const s = (p + Number(d)) % 10 || 10;
    p = (2 * s) % 11;
  }
  return String((11 - p) % 10);
}

/** A 15-digit legacy business registration number (工商注册号) of the Shenzhen registry, 440301…. */
export function demoRegistrationNo(index: number, seed: number): string {
  const first14 = `440301${String(permute(index, 1e8, mix32(seed ^ 0x5247))).padStart(8, '0')}`;
  return first14 + mod11_10(first14);
}

/** Shenzhen household registration areas used for demo resident ID numbers. */
const ID_AREAS = ['440301', '440303', '440304', '440305', '440306', '440307'] as const;
const BIRTH_FROM = Date.UTC(1950, 0, 1);
/** Days from 1950-01-01 to 2000-12-31 inclusive. */
const BIRTH_DAYS = (Date.UTC(2000, 11, 31) - BIRTH_FROM) / 86_400_000 + 1;
const ID_SPACE = ID_AREAS.length * BIRTH_DAYS * 1000;

/**
 * A check-valid 18-digit resident ID number (GB 11643-1999): area, birth date
 * 1950-2000, sequence; one per index (area × day × sequence is a bijection target).
 */
export function demoResidentId(index: number, seed: number): { idNumber: string; birthDate: string } {
  let value = permute(index, ID_SPACE, mix32(seed ^ 0x4944));
  const sequence = value % 1000;
  value = Math.floor(value / 1000);
  const day = value % BIRTH_DAYS;
  const area = ID_AREAS[Math.floor(value / BIRTH_DAYS)]!;
  const birthDate = new Date(BIRTH_FROM + day * 86_400_000).toISOString().slice(0, 10);
  const first17 = area + birthDate.replaceAll('-', '') + String(sequence).padStart(3, '0');
  return { idNumber: first17 + residentIdCheckChar(first17), birthDate };
}
