import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { makeResidentId } from '../../../test/support/factories.js';
import { signIn, type SignedIn } from '../../../test/support/sessions.js';
import { systemActor } from '../../kernel/actor.js';
import { FIXTURE_SOURCE, penaltyFixtureRow } from '../imports/testing.js';
import { publicComposite } from './presets/public-composite.js';

/** The ratings API over HTTP: who sees what, models, inspection plans, re-rating right after a submission. */
for (const dialect of dialectsUnderTest()) {
  describe(`ratings HTTP API [${dialect}]`, () => {
    let t: TestApp;
    let key: string;
    let staff: SignedIn;
    let admin: SignedIn;
    let provider: SignedIn;
    let seriousCode: string;
    let seriousId: string;
    const get = (url: string, who?: SignedIn) => t.app.inject({ method: 'GET', url, headers: who?.headers ?? {} });
    const post = (url: string, payload: object, who?: SignedIn) => t.app.inject({ method: 'POST', url, payload, headers: who?.headers ?? {} });

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const accounts = t.ctx.services.accounts;
      const dept = await accounts.createDepartment(systemActor, { code: FIXTURE_SOURCE.code, name: FIXTURE_SOURCE.name, kind: 'government' });
      key = (await accounts.createApiKey(systemActor, { name: 'provider', departmentId: dept.id, purpose: 'provider' })).key;
      // 20 subjects with a general penalty each (grade B), rated once.
      await t.ctx.services.records.ingestChunk(systemActor, {
        typeCode: 'admin_penalty', sourceDepartment: dept, channel: 'cli', batchId: null,
        rows: Array.from({ length: 20 }, (_, i) => ({ row: i + 1, raw: { ...penaltyFixtureRow(i, 20, 900_000), decisionDate: '2026-03-10', penaltyKinds: '警告、罚款', content: '警告，并处罚款5000元', fineAmount: '0.5' } })),
      });
      await t.ctx.services.ratings.drain();
      [staff, admin, provider] = [await signIn(t, 'staff'), await signIn(t, 'admin'), await signIn(t, 'provider')];
    });
    afterAll(async () => t.close());

    it('re-rates a subject right after its records are submitted over the API', async () => {
      const row: Record<string, string> = { ...penaltyFixtureRow(20, 21, 900_000), penaltyKinds: '吊销许可证件', content: '吊销营业执照', fineAmount: '', decisionDate: '2026-06-01' };
      seriousCode = row.subjectCode!;
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/records', payload: { type: 'admin_penalty', records: [row] }, headers: { authorization: `Bearer ${key}` } });
      expect(res.statusCode).toBe(200);
      seriousId = (res.json() as { results: Array<{ id: string }> }).results[0]!.id;
      await t.ctx.services.ratings.idle();
      const subject = await t.ctx.services.subjects.getByCode(seriousCode);
      const current = await t.ctx.database.db.selectFrom('ratingCurrent').selectAll().where('subjectId', '=', subject.id).where('modelCode', '=', 'public_composite').executeTakeFirst();
      expect(current).toMatchObject({ grade: 'C' });
    });

    it('shows the public the grades of public models with factor labels, never record ids', async () => {
      const res = await get(`/api/v1/subjects/${seriousCode}/ratings`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.audience).toBe('public');
      expect(body.ratings.map((r: { model: string }) => r.model)).toEqual(['public_composite']);
      expect(body.ratings[0]).toMatchObject({ grade: 'C', gradeLabel: '关注', treatment: { inspectionRatioPercent: 10 } });
      expect(body.ratings[0].factors).toContainEqual({ label: '严重失信记录（3年内）', contribution: -100 });
      expect(res.body).not.toContain(seriousId);
    });

    it('shows staff every model with the records behind each factor, and audits the read', async () => {
      const res = await get(`/api/v1/subjects/${seriousCode}/ratings?purpose=${encodeURIComponent('分类监管')}`, staff);
      const body = res.json();
      expect(body.audience).toBe('full');
      expect(body.ratings.map((r: { model: string }) => r.model)).toEqual(['market_risk', 'public_composite']);
      expect(res.body).toContain(seriousId);
      const audit = await t.ctx.database.db.selectFrom('auditLog').select(['action', 'purpose']).where('action', '=', 'rating.read').execute();
      expect(audit).toEqual([{ action: 'rating.read', purpose: '分类监管' }]);
      const history = await get(`/api/v1/subjects/${seriousCode}/ratings/history?model=public_composite`, staff);
      expect(history.json().items.map((i: { grade: string; cause: string }) => [i.grade, i.cause])).toEqual([['C', 'record']]);
      expect((await get(`/api/v1/subjects/${seriousCode}/ratings/history`)).statusCode).toBe(401);
    });

    it('never shows a person to the public', async () => {
      const person = await t.ctx.services.subjects.create(systemActor, { type: 'person', name: '王五', idNumber: makeResidentId('19800101', 321) });
      expect((await get(`/api/v1/subjects/${person.id}/ratings`)).statusCode).toBe(404);
      expect((await get(`/api/v1/subjects/${person.id}/ratings`, staff)).json()).toMatchObject({ audience: 'full', ratings: [] });
    });

    it('lets staff read models, and only administrators and the credit office change them', async () => {
      expect((await get('/api/v1/ratings/models')).statusCode).toBe(401);
      expect((await get('/api/v1/ratings/models', provider)).statusCode).toBe(403);
      const list = await get('/api/v1/ratings/models', staff);
      expect(list.json().items.map((m: { code: string }) => m.code)).toEqual(expect.arrayContaining(['public_composite', 'market_risk', 'tax_credit', 'env_credit', 'procurement_supplier', 'construction_credit', 'rental_housing_stars']));
      const model = { ...publicComposite, code: 'test_composite', name: '测试综合评价' };
      expect((await post('/api/v1/ratings/models', model, staff)).statusCode).toBe(403);
      const created = await post('/api/v1/ratings/models', model, admin);
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ code: 'test_composite', version: 1, status: 'draft', warnings: [] });
      expect((await post('/api/v1/ratings/models', model, admin)).json()).toMatchObject({ code: 'RATING_MODEL_EXISTS' });
      const detail = (await get('/api/v1/ratings/models/test_composite', staff)).json();
      expect(detail).toMatchObject({ publishedVersion: null, published: null, versions: [{ version: 1, status: 'draft' }] });
      expect((await get('/api/v1/ratings/models/nope', staff)).json()).toMatchObject({ code: 'RATING_MODEL_NOT_FOUND' });
    });

    it('validates a definition by path and previews one without storing it', async () => {
      const check = await post('/api/v1/ratings/models/validate', { definition: { ...publicComposite, grades: [], bands: [{ grade: 'A', min: null }] } }, staff);
      expect(check.json()).toMatchObject({ valid: false, errors: [{ field: 'grades', code: 'TOO_SMALL' }] });
      const preview = await post('/api/v1/ratings/models/preview', { definition: publicComposite, sample: 5, seed: 1 }, admin);
      expect(preview.statusCode).toBe(200);
      expect(preview.json()).toMatchObject({ version: null, step: 5, changes: { total: 0 } });
      expect(preview.json().subjects).toBeGreaterThanOrEqual(4);
      expect((await post('/api/v1/ratings/models/preview', { definition: publicComposite }, staff)).statusCode).toBe(403);
    });

    it('plans inspections per grade with a seeded draw that repeats for the same seed', async () => {
      const plan = async (seed: string, query = '') => (await get(`/api/v1/ratings/public_composite/inspection-plan?seed=${seed}${query}`, staff)).json();
      const first = await plan('2026-06-15');
      const b = first.grades.find((g: { grade: string }) => g.grade === 'B');
      expect(b).toMatchObject({ count: 20, ratioPercent: 5, sampleSize: 1 });
      expect(b.sample).toHaveLength(1);
      expect(first.grades.find((g: { grade: string }) => g.grade === 'C')).toMatchObject({ count: 1, sampleSize: 1 });
      expect(await plan('2026-06-15')).toEqual(first);
      const seeds = await Promise.all(['a', 'b', 'c', 'd', 'e', 'f'].map(async (s) => (await plan(s)).grades[2].sample[0].subjectId));
      expect(new Set(seeds).size).toBeGreaterThan(1);
      expect((await plan('x', `&street=${encodeURIComponent('粤海街道')}`)).grades.every((g: { count: number }) => g.count === 0)).toBe(true);
      expect((await get('/api/v1/ratings/public_composite/inspection-plan')).statusCode).toBe(401);
    });

    it('counts subjects per grade by street or industry', async () => {
      const res = await get('/api/v1/ratings/public_composite/distribution?by=industry', staff);
      expect(res.json()).toMatchObject({
        model: 'public_composite', by: 'industry', grades: ['A+', 'A', 'B', 'C', 'C-', 'D', 'D-'],
        rows: [{ key: null, total: 21 }], total: { total: 21 },
      });
      expect(res.json().total.grades).toContainEqual({ grade: 'B', count: 20 });
    });
  });
}
