import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createPersonalDataCipher } from './crypto.js';

const cipher = createPersonalDataCipher({ encryptionKey: randomBytes(32), lookupKey: randomBytes(32) });

describe('personal data cipher', () => {
  it('round-trips and never stores the plain text', () => {
    const sealed = cipher.encrypt('11010519491231002X');
    expect(sealed).not.toContain('11010519491231002X');
    expect(cipher.decrypt(sealed)).toBe('11010519491231002X');
  });

  it('uses a fresh IV each time but a stable lookup hash', () => {
    expect(cipher.encrypt('x')).not.toBe(cipher.encrypt('x'));
    expect(cipher.lookupHash('11010519491231002X')).toBe(cipher.lookupHash('11010519491231002X'));
  });

  it('detects tampering', () => {
    const sealed = cipher.encrypt('440524188001010014');
    const parts = sealed.split(':');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString('base64url');
    expect(() => cipher.decrypt(parts.join(':'))).toThrow();
  });
});
