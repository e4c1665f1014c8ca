import { randomInt } from 'node:crypto';
import { sha256Hex } from '../../kernel/crypto.js';

/** Characters nobody mistakes for one another (no I, O, 0, 1), as for activation codes. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const pick = (n: number) => Array.from({ length: n }, () => ALPHABET.charAt(randomInt(ALPHABET.length))).join('');

/** TS-YYYYMMDD-XXXXX: the day it was received and 25 random bits; unique by constraint (a clash is retried). */
export const newCaseNumber = (receivedOn: string) => `TS-${receivedOn.replaceAll('-', '')}-${pick(5)}`;

/** 12 random characters (about 60 bits) as ABCD-EFGH-JKLM, shown once; only its hash is kept. */
export function newQueryCode(): string {
  const chars = pick(12);
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

const normalizeCode = (input: string) => input.normalize('NFKC').toUpperCase().replace(/[\s\-_]/g, '');
/** Random, not chosen, so a plain SHA-256 of the normalised code is what is stored. */
export const queryCodeHash = (input: string) => sha256Hex(`complaint-query:${normalizeCode(input)}`);
export const normalizeCaseNumber = (input: string) => input.normalize('NFKC').trim().toUpperCase();
/** A retried submission (same Idempotency-Key from the same contact) finds its case by this. */
export const requestKeyHash = (key: string, contact: string) => sha256Hex(`complaint-request:${key}\n${contact}`);
