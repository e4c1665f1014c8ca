import { describe, expect, it } from 'vitest';
import { displayName, normalizeName, parseResidentId, parseUscc, subjectTypeFromUscc } from '../../identifiers/index.js';
import { referenceData } from '../../../kernel/reference/index.js';
import { subjectInputSchema, type SubjectInput } from '../schema.js';
import { generateDemoSubjects } from './generate-demo-subjects.js';
import { TRADITIONAL } from './word-lists.js';

const N = 100_000;
const subjects: SubjectInput[] = [...generateDemoSubjects({ count: N, seed: 1 })];
const share = (pred: (s: SubjectInput) => boolean, among: SubjectInput[] = subjects) => among.filter(pred).length / among.length;

describe('generateDemoSubjects', () => {
  it('is deterministic: the same count and seed give the same subjects byte for byte', () => {
    const again = JSON.stringify([...generateDemoSubjects({ count: 3000, seed: 1 })]);
    expect(again).toBe(JSON.stringify(subjects.slice(0, 3000)));
    expect(JSON.stringify([...generateDemoSubjects({ count: 3000, seed: 2 })])).not.toBe(again);
  });

  it('has the prefix property: the first k of N subjects are the first k of M', () => {
    const small = [...generateDemoSubjects({ count: 2000, seed: 1 })];
    expect(small).toEqual(subjects.slice(0, 2000));
    expect([...generateDemoSubjects({ count: 0, seed: 1 })]).toEqual([]);
  });

  it('rejects counts and seeds that are not integers in range', () => {
    expect(() => generateDemoSubjects({ count: -1, seed: 1 }).next()).toThrow(RangeError);
    expect(() => generateDemoSubjects({ count: 1.5, seed: 1 }).next()).toThrow(RangeError);
    expect(() => generateDemoSubjects({ count: 10, seed: Number.NaN }).next()).toThrow(RangeError);
  });

  it('gives every organisation a valid USCC of its type and every person a valid ID number, all unique', () => {
    const persons = subjects.filter((s) => s.type === 'person');
    const organisations = subjects.filter((s) => s.type !== 'person');
    expect(persons.filter((s) => s.code !== undefined || !parseResidentId(s.idNumber ?? '', { today: '2026-01-01' }).valid)).toEqual([]);
    expect(organisations.filter((s) => {
      const parsed = parseUscc(s.code ?? '');
      return !parsed.valid || parsed.warnings.length > 0 || subjectTypeFromUscc(s.code!) !== s.type || s.idNumber !== undefined;
    })).toEqual([]);
    expect(new Set(organisations.map((s) => s.code)).size).toBe(organisations.length);
    expect(new Set(persons.map((s) => s.idNumber)).size).toBe(persons.length);
  });

  it('gives legacy aliases only to subjects set up before the USCC, unique per scheme and matching the code', () => {
    const seen = new Map<string, Set<string>>();
    let aliased = 0;
    for (const s of subjects) {
      for (const a of s.aliases ?? []) {
        const values = seen.get(a.scheme) ?? new Set();
        expect(values.has(a.value)).toBe(false);
        values.add(a.value);
        seen.set(a.scheme, values);
        if (a.scheme === 'org_code') expect(s.code!.slice(8, 17)).toBe(a.value);
        else expect(a.value).toMatch(/^440301\d{9}$/);
      }
      if (s.aliases) {
        aliased += 1;
        expect(s.establishedOn! < '2015-10-01').toBe(true);
      }
    }
    const older = subjects.filter((s) => s.type !== 'person' && s.establishedOn! < '2015-10-01').length;
    expect(aliased / older).toBeGreaterThan(0.27);
    expect(aliased / older).toBeLessThan(0.33);
  });

  it('mixes subject types, statuses and places roughly as a Nanshan registry does', () => {
    const typeShare = (t: SubjectInput['type']) => share((s) => s.type === t);
    expect(typeShare('enterprise')).toBeCloseTo(0.8, 1);
    expect(typeShare('individual_business')).toBeCloseTo(0.12, 1);
    for (const t of ['social_org', 'institution'] as const) expect(Math.abs(typeShare(t) - 0.03)).toBeLessThan(0.005);
    for (const t of ['government', 'person'] as const) expect(Math.abs(typeShare(t) - 0.01)).toBeLessThan(0.003);
    expect(share((s) => s.code?.startsWith('93') === true)).toBeGreaterThan(0.002);
    expect(Math.abs(share((s) => s.status === 'active') - 0.95)).toBeLessThan(0.01);
    expect(Math.abs(share((s) => s.status === 'deregistered') - 0.04)).toBeLessThan(0.006);
    expect(Math.abs(share((s) => s.status === 'revoked') - 0.01)).toBeLessThan(0.003);
    const organisations = subjects.filter((s) => s.type !== 'person');
    expect(share((s) => s.code!.slice(2, 8) === '440305', organisations)).toBeGreaterThan(0.6);
    expect(new Set(organisations.map((s) => s.code!.slice(2, 8)))).toEqual(new Set(Object.keys(referenceData.districts)));
    expect(share((s) => (s.formerNames?.length ?? 0) > 0)).toBeCloseTo(0.1, 1);
  });

  it('puts Nanshan subjects on Nanshan streets and favours I, F, M, L and C among enterprises', () => {
    expect(subjects.filter((s) => s.street !== undefined
      && (!referenceData.nanshanStreets.includes(s.street) || !s.address!.startsWith(`深圳市南山区${s.street}`)))).toEqual([]);
    expect(subjects.filter((s) => s.code?.slice(2, 8) === '440305' && s.street === undefined)).toEqual([]);
    expect(subjects.filter((s) => s.establishedOn !== undefined && !(s.establishedOn >= '1985-01-01' && s.establishedOn <= '2025-12-31'))).toEqual([]);
    const counts = new Map<string, number>();
    for (const s of subjects) if (s.type === 'enterprise') counts.set(s.industry!, (counts.get(s.industry!) ?? 0) + 1);
    const top5 = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k]) => k);
    expect(new Set(top5)).toEqual(new Set(['I', 'F', 'M', 'L', 'C']));
  });

  it('writes names without whitespace problems, diverse, each a valid SubjectInput', () => {
    const names = subjects.flatMap((s) => [s.name, ...(s.formerNames ?? []), ...(s.legalRep ? [s.legalRep] : [])]);
    expect(names.filter((name) => /\s/u.test(name) || displayName(name) !== name || [...name].length < 2)).toEqual([]);
    expect(subjects.filter((s) => s.formerNames?.includes(s.name))).toEqual([]);
    for (const s of subjects.slice(0, 5000)) subjectInputSchema.parse(s);
    const organisations = subjects.filter((s) => s.type === 'enterprise');
    expect(new Set(organisations.map((s) => s.name)).size / organisations.length).toBeGreaterThan(0.85);
  });

  it('gives ~1% of names in Traditional characters or ASCII brackets, which the matcher folds back', () => {
    const simplified = new Map([...TRADITIONAL].map(([s, t]) => [t, s]));
    const variants = subjects.filter((s) => /[()]/u.test(s.name) || [...s.name].some((c) => simplified.has(c)));
    expect(variants.length / subjects.length).toBeGreaterThan(0.005);
    expect(variants.length / subjects.length).toBeLessThan(0.015);
    for (const { name } of variants) {
      const plain = [...name].map((c) => simplified.get(c) ?? c).join('').replace('(', '（').replace(')', '）');
      expect(normalizeName(name), name).toBe(normalizeName(plain));
    }
  });
});
