import { describe, expect, it } from 'vitest';
import { defaultCatalog, validatorFor, type CompiledValidator, type ValidatedRecord } from '../../catalog/index.js';
import { parseUscc } from '../../identifiers/index.js';
import { generateDemoSubjects } from '../../subjects/demo/index.js';
import type { SubjectInput } from '../../subjects/index.js';
import { DEMO_DEPARTMENTS } from './demo-departments.js';
import { generateDemoRecords, HEAVY_PER_UNIT, HEAVY_SUBJECTS } from './generate-demo-records.js';
import type { DemoRecord, DemoRecordSubject } from './record-kit.js';

const ANCHOR = '2026-06-15';
const FOUR_YEARS_BEFORE = '2022-06-15';

/** A demo subject as the registry would hand it back. */
const asRegistered = (s: SubjectInput): DemoRecordSubject => ({
  type: s.type, code: s.code ?? null, idNumber: s.idNumber ?? null, name: s.name, legalRep: s.legalRep ?? null,
  industry: s.industry ?? null, status: s.status ?? 'active', establishedOn: s.establishedOn ?? null, address: s.address ?? null,
});

const subjects = [...generateDemoSubjects({ count: 2000, seed: 1 })].map(asRegistered);
const opts = { seed: 1, anchor: ANCHOR, perSubject: 2 };
const records = [...generateDemoRecords(subjects, opts)];

const validators = new Map<string, CompiledValidator>(defaultCatalog().map((d) => [d.code, validatorFor({ definition: d, version: 1 })]));
const validated: Array<{ demo: DemoRecord; record: ValidatedRecord }> = records.map((demo) => {
  const result = validators.get(demo.typeCode)!.validate(demo.raw, { today: ANCHOR });
  if (!result.ok) throw new Error(`${demo.typeCode} ${JSON.stringify(result.errors)} ${JSON.stringify(demo.raw)}`);
  return { demo, record: result.record };
});

/** Records per subject, by the subject's code or ID number (every subject gets a key, with 0 records). */
const perSubject = (rs: Array<{ record: ValidatedRecord }>) => {
  const counts = new Map(subjects.map((s) => [s.code ?? s.idNumber!, 0]));
  for (const { record } of rs) {
    const key = record.subject.code ?? record.subject.idNumber!;
    counts.set(key, counts.get(key)! + 1);
  }
  return counts;
};
const share = <T>(items: T[], pred: (t: T) => boolean) => items.filter(pred).length / items.length;

describe('generateDemoRecords', () => {
  it('is deterministic: the same subjects, seed and anchor give the same records byte for byte; another seed others', () => {
    expect(JSON.stringify([...generateDemoRecords(subjects, opts)])).toBe(JSON.stringify(records));
    expect(JSON.stringify([...generateDemoRecords(subjects.slice(0, 300), { ...opts, seed: 2 })]))
      .not.toBe(JSON.stringify([...generateDemoRecords(subjects.slice(0, 300), opts)]));
  });

  it('has the prefix property: the records of the first k subjects do not depend on the subjects after them', () => {
    const first = [...generateDemoRecords(subjects.slice(0, 500), opts)];
    expect(first.length).toBeGreaterThan(500);
    expect(records.slice(0, first.length)).toEqual(first);
  });

  it('produces rows that pass the catalogue validator of their type, for subject types the type applies to, from their department', () => {
    expect(validated.length).toBe(records.length);
    const defs = new Map(defaultCatalog().map((d) => [d.code, d]));
    expect(validated.filter(({ demo, record }) => !defs.get(demo.typeCode)!.subjectTypes.includes(record.subject.type))).toEqual([]);
    expect(validated.filter(({ demo, record }) => record.sourceDept.code !== DEMO_DEPARTMENTS[demo.department].code)).toEqual([]);
    const known = new Set(subjects.map((s) => `${s.type}|${s.code ?? s.idNumber}`));
    expect(validated.filter(({ record }) => !known.has(`${record.subject.type}|${record.subject.code ?? record.subject.idNumber}`))).toEqual([]);
  });

  it('never repeats a natural key (department + type + document number + period)', () => {
    const keys = validated.map(({ demo, record }) => `${demo.department}|${demo.typeCode}|${record.docNo}|${record.period ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('covers licences, penalties, upstream lists, commendations and ratings', () => {
    const types = new Set(records.map((r) => r.typeCode));
    for (const code of ['admin_license', 'admin_penalty', 'abnormal_operation', 'major_tax_violation', 'court_dishonest_debtor',
      'commendation', 'honest_merchant', 'tax_credit_rating', 'food_safety_rating', 'social_org_assessment']) {
      expect(types, code).toContain(code);
    }
    expect(share(records, (r) => r.typeCode === 'admin_license' || r.typeCode === 'admin_penalty')).toBeGreaterThan(0.6);
  });

  it('fills the 双公示 penalty fields in full and spreads the severities', () => {
    const penalties = validated.filter(({ demo }) => demo.typeCode === 'admin_penalty');
    const tiers = (t: string) => share(penalties, ({ record }) => record.severity === t);
    expect(tiers('minor')).toBeGreaterThan(0.15);
    expect(tiers('general')).toBeGreaterThan(0.4);
    expect(tiers('serious')).toBeGreaterThan(0.01);
    for (const { record } of penalties) {
      expect(record.docNo).toMatch(/^深.{1,6}罚〔20\d\d〕\d+号$/);
      expect(record.fields.legalGrounds).toMatch(/^《.+》第.+条/);
      for (const key of ['violationType', 'violationFacts', 'penaltyKinds', 'content', 'authority', 'authorityCode', 'sourceDept', 'sourceDeptCode']) {
        expect(record.fields[key], key).toBeDefined();
      }
      if ((record.fields.penaltyKinds as string[]).includes('罚款')) expect(record.fields.fineAmount).toBeGreaterThan(0);
    }
  });

  it('dates every record in the four years before the anchor, leaving a realistic share past its publicity', () => {
    expect(validated.filter(({ record }) => record.decisionDate > ANCHOR || record.decisionDate < FOUR_YEARS_BEFORE)).toEqual([]);
    const expired = share(validated, ({ record }) => record.publicityEnd !== null && record.publicityEnd < ANCHOR);
    expect(expired).toBeGreaterThan(0.25);
    expect(expired).toBeLessThan(0.75);
  });

  it('leaves about 30% of subjects without records, gives most others 1-5 and two of them ~200', () => {
    const counts = [...perSubject(validated).values()];
    const heavy = counts.filter((n) => n === HEAVY_PER_UNIT * opts.perSubject);
    expect(heavy.length).toBe(HEAVY_SUBJECTS);
    const ordinary = counts.filter((n) => n < HEAVY_PER_UNIT);
    expect(share(ordinary, (n) => n === 0)).toBeGreaterThan(0.25);
    expect(share(ordinary, (n) => n === 0)).toBeLessThan(0.35);
    expect(share(ordinary.filter((n) => n > 0), (n) => n <= 5)).toBeGreaterThan(0.8);
    expect(Math.max(...ordinary)).toBeGreaterThan(5);
  });

  it('scales with perSubject and generates nothing at 0', () => {
    const few = subjects.slice(0, 1000);
    const ordinary = (perSubject: number) => [...generateDemoRecords(few, { ...opts, perSubject })].length - HEAVY_SUBJECTS * HEAVY_PER_UNIT * perSubject;
    expect(ordinary(4) / ordinary(2)).toBeGreaterThan(1.6);
    expect([...generateDemoRecords(few, { ...opts, perSubject: 0 })]).toEqual([]);
  });

  it('gives a revoked business the decision that revoked it', () => {
    const revoked = subjects.filter((s) => s.status === 'revoked');
    expect(revoked.length).toBeGreaterThan(5);
    for (const s of revoked) {
      expect(records.some((r) => r.raw.subjectCode === s.code && String(r.raw.penaltyKinds).includes('吊销许可证件')), s.name).toBe(true);
    }
  });

  it('masks the ID numbers of persons in what is stored, and gives persons records', () => {
    const persons = validated.filter(({ record }) => record.subject.type === 'person');
    expect(persons.length).toBeGreaterThan(5);
    const ids = subjects.filter((s) => s.type === 'person').map((s) => s.idNumber!);
    const stored = JSON.stringify(persons.map(({ record }) => record.fields));
    expect(ids.filter((id) => stored.includes(id))).toEqual([]);
    expect(stored).toMatch(/\d{4}\*{10}\d{3}[\dX]/);
  });

  it('names departments by check-valid USCCs of Nanshan organs', () => {
    for (const d of Object.values(DEMO_DEPARTMENTS)) {
      expect(parseUscc(d.code), d.name).toMatchObject({ valid: true, warnings: [] });
      expect(d.code.slice(0, 8)).toBe('11440305');
    }
    expect(new Set(Object.values(DEMO_DEPARTMENTS).map((d) => d.code)).size).toBe(Object.keys(DEMO_DEPARTMENTS).length);
  });
});
