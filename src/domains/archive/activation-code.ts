import { randomInt } from 'node:crypto';
import { sha256Hex } from '../../kernel/crypto.js';

/**
 * One-time activation codes for subject accounts. 12 characters from 32 that
 * cannot be mistaken for one another (no I, O, 0, 1), about 60 random bits,
 * grouped ABCD-EFGH-JKLM for reading aloud or off paper. Like API keys they are
 * random, not chosen, so a plain SHA-256 of the normalised code is what is stored.
 */
export const ACTIVATION_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const ACTIVATION_CODE_LENGTH = 12;
/** Default validity of an issued code. */
export const ACTIVATION_CODE_DAYS = 14;

export function newActivationCode(): string {
  const chars = Array.from({ length: ACTIVATION_CODE_LENGTH }, () => ACTIVATION_ALPHABET.charAt(randomInt(ACTIVATION_ALPHABET.length)));
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** Upper case, without dashes, spaces or full-width forms: what a person typing the code may vary. */
export function normalizeActivationCode(input: string): string {
  return input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_]/g, '');
}

export const activationCodeHash = (input: string) => sha256Hex(normalizeActivationCode(input));
