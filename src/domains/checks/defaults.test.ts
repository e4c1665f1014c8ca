import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/index.js';
import { defaultListTypes } from '../lists/index.js';
import { BLACK_LISTS, RED_LISTS, WATCH_LISTS, defaultMeasures } from './defaults/index.js';
import { checkVocabulary } from './measure-catalog.js';
import { SCENARIOS } from './schema.js';

const vocabulary = {
  listTypes: async () => defaultListTypes().map((t) => ({ code: t.code, kind: t.kind })),
  recordTypes: async () => defaultCatalog().map((t) => t.code),
};

/** The default measure catalogue (SPEC §6): at least 30 measures, every scenario, every basis cited, only names that exist. */
describe('default measures', () => {
  const measures = defaultMeasures();

  it('has at least 30 measures with unique codes, each citing its legal basis', () => {
    expect(measures.length).toBeGreaterThanOrEqual(30);
    expect(new Set(measures.map((m) => m.code)).size).toBe(measures.length);
    for (const m of measures) expect(m.legalBasis, m.code).toMatch(/《.+》|〔\d{4}〕/);
  });

  it('covers every scenario with a punishment', () => {
    for (const s of SCENARIOS) expect(measures.some((m) => m.kind === 'punishment' && m.scenarios.includes(s)), s).toBe(true);
    expect(new Set(measures.map((m) => m.kind))).toEqual(new Set(['punishment', 'management', 'reward']));
  });

  it('names only list types of the lists domain and record types of the catalogue; never punishes on a watch list', async () => {
    for (const m of measures) expect(await checkVocabulary(m, vocabulary), m.code).toEqual([]);
    const kinds = new Map(defaultListTypes().map((t) => [t.code, t.kind]));
    expect(BLACK_LISTS.map((c) => kinds.get(c))).toEqual(BLACK_LISTS.map(() => 'black'));
    expect(RED_LISTS.map((c) => kinds.get(c))).toEqual(RED_LISTS.map(() => 'red'));
    expect(WATCH_LISTS.map((c) => kinds.get(c))).toEqual(WATCH_LISTS.map(() => 'watch'));
  });

  it('refuses a measure that names an unknown list type or record type, or punishes on a watch list', async () => {
    const [base] = measures;
    const errors = async (target: unknown, kind = 'punishment') =>
      (await checkVocabulary({ ...base!, kind: kind as 'punishment', target: target as never }, vocabulary)).map((e) => e.code);
    expect(await errors({ kind: 'list', listTypes: ['no_such_list'] })).toEqual(['MEASURE_UNKNOWN_LIST_TYPE']);
    expect(await errors({ kind: 'list', listTypes: ['abnormal_operation'] })).toEqual(['MEASURE_WATCH_PUNISHMENT']);
    expect(await errors({ kind: 'list', listTypes: ['abnormal_operation'] }, 'management')).toEqual([]);
    expect(await errors({ kind: 'records', typeCodes: ['no_such_type'], withinYears: 1 })).toEqual(['MEASURE_UNKNOWN_RECORD_TYPE']);
  });
});
