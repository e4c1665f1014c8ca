import { describe, expect, it } from 'vitest';
import { defaultMeasures } from './defaults/index.js';
import { matchMeasures, type RecordFact } from './match.js';
import type { GradeView } from './ports.js';
import type { MeasureDefinitionInput, Scenario, StoredMeasure } from './schema.js';
import { measureDefinitionSchema } from './schema.js';
import { listEntry } from './testing.js';

const stored = (inputs: MeasureDefinitionInput[]): StoredMeasure[] =>
  inputs.map((d, i) => ({ definition: measureDefinitionSchema.parse(d), version: 1, seq: i + 1, publishedAt: '2026-01-01T00:00:00.000Z', publishedBy: null }));
const DEFAULTS = stored(defaultMeasures());
const AT = '2026-06-15';
const S = 'subject-1';

const run = (scenario: Scenario, opts: { entries?: ReturnType<typeof listEntry>[]; grades?: GradeView[]; records?: RecordFact[]; measures?: StoredMeasure[]; at?: string } = {}) =>
  matchMeasures({ measures: opts.measures ?? DEFAULTS, scenario, at: opts.at ?? AT, entries: opts.entries ?? [], grades: opts.grades ?? [], records: opts.records ?? [] });
const codes = (r: ReturnType<typeof run>) => [r.verdict, r.measures.map((m) => m.code), r.rewards.map((m) => m.code)];

const record = (over: Partial<RecordFact>): RecordFact => ({
  id: 'r1', typeCode: 'admin_penalty', category: 'penalty', severity: 'serious', polarity: 'negative', status: 'active',
  docNo: '深市监南罚〔2025〕1号', decisionDate: '2025-01-10', publicityEnd: '2028-01-10', validUntil: null, ...over,
});

describe('matchMeasures (SPEC §6 rules)', () => {
  it('gives clear with nothing in effect', () => {
    expect(codes(run('government_procurement'))).toEqual(['clear', [], []]);
  });

  it('gives a watch list alone at most caution (warning before punishment), even against a punishment that names it', () => {
    const watch = listEntry(S, 'abnormal_operation', 'watch');
    expect(codes(run('licensing', { entries: [watch] }))).toEqual(['caution', ['watch_more_inspections'], []]);
    const rogue = stored([{ ...defaultMeasures()[0]!, code: 'rogue_punishment', target: { kind: 'list', listTypes: ['abnormal_operation'] } }]);
    expect(codes(run('government_procurement', { entries: [watch], measures: rogue }))).toEqual(['clear', [], []]);
  });

  it('never lets an entry trigger outside the days it is in effect', () => {
    const entry = listEntry(S, 'dishonest_judgment_debtor', 'black', '2026-06-15', '2026-12-31');
    expect(run('bidding', { entries: [entry], at: '2026-06-14' }).verdict).toBe('clear');
    expect(run('bidding', { entries: [entry], at: '2026-06-15' }).verdict).toBe('restricted');
    expect(run('bidding', { entries: [entry], at: '2026-12-31' }).verdict).toBe('restricted');
    expect(run('bidding', { entries: [entry], at: '2027-01-01' }).verdict).toBe('clear');
  });

  it('withholds rewards from a subject on a black list, and while a punishment applies', () => {
    const red = listEntry(S, 'tax_credit_a', 'red');
    expect(codes(run('honours', { entries: [red] }))).toEqual(['clear', [], ['tax_a_joint_incentives']]);
    const black = listEntry(S, 'environmental_violation_blacklist', 'black');
    expect(codes(run('honours', { entries: [red, black] }))).toEqual(['restricted', ['honours_bar_blacklisted'], []]);
    expect(codes(run('household_points', { entries: [red, black] }))).toEqual(['restricted', ['household_points_restrict_blacklisted'], []]);
    const serious = record({});
    expect(codes(run('licensing', { entries: [red], records: [serious] }))[2]).toEqual([]);
    // Where no punishment of the scenario names the black list, the entry still withholds the reward.
    const onlyRewards = DEFAULTS.filter((m) => m.definition.kind === 'reward');
    expect(codes(run('honours', { entries: [red, black], measures: onlyRewards }))).toEqual(['clear', [], []]);
    expect(codes(run('honours', { entries: [red], measures: onlyRewards }))).toEqual(['clear', [], ['tax_a_joint_incentives']]);
  });

  it('counts records in their window: decided within N years, public and valid on the day, active', () => {
    const restricted = (r: RecordFact, at = AT) => run('government_procurement', { records: [r], at }).verdict;
    expect(restricted(record({ decisionDate: '2023-06-15' }))).toBe('restricted');
    expect(restricted(record({ decisionDate: '2023-06-14' }))).toBe('clear');
    expect(restricted(record({ publicityEnd: '2026-06-14' }))).toBe('clear');
    expect(restricted(record({ publicityEnd: '2026-06-15' }))).toBe('restricted');
    expect(restricted(record({ publicityEnd: null }))).toBe('clear');
    expect(restricted(record({ validUntil: '2026-06-14' }))).toBe('clear');
    expect(restricted(record({ status: 'withdrawn' }))).toBe('clear');
    expect(restricted(record({ severity: 'general' }))).toBe('clear');
    expect(restricted(record({ decisionDate: '2026-06-16' }), '2026-06-15')).toBe('clear');
  });

  it('uses grades from the ratings port where a measure targets a grade', () => {
    const d: GradeView = { model: 'tax_credit', grade: 'D', ratingId: 'rating-1' };
    const r = run('bidding', { grades: [d] });
    expect(codes(r)).toEqual(['restricted', ['tax_grade_d_restrict'], []]);
    expect(r.measures[0]!.trigger).toEqual({ kind: 'grade', id: 'rating-1', model: 'tax_credit', grade: 'D', date: AT });
    expect(run('bidding', { grades: [{ ...d, grade: 'B' }] }).verdict).toBe('clear');
    expect(codes(run('licensing', { grades: [{ model: 'public_composite', grade: 'A+', ratingId: 'r2' }] }))).toEqual(['clear', [], ['composite_grade_high_green_channel']]);
  });

  it('lists a measure once, with its newest trigger first and the others after it', () => {
    const older = listEntry(S, 'major_tax_violation', 'black', '2025-03-01');
    const newer = listEntry(S, 'procurement_serious_violation', 'black', '2026-02-01');
    const [m] = run('government_procurement', { entries: [older, newer] }).measures;
    expect([m!.code, m!.trigger.id, m!.alsoTriggeredBy.map((t) => t.id)]).toEqual(['procurement_bar_listed', newer.entryId, [older.entryId]]);
  });

  it('never returns a retired measure, or one of another scenario', () => {
    const entry = listEntry(S, 'dishonest_judgment_debtor', 'black');
    const retired = DEFAULTS.map((m) => (m.definition.code === 'bidding_bar_court_debtor' ? { ...m, definition: { ...m.definition, active: false } } : m));
    expect(run('bidding', { entries: [entry], measures: retired }).verdict).toBe('clear');
    expect(run('bidding', { entries: [entry] }).measures.every((m) => m.code.startsWith('bidding'))).toBe(true);
  });
});
