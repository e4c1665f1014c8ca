import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { enterpriseInput, makeResidentId, makeUscc } from '../../../test/support/factories.js';
import { anonymousActor, systemActor, type Actor } from '../../kernel/actor.js';

const staff: Actor = { ...systemActor, kind: 'user', id: 'u-staff', role: 'staff' };
const provider: Actor = { ...systemActor, kind: 'user', id: 'u-prov', role: 'provider' };

for (const dialect of dialectsUnderTest()) {
  describe(`subject service [${dialect}]`, () => {
    let t: TestApp;
    const subjects = () => t.ctx.services.subjects;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(async () => t.close());

    it('registers an enterprise and dedupes on its code', async () => {
      const created = await subjects().create(staff, enterpriseInput(1, { name: '深圳市蔚蓝海岸科技有限公司', formerNames: ['深圳市蓝海贸易有限公司'] }));
      expect(created.code).toBe(makeUscc(1));
      expect(created.formerNames).toEqual(['深圳市蓝海贸易有限公司']);
      expect(created.divisionCode).toBe('440305');
      await expect(subjects().create(staff, enterpriseInput(1))).rejects.toMatchObject({ code: 'SUBJECT_EXISTS', status: 409 });
    });

    it('normalises lower-case and full-width codes instead of rejecting them', async () => {
      const code = makeUscc(2);
      const fullWidth = [...code.toLowerCase()].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
      const created = await subjects().create(staff, enterpriseInput(2, { code: ` ${fullWidth} ` }));
      expect(created.code).toBe(code);
      expect((await subjects().getByCode(code.toLowerCase())).id).toBe(created.id);
    });

    it('reports every identifier problem at once with stable codes', async () => {
      const bad = makeUscc(3).slice(0, 17) + (makeUscc(3).endsWith('0') ? '1' : '0');
      await expect(subjects().create(staff, { type: 'enterprise', code: bad, name: '坏代码公司', idNumber: makeResidentId() })).rejects.toMatchObject({
        code: 'INVALID_IDENTIFIER',
        errors: expect.arrayContaining([
          expect.objectContaining({ field: 'code', code: 'USCC_CHECK_CHAR' }),
          expect.objectContaining({ field: 'idNumber', code: 'ID_NUMBER_NOT_FOR_ORGANISATION' }),
        ]),
      });
      await expect(subjects().create(staff, { type: 'person', name: '李四' })).rejects.toMatchObject({
        errors: [expect.objectContaining({ code: 'ID_NUMBER_REQUIRED' })],
      });
    });

    it('keeps persons encrypted, masked, out of search, and audits every reveal', async () => {
      const idNumber = makeResidentId('19850612', 77);
      const person = await subjects().create(staff, { type: 'person', idNumber, name: '王五' });
      expect(person.idNumberMasked).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
      const raw = await t.ctx.database.db.selectFrom('subjects').selectAll().where('id', '=', person.id).executeTakeFirstOrThrow();
      expect(JSON.stringify(raw)).not.toContain(idNumber);
      expect((await subjects().search({ q: '王五', page: 1, pageSize: 20 })).items).toEqual([]);
      await expect(subjects().revealIdNumber(anonymousActor(), person.id, '核查身份')).rejects.toMatchObject({ status: 401 });
      await expect(subjects().revealIdNumber(provider, person.id, '核查身份')).rejects.toMatchObject({ status: 403 });
      expect(await subjects().revealIdNumber(staff, person.id, '核查行政处罚当事人身份')).toBe(idNumber);
      const found = await subjects().findPersonByIdNumber(staff, idNumber.toLowerCase(), '核查行政处罚当事人身份');
      expect(found?.id).toBe(person.id);
      const log = await t.ctx.database.db.selectFrom('auditLog').selectAll().where('subjectId', '=', person.id).execute();
      expect(log.map((e) => e.action).sort()).toEqual(['subject.create', 'subject.lookup_id_number', 'subject.reveal_id_number']);
      expect(log.find((e) => e.action === 'subject.reveal_id_number')?.purpose).toBe('核查行政处罚当事人身份');
      expect(JSON.stringify(log)).not.toContain(idNumber);
    });

    it('finds by any 2+ character fragment of current or former names, by legal representative and by code', async () => {
      const s = await subjects().create(staff, enterpriseInput(10, { name: '深圳市鹏程万里物流有限公司', formerNames: ['深圳市旧称贸易有限公司'], legalRep: '欧阳明月' }));
      const hits = async (q: string) => (await subjects().search({ q, page: 1, pageSize: 20 })).items.map((i) => i.id);
      for (const q of ['鹏程', '鹏程万', '鹏程万里', '旧称', '旧称贸易', '欧阳', '欧阳明月', s.code!, s.code!.toLowerCase(), '鵬程萬里']) {
        expect(await hits(q), q).toContain(s.id);
      }
      expect(await hits('鹏里')).not.toContain(s.id);
    });

    it('ranks an exact code match first', async () => {
      const target = await subjects().create(staff, enterpriseInput(20, { name: '深圳市排序测试有限公司' }));
      await subjects().create(staff, enterpriseInput(21, { name: `深圳市${target.code}有限公司` }));
      const { items } = await subjects().search({ q: target.code!, page: 1, pageSize: 20 });
      expect(items[0]?.id).toBe(target.id);
    });

    it('pages through results without repeating any', async () => {
      await subjects().createMany(staff, Array.from({ length: 25 }, (_, i) => enterpriseInput(100 + i, { name: `深圳市翻页${i}号有限公司` })));
      const seen: string[] = [];
      for (let page = 1; page <= 3; page++) {
        const r = await subjects().search({ q: '翻页', page, pageSize: 10 });
        seen.push(...r.items.map((i) => i.id));
        expect(r.hasMore).toBe(page < 3);
      }
      expect(seen).toHaveLength(25);
      expect(new Set(seen).size).toBe(25);
    });

    it('refuses one-character queries with a stable code', async () => {
      await expect(subjects().search({ q: '鹏', page: 1, pageSize: 20 })).rejects.toMatchObject({ code: 'SEARCH_QUERY_TOO_SHORT' });
    });

    it('keeps the old name as a former name when the name changes, and re-indexes', async () => {
      const s = await subjects().create(staff, enterpriseInput(30, { name: '深圳市改名前有限公司' }));
      const updated = await subjects().update(staff, s.code!, { name: '深圳市改名后有限公司' });
      expect(updated.name).toBe('深圳市改名后有限公司');
      expect(updated.formerNames).toEqual(['深圳市改名前有限公司']);
      expect(updated.version).toBe(2);
      const ids = async (q: string) => (await subjects().search({ q, page: 1, pageSize: 20 })).items.map((i) => i.id);
      expect(await ids('改名后')).toContain(s.id);
      expect(await ids('改名前')).toContain(s.id);
    });

    it('createMany with skipExisting is idempotent', async () => {
      const inputs = Array.from({ length: 5 }, (_, i) => enterpriseInput(200 + i));
      expect(await subjects().createMany(staff, inputs, { skipExisting: true })).toEqual({ created: 5, skipped: 0 });
      expect(await subjects().createMany(staff, inputs, { skipExisting: true })).toEqual({ created: 0, skipped: 5 });
    });

    it('only the credit office registers subjects', async () => {
      await expect(subjects().create(anonymousActor(), enterpriseInput(300))).rejects.toMatchObject({ status: 401 });
      await expect(subjects().create(provider, enterpriseInput(300))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });
  });
}
