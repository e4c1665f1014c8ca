import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orgCodeCheckChar, USCC_ALPHABET, usccCheckChar } from '../../identifiers/index.js';
import { usccChecksPass } from './fast-uscc.js';

const usccChar = fc.constantFrom(...USCC_ALPHABET);
const orgChar = fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY');

describe('usccChecksPass agrees with the identifiers domain', () => {
  it('on codes built to pass, and on every single-character change of them', () => {
    fc.assert(fc.property(fc.array(usccChar, { minLength: 8, maxLength: 8 }), fc.array(orgChar, { minLength: 8, maxLength: 8 }), fc.nat(17), usccChar,
      (head, body, at, replacement) => {
        const org = body.join('');
        const first17 = head.join('') + org + orgCodeCheckChar(org);
        const code = first17 + usccCheckChar(first17);
        expect(usccChecksPass(code)).toBe(true);
        const changed = code.slice(0, at) + replacement + code.slice(at + 1);
        const reference = usccCheckChar(changed.slice(0, 17)) === changed[17] && orgCodeCheckChar(changed.slice(8, 16)) === changed[16];
        expect(usccChecksPass(changed)).toBe(reference);
      }), { numRuns: 2000 });
  });
});
