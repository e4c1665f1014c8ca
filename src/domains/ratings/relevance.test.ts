import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { makeUscc } from '../../../test/support/factories.js';
import { defaultCatalog } from '../catalog/index.js';
import { compileModel, explanationJson, rateSubject } from './engine/index.js';
import { presetModels } from './presets/index.js';
import { countingRecords } from './record-reads.js';
import { relevanceOf } from './relevance.js';
import { fieldPlanOf } from './rate-page.js';

const catalogue = defaultCatalog();
const domainOf = new Map(catalogue.map((d) => [d.code, d.domain]));
const typesOfDomain = new Map<string, string[]>();
for (const d of catalogue) typesOfDomain.set(d.domain, [...(typesOfDomain.get(d.domain) ?? []), d.code]);
const models = presetModels().map((p) => compileModel(p, 1));

describe('relevanceOf', () => {
  it('pushes nothing down when a filter takes every record', () => {
    const open = compileModel({ ...presetModels()[0]!, indicators: [{ key: 'all', label: '全部', filter: {}, measure: 'count', points: -1, per: 1, weight: 1 }] } as never, 1);
    expect(relevanceOf([open], typesOfDomain)).toBeNull();
    expect(relevanceOf(models, typesOfDomain)).not.toBeNull();
  });
});

/** Every preset gives the same explanation from the narrowed read as from every record: the push-down only leaves out what no model uses. */
describeEachDialect('the narrowed read', (get, dialect) => {
  it('leaves out records no preset uses and nothing any preset counts', async () => {
    const { db } = get();
    const at = '2026-06-01T00:00:00.000Z';
    await db.insertInto('departments').values({ id: 'd1', code: makeUscc(5, '11'), name: '测试局', nameEn: null, kind: 'government', createdAt: at }).execute();
    await db.insertInto('subjects').values({ id: 's1', type: 'enterprise', code: makeUscc(77), name: '测试', nameNorm: '测试', status: '存续', createdAt: at, updatedAt: at, version: 1 }).execute();
    const severities = [null, 'minor', 'general', 'serious'];
    let n = 0;
    const rows = catalogue.flatMap((t) => severities.map((severity) => {
      n += 1;
      const polarity = t.polarity === 'mixed' ? (severity ? 'negative' : 'positive') : t.polarity;
      const content = JSON.stringify({ grade: n % 2 ? 'A' : 'green', score: 60 + (n % 40), fineAmount: n * 10_000 });
      return {
        id: `r${String(n).padStart(4, '0')}`, naturalKey: `k${n}`, subjectId: 's1', typeCode: t.code, typeVersion: 1, sourceDepartmentId: 'd1', docNo: `D${n}`,
        period: null, decisionDate: '2026-03-01', validUntil: null, severity, disclosure: 'public', publicityEnd: '2099-12-31', polarity, category: t.category,
        status: 'active', version: 1, content, contentHash: 'h', firstReceivedAt: at, lastReceivedAt: at, updatedAt: at,
      };
    }));
    await db.insertInto('records').values(rows).execute();
    const plan = fieldPlanOf(models);
    const all = (await countingRecords(db, dialect, ['s1'], '2026-06-15', plan, domainOf)).get('s1')!;
    // A page of many subjects (here s1 and 60 without records) is narrowed; a drain's few subjects are not (record-reads.ts, FEW).
    const page = ['s1', ...Array.from({ length: 60 }, (_, i) => `none${i}`)];
    const narrowed = (await countingRecords(db, dialect, page, '2026-06-15', plan, domainOf, relevanceOf(models, typesOfDomain))).get('s1')!;
    const few = (await countingRecords(db, dialect, ['s1'], '2026-06-15', plan, domainOf, relevanceOf(models, typesOfDomain))).get('s1')!;
    expect(all).toHaveLength(rows.length);
    expect(few).toHaveLength(rows.length);
    expect(narrowed.length).toBeLessThan(all.length);
    expect(narrowed.some((r) => r.typeCode === 'admin_license')).toBe(false);
    for (const m of models) {
      const expected = explanationJson(rateSubject(m, all, '2026-06-15').explanation);
      expect(explanationJson(rateSubject(m, narrowed, '2026-06-15').explanation), m.code).toBe(expected);
      expect(explanationJson(rateSubject(m, few, '2026-06-15').explanation), m.code).toBe(expected);
    }
    expect(all.find((r) => r.typeCode === 'admin_penalty')?.fields).toMatchObject({ fineAmount: expect.any(Number) });
  });
});
