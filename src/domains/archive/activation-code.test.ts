import { describe, expect, it } from 'vitest';
import { ACTIVATION_ALPHABET, activationCodeHash, newActivationCode, normalizeActivationCode } from './activation-code.js';

describe('activation codes', () => {
  it('have 12 characters of an alphabet without look-alikes, grouped by four', () => {
    expect(ACTIVATION_ALPHABET).toHaveLength(32);
    expect(ACTIVATION_ALPHABET).not.toMatch(/[IO01]/);
    const codes = Array.from({ length: 200 }, newActivationCode);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each([
    ['abcd-efgh-jklm', 'ABCDEFGHJKLM'],
    [' ABCD EFGH JKLM ', 'ABCDEFGHJKLM'],
    ['ＡＢＣＤ－ＥＦＧＨ－ＪＫＬＭ', 'ABCDEFGHJKLM'],
    ['ABCD_EFGH_JKLM', 'ABCDEFGHJKLM'],
  ])('read %j as %s', (typed, normalized) => {
    expect(normalizeActivationCode(typed)).toBe(normalized);
    expect(activationCodeHash(typed)).toBe(activationCodeHash(normalized));
  });

  it('hash differently for a different code', () => {
    expect(activationCodeHash('ABCD-EFGH-JKLM')).not.toBe(activationCodeHash('ABCD-EFGH-JKLN'));
    expect(activationCodeHash('ABCD-EFGH-JKLM')).toMatch(/^[0-9a-f]{64}$/);
  });
});
