import { randomInt } from 'node:crypto';
import { sha256Hex } from '../../kernel/crypto.js';

/** No I, O, 0, 1: read aloud and typed by a purchaser without mix-ups. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const pick = (n: number) => Array.from({ length: n }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

/** XY-YYYYMMDD-XXXXXXXX: the issue day (China) and 40 random bits. */
export const newReportNo = (issuedOn: string) => `XY-${issuedOn.replaceAll('-', '')}-${pick(8)}`;

/** 12 characters (60 random bits) in groups of four: ABCD-EFGH-JKLM. */
export const newVerificationCode = () => [pick(4), pick(4), pick(4)].join('-');

/** Case, spaces and dashes do not matter. */
export const normaliseCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

/** Only this is stored. */
export const codeHash = (code: string) => sha256Hex(normaliseCode(code));

export const REPORT_NO_PATTERN = /^XY-\d{8}-[A-Z2-9]{8}$/;
