import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { makeUscc } from '../../test/support/factories.js';
import { dialectsUnderTest } from '../../test/support/databases.js';
import { systemActor, type Role } from '../kernel/actor.js';
import { FIXTURE_SOURCE, penaltyFixtureRow } from '../domains/imports/testing.js';
import { publicComposite } from '../domains/ratings/presets/public-composite.js';

const HTML = { accept: 'text/html' };
const PASSWORD = 'Lantern-Harbour-2026';
const csrfOf = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? '';

/** The ratings console: models, charts, the editor with errors by path, preview, save and publish. */
for (const dialect of dialectsUnderTest()) {
  describe(`console ratings pages [${dialect}]`, () => {
    let t: TestApp;
    let n = 0;
    const get = (url: string, cookie: string) => t.app.inject({ url, headers: { ...HTML, cookie } });
    const post = (url: string, cookie: string, csrf: string, form: Record<string, string>) => t.app.inject({
      method: 'POST', url, payload: new URLSearchParams({ _csrf: csrf, ...form }).toString(),
      headers: { ...HTML, cookie, 'content-type': 'application/x-www-form-urlencoded' },
    });

    async function signInAs(role: Exclude<Role, 'public' | 'subject'>): Promise<{ cookie: string; csrf: string }> {
      n += 1;
      const accounts = t.ctx.services.accounts;
      const dept = role === 'staff' ? await accounts.createDepartment(systemActor, { code: makeUscc(880_000 + n, '11'), name: `测试局${n}`, kind: 'government' }) : null;
      await accounts.createUser(systemActor, { username: `rater${n}`, displayName: `评价员${n}`, password: PASSWORD, role, ...(dept ? { departmentId: dept.id } : {}) });
      const res = await t.app.inject({ method: 'POST', url: '/login', payload: new URLSearchParams({ username: `rater${n}`, password: PASSWORD, next: '/console' }).toString(), headers: { ...HTML, 'content-type': 'application/x-www-form-urlencoded' } });
      const cookie = `xinyong_session=${res.cookies.find((c) => c.name === 'xinyong_session')?.value}`;
      return { cookie, csrf: csrfOf((await get('/console', cookie)).body) };
    }

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const dept = await t.ctx.services.accounts.createDepartment(systemActor, { code: FIXTURE_SOURCE.code, name: FIXTURE_SOURCE.name, kind: 'government' });
      await t.ctx.services.records.ingestChunk(systemActor, {
        typeCode: 'admin_penalty', sourceDepartment: dept, channel: 'cli', batchId: null,
        rows: Array.from({ length: 6 }, (_, i) => ({ row: i + 1, raw: { ...penaltyFixtureRow(i, 6, 950_000), decisionDate: '2026-03-10' } })),
      });
      await t.ctx.services.ratings.drain();
    });
    afterAll(async () => t.close());

    it('lists the models and shows one with its grades, versions and SVG distribution charts', async () => {
      const admin = await signInAs('admin');
      const list = await get('/console/ratings', admin.cookie);
      expect(list.statusCode).toBe(200);
      expect(list.body).toContain('公共信用综合评价');
      expect(list.body).toContain('href="/console/ratings/market_risk"');
      const page = await get('/console/ratings/public_composite', admin.cookie);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<svg');
      expect(page.body).toContain('诚信典范');
      expect(page.body).toMatch(/<td>6<\/td>|<strong>6<\/strong>/);
      expect((await get('/console/ratings/public_composite/plan?seed=abc', admin.cookie)).statusCode).toBe(200);
      expect((await get('/console/ratings/nope', admin.cookie)).statusCode).toBe(404);
      const blank = await get('/console/ratings/new/edit', admin.cookie);
      expect(blank.statusCode).toBe(200);
      expect(blank.body).toContain('&quot;code&quot;: &quot;new_model&quot;');
    });

    it('checks a definition in the editor: malformed JSON, errors by path, then a preview that stores nothing', async () => {
      const admin = await signInAs('admin');
      const editor = await get('/console/ratings/public_composite/edit', admin.cookie);
      expect(editor.body).toContain('&quot;code&quot;: &quot;public_composite&quot;');
      const csrf = csrfOf(editor.body);
      const malformed = await post('/console/ratings/public_composite/edit', admin.cookie, csrf, { definition: '{ "code": ', action: 'preview' });
      expect(malformed.statusCode).toBe(400);
      const broken = JSON.stringify({ ...publicComposite, bands: [{ grade: 'A', min: 900 }, { grade: 'Q', min: 950 }] });
      const invalid = await post('/console/ratings/public_composite/edit', admin.cookie, csrf, { definition: broken, action: 'preview' });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.body).toContain('bands.1.grade');
      expect(invalid.body).toContain('RATING_BANDS_ORDER');
      const before = await t.ctx.database.db.selectFrom('ratingModelVersions').select('version').where('modelCode', '=', 'public_composite').execute();
      const preview = await post('/console/ratings/public_composite/edit', admin.cookie, csrf, { definition: JSON.stringify(publicComposite), action: 'preview', sample: '' });
      expect(preview.statusCode).toBe(200);
      expect(preview.body).toContain('预览结果');
      expect(await t.ctx.database.db.selectFrom('ratingModelVersions').select('version').where('modelCode', '=', 'public_composite').execute()).toEqual(before);
    });

    it('saves a draft and publishes it; staff outside the credit office may not', async () => {
      const staff = await signInAs('staff');
      const refused = await post('/console/ratings/public_composite/edit', staff.cookie, staff.csrf, { definition: JSON.stringify(publicComposite), action: 'save' });
      expect(refused.statusCode).toBe(403);
      const admin = await signInAs('admin');
      const saved = await post('/console/ratings/public_composite/edit', admin.cookie, admin.csrf, { definition: JSON.stringify({ ...publicComposite, name: '公共信用综合评价（修订）' }), action: 'save' });
      expect(saved.statusCode).toBe(303);
      expect(saved.headers.location).toBe('/console/ratings/public_composite?done=saved-2');
      const published = await post('/console/ratings/public_composite/versions/2/publish', admin.cookie, admin.csrf, {});
      expect(published.statusCode).toBe(303);
      expect((await t.ctx.database.db.selectFrom('ratingModels').select('publishedVersion').where('code', '=', 'public_composite').executeTakeFirstOrThrow()).publishedVersion).toBe(2);
      const created = await post('/console/ratings/new/edit', admin.cookie, admin.csrf, { definition: JSON.stringify({ ...publicComposite, code: 'street_pilot', name: '街道试点评价' }), action: 'save' });
      expect(created.headers.location).toBe('/console/ratings/street_pilot?done=saved-1');
      expect((await get('/console/ratings/street_pilot', admin.cookie)).body).toContain('草稿');
    });
  });
}
