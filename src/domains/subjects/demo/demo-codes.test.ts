import { describe, expect, it } from 'vitest';
import { parseOrgCode, parseResidentId, parseUscc } from '../../identifiers/index.js';
import { demoOrgCode, demoRegistrationNo, demoResidentId, demoUscc } from './demo-codes.js';

describe('demo identifiers', () => {
  it('builds organisation codes that pass GB 11714, digits before the USCC and the MA series after', () => {
    for (let i = 0; i < 2000; i++) {
      const old = demoOrgCode(i, 7, false);
      const modern = demoOrgCode(i, 7, true);
      expect(old).toMatch(/^\d{8}[\dX]$/);
      expect(modern).toMatch(/^MA[0-9A-HJ-NP-RTUW-Y]{6}[\dX]$/);
      expect(parseOrgCode(old).valid).toBe(true);
      expect(parseOrgCode(modern).valid).toBe(true);
    }
  });

  it('never gives two indexes the same organisation code (the map is a bijection)', () => {
    for (const modern of [false, true]) {
      const seen = new Set<string>();
      for (let i = 0; i < 50_000; i++) seen.add(demoOrgCode(i, 1, modern));
      expect(seen.size).toBe(50_000);
    }
  });

  it('builds USCCs that pass GB 32100 without warnings', () => {
    const code = demoUscc('91', '440305', demoOrgCode(3, 1, true));
    const parsed = parseUscc(code);
    expect(parsed).toMatchObject({ valid: true, warnings: [] });
    expect(code.slice(0, 8)).toBe('91440305');
  });

  it('gives registration numbers a MOD 11,10 check digit that catches any single changed digit', () => {
    const valid = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const no = demoRegistrationNo(i, 1);
      expect(no).toMatch(/^440301\d{9}$/);
      expect(demoCheckOf(no.slice(0, 14))).toBe(no[14]);
      valid.add(no);
      for (let pos = 6; pos < 14; pos++) {
        const changed = no.slice(0, pos) + ((Number(no[pos]) + 1) % 10) + no.slice(pos + 1, 14);
        expect(demoCheckOf(changed)).not.toBe(no[14]);
      }
    }
    expect(valid.size).toBe(200);
  });

  it('builds resident ID numbers that pass GB 11643, born 1950-2000 in Shenzhen', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const { idNumber, birthDate } = demoResidentId(i, 1);
      const parsed = parseResidentId(idNumber, { today: '2026-01-01' });
      expect(parsed.valid).toBe(true);
      expect(idNumber.slice(0, 4)).toBe('4403');
      expect(birthDate >= '1950-01-01' && birthDate <= '2000-12-31').toBe(true);
      seen.add(idNumber);
    }
    expect(seen.size).toBe(20_000);
  });
});

/** The registration number's check digit computed independently (ISO 7064 MOD 11,10 as a fold). */
function demoCheckOf(first14: string): string {
  const p = [...first14].reduce((acc, d) => (2 * (((acc + Number(d)) % 10) || 10)) % 11, 10);
  return String((11 - p) % 10);
}
