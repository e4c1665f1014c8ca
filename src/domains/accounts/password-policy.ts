import { randomInt } from 'node:crypto';
import { fieldError } from './errors.js';

/** Length is what matters most (NIST SP 800-63B); 12 matches XINYONG_ADMIN_PASSWORD's rule. */
export const MIN_PASSWORD_LENGTH = 12;

export function assertPasswordPolicy(password: string, username: string, field = 'password'): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw fieldError(field, 'PASSWORD_TOO_WEAK', `密码至少 ${MIN_PASSWORD_LENGTH} 个字符 / at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (new Set(password).size < 4 || password.toLowerCase().includes(username.toLowerCase())) {
    throw fieldError(field, 'PASSWORD_TOO_WEAK', '密码过于简单或包含用户名 / password too simple or contains the username');
  }
}

/** Letters and digits without look-alikes (0 O 1 l I), so a printed password can be typed. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

export function generatePassword(length = 20): string {
  return Array.from({ length }, () => ALPHABET.charAt(randomInt(ALPHABET.length))).join('');
}
