import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { enterpriseInput, makeResidentId, makeUscc } from '../../../../test/support/factories.js';
import { systemActor } from '../../../kernel/actor.js';
import { searchQuerySchema, type SearchQuery } from '../schema.js';

/** SPEC §2 attributes as search filters (type, street, industry), on both engines and both index paths (2 and 3+ characters). */
for (const dialect of dialectsUnderTest()) {
  describe(`search filters [${dialect}]`, () => {
    let t: TestApp;
    const names = async (q: Partial<SearchQuery> & { q: string }) =>
      (await t.ctx.services.subjects.search(searchQuerySchema.parse(q))).items.map((s) => s.name).sort();

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const s = t.ctx.services.subjects;
      await s.create(systemActor, enterpriseInput(601, { name: '深圳市筛选粤海软件有限公司', street: '粤海街道', industry: 'I' }));
      await s.create(systemActor, enterpriseInput(602, { name: '深圳市筛选蛇口贸易有限公司', street: '蛇口街道', industry: 'F' }));
      await s.create(systemActor, enterpriseInput(603, { name: '深圳市筛选粤海餐饮有限公司', street: '粤海街道', industry: 'H', legalRep: '欧阳筛选' }));
      await s.create(systemActor, enterpriseInput(604, { type: 'institution', code: makeUscc(604, '12'), name: '深圳市筛选粤海研究院', street: '粤海街道', industry: 'M' }));
    }, 30_000);
    afterAll(async () => t.close());

    it('narrows by street, industry and type, each and together', async () => {
      expect(await names({ q: '筛选' })).toHaveLength(4);
      expect(await names({ q: '筛选', street: '粤海街道' })).toEqual(['深圳市筛选粤海研究院', '深圳市筛选粤海软件有限公司', '深圳市筛选粤海餐饮有限公司'].sort());
      expect(await names({ q: '深圳市筛选', street: '粤海街道', industry: 'H' })).toEqual(['深圳市筛选粤海餐饮有限公司']);
      expect(await names({ q: '筛选', industry: 'F' })).toEqual(['深圳市筛选蛇口贸易有限公司']);
      expect(await names({ q: '深圳市筛选', type: 'institution' })).toEqual(['深圳市筛选粤海研究院']);
      expect(await names({ q: '筛选', street: '蛇口街道', industry: 'I' })).toEqual([]);
    });

    it('applies the filters to exact-name and exact-code hits too', async () => {
      expect(await names({ q: '深圳市筛选蛇口贸易有限公司', street: '粤海街道' })).toEqual([]);
      expect(await names({ q: '深圳市筛选蛇口贸易有限公司', street: '蛇口街道' })).toEqual(['深圳市筛选蛇口贸易有限公司']);
      const code = enterpriseInput(602).code!;
      expect(await names({ q: code, industry: 'I' })).toEqual([]);
      expect(await names({ q: code, industry: 'F' })).toEqual(['深圳市筛选蛇口贸易有限公司']);
    });

    it('pages within the filtered set', async () => {
      const first = await t.ctx.services.subjects.search(searchQuerySchema.parse({ q: '筛选', street: '粤海街道', pageSize: 2 }));
      const second = await t.ctx.services.subjects.search(searchQuerySchema.parse({ q: '筛选', street: '粤海街道', pageSize: 2, page: 2 }));
      expect([first.items.length, first.hasMore, second.items.length, second.hasMore]).toEqual([2, true, 1, false]);
    });

    it('finds by legal representative and never lists persons, whatever the filters', async () => {
      expect(await names({ q: '欧阳筛选', street: '粤海街道' })).toEqual(['深圳市筛选粤海餐饮有限公司']);
      await t.ctx.services.subjects.create(systemActor, { type: 'person', idNumber: makeResidentId('19880808', 31), name: '筛选自然人', street: '粤海街道' });
      expect(await names({ q: '筛选自然人' })).toEqual([]);
      expect(await names({ q: '筛选自然人', street: '粤海街道' })).toEqual([]);
    });

    it('refuses unknown streets and industries, and pages past 50', () => {
      expect(searchQuerySchema.safeParse({ q: '筛选', street: '前海街道' }).success).toBe(false);
      expect(searchQuerySchema.safeParse({ q: '筛选', industry: 'Z' }).success).toBe(false);
      expect(searchQuerySchema.safeParse({ q: '筛选', page: 51 }).success).toBe(false);
      expect(searchQuerySchema.safeParse({ q: '筛选', page: 50 }).success).toBe(true);
    });
  });
}
