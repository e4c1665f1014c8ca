import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createConsumerCursors } from '../../db/consumer-cursors.js';
import { systemActor } from '../../kernel/actor.js';
import { fixedClock } from '../../kernel/clock.js';
import { penaltyChunk, penaltyRow, SAMPLE_AUTHORITY, sampleUscc } from '../records/testing.js';
import { compileModel, type Explanation } from './engine/index.js';
import { pageContextOf } from './page-context.js';
import { presetModels } from './presets/index.js';
import { rateAll, type RateAllDeps } from './rate-all.js';
import { createRatingRepo } from './rating-repo.js';

const SUBJECTS = 23;
const subjectOf = (n: number) => ({ subjectName: `深圳市线程评价${n}号有限公司`, subjectCode: sampleUscc(7200 + n) });

/** A district's mix: warnings, fines of several sizes, serious penalties (吊销) in and out of a year, subjects with several records. */
function fixtureRows(): Array<Record<string, unknown>> {
  const rows: Array<Record<string, unknown>> = [];
  for (let n = 1; n <= SUBJECTS; n++) {
    const s = subjectOf(n);
    const fine = n % 4 === 0 ? { penaltyKinds: '警告', content: '警告', fineAmount: undefined } : { fineAmount: String((n % 7) * 1.5 + 0.5) };
    rows.push(penaltyRow(1000 + n, { ...s, ...fine, decisionNo: `T-${n}-a`, decisionDate: `2026-0${1 + (n % 5)}-1${n % 10}` }));
    if (n % 3 === 0) rows.push(penaltyRow(2000 + n, { ...s, decisionNo: `T-${n}-b`, decisionDate: '2025-11-20', penaltyKinds: '吊销许可证件', content: '吊销营业执照', fineAmount: undefined }));
    if (n % 5 === 0) rows.push(penaltyRow(3000 + n, { ...s, decisionNo: `T-${n}-c`, decisionDate: '2026-05-02', penaltyKinds: '警告', content: '警告', fineAmount: undefined }));
  }
  return rows;
}

/** rateAll with workers (a SQLite file) against rateAll in one thread: the same ratings, byte for byte, and the stale-rating guarantee. */
for (const dialect of dialectsUnderTest()) {
  describe(`ratings: full re-rating on worker threads [${dialect}]`, () => {
    let t: TestApp;
    let deps: RateAllDeps;
    let dept: { id: string; code: string };
    const clock = fixedClock('2026-06-15T02:00:00.000Z');
    const all = presetModels().map((d) => compileModel(d, 1));
    const composite = all.filter((m) => m.code === 'public_composite');
    const db = () => t.ctx.database.db;
    const ingest = async (rows: Array<Record<string, unknown>>) => {
      const results = await t.ctx.services.records.ingestChunk(systemActor, penaltyChunk(dept, rows));
      expect(results.filter((r) => !r.id)).toEqual([]);
      return results.map((r) => r.id!);
    };
    /** subject id → its number in the fixture */
    const numberOf = new Map<string, number>();
    /** Every stored rating but its id and time: what a run wrote. */
    const written = async () => db().selectFrom('ratings')
      .select(['subjectId', 'modelCode', 'modelVersion', 'grade', 'score', 'ratedOn', 'reviewOn', 'explanation', 'explanationHash', 'cause'])
      .orderBy('subjectId').orderBy('modelCode').orderBy('grade').execute();
    const currentRows = async () => db().selectFrom('ratingCurrent').select(['subjectId', 'modelCode', 'grade', 'score', 'reviewOn', 'explanationHash']).orderBy('subjectId').orderBy('modelCode').execute();
    /** A clean slate, and a current tax rating nothing supports: every run must end it (a history row with grade null). */
    const reset = async (orphanOf: string) => {
      await db().deleteFrom('ratings').execute();
      await db().deleteFrom('ratingCurrent').execute();
      await db().insertInto('ratingCurrent').values({ subjectId: orphanOf, modelCode: 'tax_credit', ratingId: 'r-orphan', modelVersion: 1, grade: 'A', score: 9500, ratedOn: '2026-01-01', reviewOn: null, explanationHash: 'x', updatedAt: '2026-01-01T00:00:00.000Z' }).execute();
    };

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      dept = await t.ctx.services.accounts.createDepartment(systemActor, { code: SAMPLE_AUTHORITY.code, name: SAMPLE_AUTHORITY.name, kind: 'government' });
      await ingest(fixtureRows());
      for (let n = 1; n <= SUBJECTS; n++) numberOf.set((await t.ctx.services.subjects.getByCode(subjectOf(n).subjectCode)).id, n);
      await t.ctx.services.ratings.ensurePresets();
      const types = await t.ctx.services.catalog.list();
      const ctx = pageContextOf(dialect, createRatingRepo(dialect), new Map(types.map((ty) => [ty.definition.code, ty.definition.domain])));
      deps = { db: db(), clock, cursors: createConsumerCursors(dialect), ctx, awaitWorkers: true };
    });
    afterAll(async () => t.close());

    for (const [name, models] of [['all presets', all], ['public_composite', composite]] as const) {
      it(`writes the same ratings, explanations byte for byte, in one thread and on two workers (${name})`, async () => {
        const orphan = (await t.ctx.services.subjects.getByCode(subjectOf(4).subjectCode)).id;
        await reset(orphan);
        const one = await rateAll(deps, models, { workers: 1, pageSize: 3 });
        const inThread = await written();
        const inThreadCurrent = await currentRows();
        await reset(orphan);
        let viaWorkers = 0;
        const two = await rateAll({ ...deps, beforeWrite: async () => void (viaWorkers += 1) }, models, { workers: 2, pageSize: 3 });
        expect(viaWorkers).toBe(dialect === 'sqlite' ? Math.ceil(SUBJECTS / 3) : 0);
        expect(one.workers).toBe(0);
        expect(two.workers).toBe(dialect === 'sqlite' ? 2 : 0);
        expect(two).toMatchObject({ subjects: one.subjects, rated: one.rated, changed: one.changed, stale: 0 });
        expect(one.subjects).toBe(SUBJECTS);
        // Both runs end the unsupported tax rating, and rate every subject with the composite model.
        const ended = inThread.filter((r) => r.modelCode === 'tax_credit');
        expect(ended).toEqual(models.length > 1 ? [expect.objectContaining({ subjectId: orphan, grade: null })] : []);
        expect(inThread.filter((r) => r.modelCode === 'public_composite')).toHaveLength(SUBJECTS);
        expect(new Set(inThread.filter((r) => r.modelCode === 'public_composite').map((r) => r.grade)).size).toBeGreaterThan(1);
        const after = await written();
        expect(after.length).toBe(inThread.length);
        for (let i = 0; i < inThread.length; i++) expect(after[i]!.explanation).toBe(inThread[i]!.explanation);
        expect(after).toEqual(inThread);
        expect(await currentRows()).toEqual(inThreadCurrent);
      });
    }

    it('writes nothing on a second run with nothing changed, and reports progress to the end', async () => {
      await rateAll(deps, all, { workers: 1 });
      const progress: number[] = [];
      const again = await rateAll(deps, all, { workers: 2, pageSize: 4, onProgress: (p) => progress.push(p.done) });
      expect(again).toMatchObject({ subjects: SUBJECTS, changed: 0 });
      expect(progress[0]).toBe(0);
      expect(progress.at(-1)).toBe(SUBJECTS);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      // Without waiting for the threads: the first pages are rated here while they load.
      expect(await rateAll({ ...deps, awaitWorkers: false }, all, { workers: 2, pageSize: 4 })).toMatchObject({ subjects: SUBJECTS, changed: 0 });
    });

    if (dialect === 'sqlite') {
      it('re-rates in the writer a result the worker found current when the current rating changed meanwhile', async () => {
        await rateAll(deps, all, { workers: 1 });
        const before = await currentRows();
        let victim: string | undefined;
        const result = await rateAll({
          ...deps,
          // Another writer replaces a current rating after the worker compared it (no record event).
          beforeWrite: async (page) => {
            if (victim) return;
            victim = page[0]!.id;
            await db().updateTable('ratingCurrent').set({ explanationHash: 'another-run' }).where('subjectId', '=', victim).where('modelCode', '=', 'public_composite').execute();
          },
        }, all, { workers: 2, pageSize: 4 });
        expect(result.changed).toBe(1);
        expect(await currentRows()).toEqual(before);
      });

      it('re-rates in the writer a subject whose records changed after the worker read them (no stale grade)', async () => {
        let seriousId: string | undefined;
        let victim: string | undefined;
        const result = await rateAll({
          ...deps,
          // The first page assessed: a serious penalty for its first subject is stored (with its outbox event) before the page is written.
          beforeWrite: async (page) => {
            if (seriousId) return;
            victim = page[0]!.id;
            [seriousId] = await ingest([penaltyRow(9000, { ...subjectOf(numberOf.get(victim)!), decisionNo: 'T-late', decisionDate: '2026-06-10', penaltyKinds: '吊销许可证件', content: '吊销营业执照', fineAmount: undefined })]);
          },
        }, all, { workers: 2, pageSize: 4 });
        expect(result.stale).toBe(1);
        const current = await db().selectFrom('ratingCurrent').innerJoin('ratings', 'ratings.id', 'ratingCurrent.ratingId')
          .select(['ratings.explanation']).where('ratingCurrent.subjectId', '=', victim!).where('ratingCurrent.modelCode', '=', 'public_composite').executeTakeFirstOrThrow();
        const explanation = JSON.parse(current.explanation) as Explanation;
        expect(explanation.factors.find((f) => f.key === 'serious_negative')?.records).toContain(seriousId);
      });
    }
  });
}
