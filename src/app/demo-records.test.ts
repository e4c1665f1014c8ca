import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { systemActor } from '../kernel/actor.js';
import { fixedClock } from '../kernel/clock.js';
import { generateDemoSubjects } from '../domains/subjects/demo/index.js';
import { DEMO_DEPARTMENTS, HEAVY_PER_UNIT } from '../domains/records/demo/index.js';
import { seedDemoRecordsStep } from './demo-records.js';

const SUBJECTS = 300;
const demoSet = [...generateDemoSubjects({ count: SUBJECTS, seed: 1 })];
const ID_NUMBER = /\d{6}(19|20)\d{2}[01]\d[0-3]\d{3}[\dX]/;

/** The demo records step on a registry that holds the demo subjects (SPEC §13), through the real ingestion path. */
for (const dialect of dialectsUnderTest()) {
  describe(`demo records for the demo subjects [${dialect}]`, () => {
    let t: TestApp;
    let first: Awaited<ReturnType<typeof seedDemoRecordsStep>>;
    const clock = fixedClock('2026-06-15T02:00:00.000Z');
    const db = () => t.ctx.database.db;
    const count = async (table: 'records' | 'recordVersions' | 'subjects') =>
      Number((await db().selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      await t.ctx.services.subjects.createMany(systemActor, demoSet, { skipExisting: true });
      first = await seedDemoRecordsStep(t.ctx, { subjects: SUBJECTS, seed: 1, perSubject: 2 });
    });
    afterAll(async () => t.close());

    it('stores every generated row through ingestChunk, registers the departments and no new subject', async () => {
      expect(first.counts.rejected).toBe(0);
      expect(first.problems).toEqual([]);
      expect(first.counts.created).toBeGreaterThan(SUBJECTS);
      expect(await count('records')).toBe(first.counts.created);
      expect(await count('subjects')).toBe(SUBJECTS);
      const market = await t.ctx.services.accounts.findDepartmentByCode(DEMO_DEPARTMENTS.market.code);
      expect(market).toMatchObject({ name: '深圳市市场监督管理局南山监管局', kind: 'government' });
      expect(await t.ctx.services.accounts.findDepartmentByCode(DEMO_DEPARTMENTS.court.code)).toMatchObject({ kind: 'court' });
      const versions = await db().selectFrom('recordVersions').select(['channel', 'submitterType', 'submitterId', 'batchId']).distinct().execute();
      expect(versions).toEqual([{ channel: 'cli', submitterType: 'system', submitterId: 'cli', batchId: 'demo-records:1' }]);
    });

    it('shows the public the records within publicity, and government users the expired ones as well', async () => {
      const expired = await db().selectFrom('records').select(['subjectId', 'docNo']).where('publicityEnd', '<', '2026-06-15').where('disclosure', '=', 'public').execute();
      expect(expired.length).toBeGreaterThan(first.counts.created / 5);
      const perSubject = await db().selectFrom('records').select((eb) => ['subjectId', eb.fn.countAll<number>().as('n')]).groupBy('subjectId').execute();
      const small = new Set(perSubject.filter((r) => Number(r.n) <= 20).map((r) => r.subjectId));
      const { subjectId, docNo } = expired.find((r) => small.has(r.subjectId))!;
      const publicView = await t.ctx.services.records.listForSubject(subjectId, { audience: 'public', pageSize: 100 });
      const governmentView = await t.ctx.services.records.listForSubject(subjectId, { audience: 'government', pageSize: 100 });
      expect(publicView.items.map((r) => r.docNo)).not.toContain(docNo);
      expect(governmentView.items.find((r) => r.docNo === docNo)).toMatchObject({ inPublicity: false });
      const live = await db().selectFrom('records').select('subjectId').where('publicityEnd', '>=', '2026-06-15').where('disclosure', '=', 'public').executeTakeFirstOrThrow();
      expect((await t.ctx.services.records.listForSubject(live.subjectId, { audience: 'public' })).items.length).toBeGreaterThan(0);
    });

    it('gives two enterprises an archive to page through', async () => {
      const heavy = await db().selectFrom('records').select((eb) => ['subjectId', eb.fn.countAll<number>().as('n')]).groupBy('subjectId')
        .having((eb) => eb.fn.countAll(), '>=', HEAVY_PER_UNIT).execute();
      expect(heavy.map((h) => Number(h.n))).toEqual([2 * HEAVY_PER_UNIT, 2 * HEAVY_PER_UNIT]);
      const page = await t.ctx.services.records.listForSubject(heavy[0]!.subjectId, { audience: 'internal', pageSize: 50, page: 2 });
      expect(page.items.length).toBe(50);
      expect(page.hasMore).toBe(true);
    });

    it('never holds or shows a person\'s full ID number', async () => {
      const person = demoSet.find((s) => s.type === 'person')!;
      const found = (await t.ctx.services.subjects.findPersonByIdNumber(systemActor, person.idNumber!, 'test'))!;
      const persons = await db().selectFrom('records').innerJoin('subjects', 'subjects.id', 'records.subjectId')
        .select(['records.subjectId', 'records.content']).where('subjects.type', '=', 'person').execute();
      expect(persons.length).toBeGreaterThan(0);
      expect(persons.filter((r) => ID_NUMBER.test(r.content))).toEqual([]);
      for (const subjectId of new Set([found.id, ...persons.map((r) => r.subjectId)])) {
        for (const audience of ['public', 'government', 'internal'] as const) {
          const { items } = await t.ctx.services.records.listForSubject(subjectId, { audience, pageSize: 100 });
          expect(JSON.stringify(items)).not.toMatch(ID_NUMBER);
        }
      }
    });

    it('is a no-op when run again, also on a later day (dates count from the day the demo set was registered)', async () => {
      const versions = await count('recordVersions');
      const again = await seedDemoRecordsStep(t.ctx, { subjects: SUBJECTS, seed: 1, perSubject: 2 });
      expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: first.counts.created, rejected: 0 });
      clock.set('2027-02-01T02:00:00.000Z');
      const later = await seedDemoRecordsStep(t.ctx, { subjects: SUBJECTS, seed: 1, perSubject: 2 });
      clock.set('2026-06-15T02:00:00.000Z');
      expect(later.counts).toEqual(again.counts);
      expect(await count('recordVersions')).toBe(versions);
    });

    it('stores nothing for perSubject 0, and only the demo subjects the registry holds', async () => {
      expect((await seedDemoRecordsStep(t.ctx, { subjects: SUBJECTS, seed: 1, perSubject: 0 })).counts.created).toBe(0);
      const others = await seedDemoRecordsStep(t.ctx, { subjects: SUBJECTS, seed: 7, perSubject: 2 });
      expect(others).toMatchObject({ subjects: 0, counts: { created: 0, rejected: 0 } });
      expect(await count('subjects')).toBe(SUBJECTS);
    });
  });
}
