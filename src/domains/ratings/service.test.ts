import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { systemActor } from '../../kernel/actor.js';
import { fixedClock } from '../../kernel/clock.js';
import { toCount } from '../../db/values.js';
import { penaltyChunk, penaltyRow, SAMPLE_AUTHORITY, sampleUscc } from '../records/testing.js';
import type { Explanation } from './engine/index.js';
import { publicComposite } from './presets/public-composite.js';

const A = { subjectName: '深圳市评价测试甲有限公司', subjectCode: sampleUscc(6101) };
const B = { subjectName: '深圳市评价测试乙有限公司', subjectCode: sampleUscc(6102) };

/** Issue 6 acceptance, on both engines (fixed clock: 2026-06-15 in China). */
for (const dialect of dialectsUnderTest()) {
  describe(`ratings: re-rating, history, preview and versions [${dialect}]`, () => {
    let t: TestApp;
    const clock = fixedClock('2026-06-15T02:00:00.000Z');
    let dept: { id: string; code: string };
    let subjectA: string;
    let seriousId: string;
    const ratings = () => t.ctx.services.ratings;
    const db = () => t.ctx.database.db;
    const count = async (table: 'ratings' | 'ratingCurrent') => toCount((await db().selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const current = async (subjectId: string, model = 'public_composite') =>
      db().selectFrom('ratingCurrent').selectAll().where('subjectId', '=', subjectId).where('modelCode', '=', model).executeTakeFirst();
    const explanationOf = async (ratingId: string) =>
      JSON.parse((await db().selectFrom('ratings').select('explanation').where('id', '=', ratingId).executeTakeFirstOrThrow()).explanation) as Explanation;
    const ingest = async (rows: Array<Record<string, unknown>>) => (await t.ctx.services.records.ingestChunk(systemActor, penaltyChunk(dept, rows))).map((r) => r.id!);

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      dept = await t.ctx.services.accounts.createDepartment(systemActor, { code: SAMPLE_AUTHORITY.code, name: SAMPLE_AUTHORITY.name, kind: 'government' });
      await ingest([penaltyRow(1, { ...A, decisionNo: 'G-1', decisionDate: '2026-05-20' }), penaltyRow(2, { ...B, decisionNo: 'G-2', decisionDate: '2026-05-20', penaltyKinds: '警告', content: '警告', fineAmount: undefined })]);
      subjectA = (await t.ctx.services.subjects.getByCode(A.subjectCode)).id;
    });
    afterAll(async () => t.close());

    it('rates every subject with the presets on the first drain', async () => {
      const result = await ratings().drain();
      expect(result.events).toBe(2);
      // 1000 − 30 (a general penalty) − 0.5 (a fine of 0.5 万元)
      expect(await current(subjectA)).toMatchObject({ grade: 'B', score: 96950, modelVersion: 1 });
      expect(await current(subjectA, 'market_risk')).toMatchObject({ grade: 'B', score: 8450 });
      expect(await current(subjectA, 'tax_credit')).toBeUndefined();
    });

    it('re-rates nothing when nothing changed (idempotent)', async () => {
      const before = await count('ratings');
      expect((await ratings().drain()).changed).toBe(0);
      await ratings().rateAll(systemActor);
      expect(await count('ratings')).toBe(before);
    });

    it('changes the grade once a serious penalty is stored and drained, naming that record', async () => {
      seriousId = (await ingest([penaltyRow(3, { ...A, decisionNo: 'S-1', decisionDate: '2026-06-01', penaltyKinds: '吊销许可证件', content: '吊销营业执照', fineAmount: undefined, publicityEnd: '2026-09-30' })]))[0]!;
      const drained = await ratings().drain();
      expect(drained).toMatchObject({ events: 1, subjects: 1 });
      const now = (await current(subjectA))!;
      expect(now).toMatchObject({ grade: 'C', score: 86950, reviewOn: '2026-10-01' });
      const explanation = await explanationOf(now.ratingId);
      expect(explanation.factors.find((f) => f.key === 'serious_negative')?.records).toEqual([seriousId]);
      expect(explanation.vetoes).toEqual([expect.objectContaining({ key: 'serious_in_year', grade: 'C', records: [seriousId] })]);
      const full = await ratings().forSubject(systemActor, A.subjectCode);
      expect(full.audience).toBe('full');
      expect(JSON.stringify(full)).toContain(seriousId);
    });

    it('gives credit checks the grades held on a day (GradesPort)', async () => {
      const held = await ratings().gradesAt(subjectA, '2026-06-15');
      expect(held.find((g) => g.model === 'public_composite')).toMatchObject({ grade: 'C', ratingId: (await current(subjectA))!.ratingId });
      expect(held.map((g) => g.model)).toEqual(['market_risk', 'public_composite']);
      expect(await ratings().gradesAt(subjectA, '2026-06-14')).toEqual([]);
    });

    it('stops counting the record once its publicity ends: the next rating leaves it out', async () => {
      clock.set('2026-09-30T02:00:00.000Z');
      await ratings().drain();
      expect((await current(subjectA))!.grade).toBe('C');
      clock.set('2026-10-01T02:00:00.000Z');
      const drained = await ratings().drain();
      expect(drained.subjects).toBeGreaterThanOrEqual(1);
      const now = (await current(subjectA))!;
      expect(now).toMatchObject({ grade: 'B', score: 96950, ratedOn: '2026-10-01' });
      expect(JSON.stringify(await explanationOf(now.ratingId))).not.toContain(seriousId);
      const history = await ratings().history(systemActor, A.subjectCode, { model: 'public_composite', page: 1, pageSize: 10 });
      expect(history.items.map((h) => [h.grade, h.ratedOn, h.cause])).toEqual([['B', '2026-10-01', 'review'], ['C', '2026-06-15', 'record'], ['B', '2026-06-15', 'record']]);
      expect(await ratings().gradesAt(subjectA, '2026-07-01')).toContainEqual(expect.objectContaining({ model: 'public_composite', grade: 'C' }));
    });

    it('previews a draft version without writing, then publishes it without rewriting history', async () => {
      const harsher = { ...publicComposite, indicators: publicComposite.kind === 'computed' ? publicComposite.indicators!.map((i) => (i.key === 'general_negative' ? { ...i, points: -60 } : i)) : [] };
      const draft = await ratings().createVersion(systemActor, 'public_composite', harsher);
      expect(draft).toMatchObject({ version: 2, status: 'draft' });
      const before = { ratings: await count('ratings'), current: await count('ratingCurrent') };
      const preview = await ratings().preview(systemActor, 'public_composite', 2);
      expect(preview).toMatchObject({ version: 2, subjects: 2, unrated: 0, changes: { total: 1 } });
      expect(preview.changes.items).toEqual([expect.objectContaining({ subjectId: subjectA, code: A.subjectCode, from: 'B', to: 'C', score: 939.5 })]);
      expect(preview.distribution.find((d) => d.grade === 'C')?.count).toBe(1);
      expect({ ratings: await count('ratings'), current: await count('ratingCurrent') }).toEqual(before);
      expect((await current(subjectA))!.modelVersion).toBe(1);

      await ratings().publish(systemActor, 'public_composite', 2);
      await ratings().drain();
      expect(await current(subjectA)).toMatchObject({ grade: 'C', score: 93950, modelVersion: 2 });
      const versions = await db().selectFrom('ratings').select(['modelVersion', 'grade']).where('subjectId', '=', subjectA).where('modelCode', '=', 'public_composite').orderBy('seq').execute();
      expect(versions.map((v) => [Number(v.modelVersion), v.grade])).toEqual([[1, 'B'], [1, 'C'], [1, 'B'], [2, 'C']]);
      await expect(ratings().publish(systemActor, 'public_composite', 2)).rejects.toMatchObject({ code: 'RATING_VERSION_NOT_DRAFT' });
    });

    it('refuses invalid definitions with errors by path', async () => {
      const broken = { ...publicComposite, bands: [{ grade: 'A', min: 900 }, { grade: 'Z', min: 950 }] };
      await expect(ratings().createVersion(systemActor, 'public_composite', broken)).rejects.toMatchObject({
        code: 'RATING_MODEL_INVALID',
        errors: expect.arrayContaining([
          expect.objectContaining({ field: 'bands.1.grade', code: 'RATING_GRADE_UNKNOWN' }),
          expect.objectContaining({ field: 'bands.1.min', code: 'RATING_BAND_CATCH_ALL' }),
          expect.objectContaining({ field: 'bands.1.min', code: 'RATING_BANDS_ORDER' }),
        ]),
      });
      const check = await ratings().validate(systemActor, { ...publicComposite, baseScore: 'many' });
      expect(check).toMatchObject({ valid: false, errors: [{ field: 'baseScore', code: 'INVALID_TYPE' }] });
    });
  });
}
