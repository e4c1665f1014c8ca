import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { enterpriseInput, makeResidentId, makeUscc } from '../../../test/support/factories.js';
import { anonymousActor, systemActor, type Actor } from '../../kernel/actor.js';

const provider: Actor = { ...systemActor, kind: 'api_key', id: 'k1', role: 'provider', departmentId: 'd1', apiKeyPurpose: 'provider' };

for (const dialect of dialectsUnderTest()) {
  describe(`resolving the subjects of incoming records [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(async () => t.close());

    it('matches by code and by ID number, registers each new subject once, in order', async () => {
      const subjects = t.ctx.services.subjects;
      const known = await subjects.create(systemActor, enterpriseInput(1, { name: '深圳市已登记有限公司' }));
      const person = makeResidentId('19700101', 5);
      const refs = [
        { name: '深圳市已登记有限公司', type: 'enterprise' as const, code: known.code, idNumber: null, legalRep: null },
        { name: '深圳市新主体科技有限公司', type: 'enterprise' as const, code: makeUscc(2), idNumber: null, legalRep: '钱七' },
        { name: '孙八', type: 'person' as const, code: null, idNumber: person, legalRep: null },
        { name: '深圳市新主体科技有限公司', type: 'enterprise' as const, code: makeUscc(2), idNumber: null, legalRep: '钱七' },
      ];
      const resolved = await t.ctx.database.db.transaction().execute((trx) => subjects.resolveForRecords(trx, provider, refs));
      expect(resolved[0]).toEqual({ subjectId: known.id, created: false });
      expect(resolved[1]!.created).toBe(true);
      expect(resolved[2]!.created).toBe(true);
      expect(resolved[3]).toEqual({ subjectId: resolved[1]!.subjectId, created: false });
      const fresh = await subjects.getByCode(makeUscc(2));
      expect(fresh).toMatchObject({ id: resolved[1]!.subjectId, name: '深圳市新主体科技有限公司', legalRep: '钱七', divisionCode: '440305' });
      expect((await subjects.search({ q: '新主体', page: 1, pageSize: 20 })).items.map((s) => s.id)).toEqual([fresh.id]);
      const again = await t.ctx.database.db.transaction().execute((trx) => subjects.resolveForRecords(trx, provider, refs.slice(1, 3)));
      expect(again.map((r) => r.created)).toEqual([false, false]);
      expect(again[1]!.subjectId).toBe(resolved[2]!.subjectId);
    });

    it('is refused to the public', async () => {
      await expect(
        t.ctx.database.db.transaction().execute((trx) =>
          t.ctx.services.subjects.resolveForRecords(trx, anonymousActor(), [{ name: 'x', type: 'enterprise', code: makeUscc(9), idNumber: null, legalRep: null }]),
        ),
      ).rejects.toMatchObject({ status: 401 });
    });
  });
}
