import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { enterpriseInput } from '../../../../test/support/factories.js';
import { systemActor } from '../../../kernel/actor.js';

for (const dialect of dialectsUnderTest()) {
  describe(`code search [${dialect}]`, () => {
    let t: TestApp;
    const search = (q: string, type?: 'government') => t.ctx.services.subjects.search({ q, page: 1, pageSize: 20, ...(type && { type }) });
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(async () => t.close());

    it('answers a registered USCC from the code index alone, without substring matches', async () => {
      const target = await t.ctx.services.subjects.create(systemActor, enterpriseInput(501, { name: '深圳市代码检索有限公司' }));
      await t.ctx.services.subjects.create(systemActor, enterpriseInput(502, { name: `深圳市${target.code}有限公司` }));
      const { items, hasMore } = await search(target.code!.toLowerCase());
      expect(items.map((i) => i.id)).toEqual([target.id]);
      expect(hasMore).toBe(false);
      expect((await search(target.code!, 'government')).items).toEqual([]);
    });

    it('still finds codes by substring when the query is not a registered, check-valid USCC', async () => {
      const target = await t.ctx.services.subjects.create(systemActor, enterpriseInput(503, { name: '深圳市部分代码有限公司' }));
      const code = target.code!;
      const wrongCheck = code.slice(0, 17) + (code.endsWith('0') ? '1' : '0');
      expect((await search(code.slice(0, 12))).items.map((i) => i.id)).toContain(target.id);
      expect((await search(wrongCheck)).items).toEqual([]);
      expect((await search(code.slice(8, 17))).items.map((i) => i.id)).toContain(target.id);
    });

    it('finds an organisation-code alias written XXXXXXXX-X', async () => {
      const code = enterpriseInput(504).code!;
      const org = code.slice(8, 17);
      const target = await t.ctx.services.subjects.create(systemActor, enterpriseInput(504, { aliases: [{ scheme: 'org_code', value: org }] }));
      expect((await search(`${org.slice(0, 8)}-${org.slice(8)}`)).items.map((i) => i.id)).toEqual([target.id]);
    });
  });
}
