import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { systemActor } from '../../kernel/actor.js';
import { fixedClock } from '../../kernel/clock.js';
import { sampleResidentId, sampleUscc } from '../catalog/testing.js';
import { numbered } from '../records/testing.js';
import { decision, proposal, seedListPeople, type ListPeople } from './testing.js';

const COURT = { name: '深圳市南山区人民法院', code: sampleUscc(51, '11') };
const TAX = { name: '国家税务总局深圳市南山区税务局', code: sampleUscc(52, '11') };
const LABOUR = { name: '深圳市南山区人力资源局', code: sampleUscc(53, '11') };
const DEBTOR = { subjectName: '深圳市欠款执行科技有限公司', subjectCode: sampleUscc(8801) };
const PERSON_ID = sampleResidentId('19750505', 321);

/**
 * What is in effect on a day (SPEC §5, issue 5: point-in-time checks), for
 * office entries decided through the procedure and for upstream lists read
 * from ingested records. Fixed clock, Monday 2026-06-15 (China).
 */
for (const dialect of dialectsUnderTest()) {
  describe(`list entries in effect on a day [${dialect}]`, () => {
    let t: TestApp;
    let p: ListPeople;
    const clock = fixedClock('2026-06-15T02:00:00.000Z');
    const lists = () => t.ctx.services.lists;
    const at = (day: string) => clock.set(`${day}T02:00:00.000Z`);
    const codesOn = async (subjectId: string, day: string) => (await lists().entriesInEffect(subjectId, day)).map((e) => e.listType);
    const debtorId = async () => (await t.ctx.services.subjects.getByCode(DEBTOR.subjectCode)).id;

    async function ingest(dept: { name: string; code: string }, typeCode: string, rows: Array<Record<string, unknown>>) {
      const accounts = t.ctx.services.accounts;
      const department = (await accounts.findDepartmentByCode(dept.code)) ?? (await accounts.createDepartment(systemActor, { code: dept.code, name: dept.name, kind: 'government' }));
      const results = await t.ctx.services.records.ingestChunk(systemActor, {
        typeCode, sourceDepartment: { id: department.id, code: department.code }, channel: 'api', batchId: null, rows: numbered(rows),
      });
      for (const r of results) expect(r, JSON.stringify(r.errors)).toMatchObject({ status: 'created' });
      return results.map((r) => r.id!);
    }

    /** An office entry of `listType` for `subjectCode`, proposed and notified today, decided `decideOn` (after the 5- or 10-day notice). */
    async function listed(listType: string, subjectCode: string, decideOn: string, extra: Record<string, unknown> = {}) {
      const { entry } = await lists().propose(p.office, proposal(listType, subjectCode));
      await lists().notify(p.office, entry.id, {});
      at(decideOn);
      const decided = await lists().decide(p.reviewer, entry.id, decision(`深南信列〔2026〕${entry.id.slice(-4)}号`, extra));
      at('2026-06-15');
      return decided;
    }

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      p = await seedListPeople(t.ctx.services);
    });
    afterAll(async () => t.close());

    it('an office entry decided today: none yesterday, one today and through its last day, none after expiry', async () => {
      at('2026-06-15');
      const decided = await listed('honest_merchant', p.subjects.merchant.code, '2026-06-23'); // notice 06-15, 5 working days → 06-22
      expect(decided.decision).toMatchObject({ effectiveFrom: '2026-06-23', effectiveTo: '2029-06-23' });
      const id = p.subjects.merchant.id;
      expect(await codesOn(id, '2026-06-22')).toEqual([]);
      expect(await codesOn(id, '2026-06-23')).toEqual(['honest_merchant']);
      expect(await codesOn(id, '2029-06-23')).toEqual(['honest_merchant']);
      expect(await codesOn(id, '2029-06-24')).toEqual([]);
      expect(await lists().entriesInEffect(id, '2027-01-01')).toEqual([{
        entryId: decided.id, listType: 'honest_merchant', listName: '南山诚信商家', listNameEn: 'Nanshan honest merchants (honest merchant alliance)',
        kind: 'red', subjectId: id, origin: 'office', decisionNo: decided.decision!.decisionNo, decidedBy: '南山区社会信用体系建设领导小组办公室',
        legalBasis: decided.legalBasis, effectiveFrom: '2026-06-23', effectiveTo: '2029-06-23',
      }]);
      // a proposed or notified entry is in effect on no day
      const { entry } = await lists().propose(p.office, proposal('ecommerce_serious_dishonesty', p.subjects.merchant.code));
      await lists().notify(p.office, entry.id, {});
      expect(await codesOn(id, '2026-06-15')).toEqual([]);
    });

    it('a revoked entry is in effect on no day; one removed early, before the removal day only', async () => {
      const other = p.subjects.other;
      const revoked = await listed('advertising_serious_dishonesty', other.code, '2026-06-30');
      const removed = await listed('culture_market_serious_dishonesty', other.code, '2026-06-30');
      expect((await codesOn(other.id, '2026-07-01')).sort()).toEqual(['advertising_serious_dishonesty', 'culture_market_serious_dishonesty']);
      at('2026-09-01');
      await lists().revoke(p.reviewer, revoked.id, { reason: '列入依据的处罚决定被撤销' });
      at('2026-10-12');
      await lists().remove(p.reviewer, removed.id, { reason: '已完成信用修复' });
      for (const day of ['2026-06-29', '2026-06-30', '2026-08-31', '2026-09-01', '2026-10-11', '2026-10-12', '2027-06-30']) {
        expect(await codesOn(other.id, day), day).toEqual(day >= '2026-06-30' && day < '2026-10-12' ? ['culture_market_serious_dishonesty'] : []);
      }
      at('2026-06-15');
    });

    it('reads upstream lists from records: in effect from the decision date to the earlier of valid-until and publicity end', async () => {
      // 失信被执行人 published 2026-06-01 without an end date: 2 years (法释〔2017〕7号), i.e. through 2028-06-01
      const [court] = await ingest(COURT, 'court_dishonest_debtor', [{
        ...DEBTOR, court: COURT.name, caseNo: '（2026）粤0305执1234号', conduct: '有履行能力而拒不履行生效法律文书确定义务', publishedOn: '2026-06-01',
      }]);
      const id = await debtorId();
      expect(await codesOn(id, '2026-05-31')).toEqual([]);
      expect(await codesOn(id, '2026-06-01')).toEqual(['dishonest_judgment_debtor']);
      expect(await lists().entriesInEffect(id, '2027-01-01')).toEqual([expect.objectContaining({
        entryId: court, listType: 'dishonest_judgment_debtor', kind: 'black', origin: 'upstream', decisionNo: '（2026）粤0305执1234号',
        decidedBy: COURT.name, effectiveFrom: '2026-06-01', effectiveTo: '2028-06-01',
      })]);
      expect(await codesOn(id, '2028-06-02')).toEqual([]);

      // 重大税收违法失信主体 with its own stop date: the earlier end counts
      await ingest(TAX, 'major_tax_violation', [{
        ...DEBTOR, decisionNo: '深税稽罚〔2026〕7号', decisionDate: '2026-03-10', violationFacts: '虚开增值税专用发票', endDate: '2027-03-09',
      }]);
      expect((await lists().entriesInEffect(id, '2027-03-09')).map((e) => [e.listType, e.effectiveTo])).toEqual([
        ['dishonest_judgment_debtor', '2028-06-01'], ['major_tax_violation', '2027-03-09'],
      ]);
      expect(await codesOn(id, '2027-03-10')).toEqual(['dishonest_judgment_debtor']);

      // a withdrawn record stands on no day (the court removed the listing through the same channel)
      await t.ctx.services.records.withdraw(systemActor, { recordId: court!, reason: '已履行完毕，法院删除失信信息', channel: 'api' });
      expect(await codesOn(id, '2026-12-01')).toEqual(['major_tax_violation']);
      expect(await codesOn(id, '2028-01-01')).toEqual([]);
    });

    it('takes only the records a feed names: a severity tier, a field value', async () => {
      const wage = (n: number, severityLevel: string) => ({
        subjectName: `深圳市欠薪${n}号建筑有限公司`, subjectCode: sampleUscc(8810 + n), decisionNo: `深南人社罚〔2026〕${n}号`, decisionDate: '2026-05-06',
        violationFacts: '拖欠农民工工资', severityLevel,
      });
      await ingest(LABOUR, 'wage_arrears', [wage(1, '严重'), wage(2, '一般')]);
      const rating = (n: number, grade: string) => ({ subjectName: `深圳市纳税${n}号贸易有限公司`, subjectCode: sampleUscc(8820 + n), period: '2025', grade, ratedOn: '2026-04-20' });
      await ingest(TAX, 'tax_credit_rating', [rating(1, 'A'), rating(2, 'B')]);
      const ids = await Promise.all([8811, 8812, 8821, 8822].map(async (n) => (await t.ctx.services.subjects.getByCode(sampleUscc(n))).id));
      const many = await lists().entriesInEffectMany([...ids, p.subjects.person.id], '2026-06-15');
      expect([...many.entries()].map(([, v]) => v.map((e) => `${e.listType}:${e.kind}`))).toEqual([
        ['wage_arrears_blacklist:black'], [], ['tax_credit_a:red'], [], [],
      ]);
      // the A grade is in effect for the 12 months of the rating's publicity
      expect((await lists().entriesInEffect(ids[2]!, '2027-04-20')).map((e) => e.effectiveTo)).toEqual(['2027-04-20']);
      expect(await codesOn(ids[2]!, '2027-04-21')).toEqual([]);
    });

    it('pages a public list: persons by name and masked ID number only, never a code', async () => {
      const person = { subjectName: '钱某某', subjectCode: PERSON_ID, court: COURT.name, caseNo: '（2026）粤0305执88号', conduct: '违反限制消费令', publishedOn: '2026-06-10' };
      await ingest(COURT, 'court_dishonest_debtor', [person]);
      const page = await lists().publicEntries('dishonest_judgment_debtor', { at: '2026-06-15' });
      expect(page).toMatchObject({ listType: 'dishonest_judgment_debtor', kind: 'black', origin: 'upstream', at: '2026-06-15', hasMore: false });
      expect(page.items).toEqual([expect.objectContaining({
        subject: { code: null, name: '钱某某', type: 'person', idNumberMasked: `${PERSON_ID.slice(0, 4)}**********${PERSON_ID.slice(-4)}` },
        decisionNo: '（2026）粤0305执88号', effectiveFrom: '2026-06-10',
      })]);
      expect(JSON.stringify(page)).not.toContain(PERSON_ID);

      const office = await lists().publicEntries('honest_merchant', { at: '2026-07-01', pageSize: 1 });
      expect(office.items.map((i) => i.subject)).toEqual([{ code: p.subjects.merchant.code, name: '深圳市诚信1号商贸有限公司', type: 'enterprise', idNumberMasked: null }]);
      expect(office.hasMore).toBe(false);
      expect((await lists().publicEntries('honest_merchant', { at: '2026-06-22' })).items).toEqual([]);
      await expect(lists().publicEntries('no_such_list')).rejects.toMatchObject({ code: 'LIST_TYPE_NOT_FOUND' });
    });

    it('lists the types with their data, black first', async () => {
      const types = await lists().types();
      expect(types[0]).toMatchObject({ code: 'dishonest_judgment_debtor', kind: 'black', origin: 'upstream', feeds: [{ typeCode: 'court_dishonest_debtor' }] });
      expect(types.find((x) => x.code === 'honest_merchant')).toMatchObject({ kind: 'red', origin: 'office', noticeWorkingDays: 5, defaultDurationMonths: 36 });
      expect(await lists().ensureDefaults()).toEqual({ installed: [] });
    });

    it('the one-subject form (compiled statements) answers exactly as the batch form (records\' own query) on every subject and boundary day', async () => {
      // Every shape of ends and audience an upstream record may have, each on a record a feed takes
      // (written directly: only the two reads' agreement is tested here).
      const { db } = t.ctx.database;
      const shapes: Array<[docNo: string, shape: Record<string, string | null>]> = [
        ['（2026）粤0305执1234号', { status: 'active', validUntil: null, publicityEnd: null }], // withdrawn above; with no end it never stands
        ['深税稽罚〔2026〕7号', { validUntil: '2027-04-20', publicityEnd: null }],
        ['深南人社罚〔2026〕1号', { validUntil: '2026-10-11', publicityEnd: '2027-04-20' }],
        ['（2026）粤0305执88号', { validUntil: null, publicityEnd: '2028-06-01', disclosure: 'shared' }],
      ];
      for (const [docNo, shape] of shapes) {
        const changed = await db.updateTable('records').set(shape).where('docNo', '=', docNo).executeTakeFirst();
        expect(Number(changed.numUpdatedRows), docNo).toBe(1);
      }
      const ids = (await db.selectFrom('subjects').select('id').execute()).map((r) => r.id);
      const days = ['2026-03-09', '2026-03-10', '2026-05-31', '2026-06-01', '2026-06-10', '2026-06-15', '2026-06-22', '2026-06-23', '2026-06-30', '2026-10-11',
        '2026-10-12', '2027-03-09', '2027-03-10', '2027-04-20', '2027-04-21', '2028-06-01', '2028-06-02', '2029-06-23', '2029-06-24'];
      let compared = 0;
      for (const publicOnly of [false, true]) {
        for (const day of days) {
          const batch = await lists().entriesInEffectMany(ids, day, { publicOnly });
          for (const id of ids) {
            const one = await lists().entriesInEffect(id, day, { publicOnly });
            expect(one, `${id} on ${day}${publicOnly ? ' (public)' : ''}`).toEqual(batch.get(id));
            compared += one.length;
          }
        }
      }
      expect(compared).toBeGreaterThan(20);
    });
  });
}
