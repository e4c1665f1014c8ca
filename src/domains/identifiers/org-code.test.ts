import { describe, it, expect } from 'vitest';
import { formatOrgCode, orgCodeCheckChar, parseOrgCode } from './org-code.js';

describe('orgCodeCheckChar (GB 11714-1997)', () => {
  it.each([
    // GB 11714 worked example: D2143569 → Σ = 13·3+2·7+1·9+4·10+3·5+5·8+6·4+9·2 = 199, 199 mod 11 = 1, 11 − 1 = 10 → X
    ['D2143569', 'X'],
    // Tencent's organisation code, embedded in USCC 91440300708461136T
    ['70846113', '6'],
    // Σ = 0 → 11 − 0 = 11 → '0'
    ['00000000', '0'],
  ])('%s → %s', (body, expected) => {
    expect(orgCodeCheckChar(body)).toBe(expected);
  });

  it('refuses a body that is not 8 characters 0-9 A-Z', () => {
    expect(() => orgCodeCheckChar('D214356')).toThrow(RangeError);
    expect(() => orgCodeCheckChar('d2143569')).toThrow(RangeError);
  });
});

describe('parseOrgCode', () => {
  it.each([
    ['D2143569-X', 'D2143569-X'],
    ['D2143569X', 'D2143569-X'],
    ['d2143569-x', 'D2143569-X'],
    [' 70846113 - 6 ', '70846113-6'],
    ['７０８４６１１３－６', '70846113-6'],
  ])('accepts %j as %s', (input, normalized) => {
    const result = parseOrgCode(input);
    expect(result).toMatchObject({ valid: true, kind: 'org_code', normalized });
    if (result.valid) expect(result.description).toBe(`组织机构代码 ${normalized}`);
  });

  it.each([
    ['D2143569-1', 'ORG_CODE_CHECK'],
    ['708461137', 'ORG_CODE_CHECK'],
    ['D214356-9X', 'ORG_CODE_LENGTH'],
    ['D2143569-Y', 'ORG_CODE_ALPHABET'],
    ['D21435*9X', 'ORG_CODE_ALPHABET'],
    ['D2143569', 'ORG_CODE_LENGTH'],
    ['D2143569--X', 'ORG_CODE_LENGTH'],
    ['', 'ORG_CODE_LENGTH'],
  ])('rejects %j with %s', (input, code) => {
    const result = parseOrgCode(input);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.failures.map((f) => f.code)).toEqual([code]);
  });

  it('says which check character was expected', () => {
    const result = parseOrgCode('D2143569-1');
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.failures[0]?.messageEn).toContain('"X"');
  });

  it('formats the compact form with the hyphen', () => {
    expect(formatOrgCode('708461136')).toBe('70846113-6');
  });
});
