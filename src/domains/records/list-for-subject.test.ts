import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { systemActor } from '../../kernel/actor.js';
import { fixedClock } from '../../kernel/clock.js';
import { DEFAULT_TYPE_INPUTS } from '../catalog/index.js';
import { SAMPLE_AUTHORITY, penaltyChunk, penaltyRow, sampleResidentId, sampleUscc } from './testing.js';

const SUBJECT = { subjectName: '深圳市公示测试有限公司', subjectCode: sampleUscc(4242) };
const LEGAL_REP_ID = sampleResidentId('19700203', 55);

/** SPEC §3, §3.2, §4: what each audience sees of one subject's records (fixed clock: 2026-06-15 in China). */
for (const dialect of dialectsUnderTest()) {
  describe(`a subject's records per audience [${dialect}]`, () => {
    let t: TestApp;
    let subjectId: string;
    const ids: Record<string, string> = {};
    const records = () => t.ctx.services.records;
    const docNos = (items: Array<{ docNo: string }>) => items.map((i) => i.docNo);

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock: fixedClock('2026-06-15T02:00:00.000Z') });
      const dept = await t.ctx.services.accounts.createDepartment(systemActor, { code: SAMPLE_AUTHORITY.code, name: SAMPLE_AUTHORITY.name, kind: 'government' });
      const penalty = DEFAULT_TYPE_INPUTS.find((d) => d.code === 'admin_penalty')!;
      await t.ctx.services.catalog.addType(systemActor, { ...penalty, code: 'test_shared_penalty', disclosure: 'shared' });
      const rows = {
        general: penaltyRow(1, { ...SUBJECT, decisionNo: 'A', decisionDate: '2026-05-20', legalRepIdType: '身份证', legalRepIdNumber: LEGAL_REP_ID }),
        expired: penaltyRow(2, { ...SUBJECT, decisionNo: 'B', decisionDate: '2024-01-10' }),
        withdrawn: penaltyRow(3, { ...SUBJECT, decisionNo: 'C', decisionDate: '2026-04-01' }),
        minor: penaltyRow(4, { ...SUBJECT, decisionNo: 'D', decisionDate: '2026-06-01', penaltyKinds: '警告', content: '警告', fineAmount: undefined }),
      };
      const results = await records().ingestChunk(systemActor, penaltyChunk(dept, Object.values(rows)));
      Object.keys(rows).forEach((name, i) => (ids[name] = results[i]!.id!));
      const [shared] = await records().ingestChunk(systemActor, penaltyChunk(dept, [penaltyRow(5, { ...SUBJECT, decisionNo: 'E', decisionDate: '2026-03-01' })], { typeCode: 'test_shared_penalty' }));
      ids.shared = shared!.id!;
      await records().withdraw(systemActor, { recordId: ids.withdrawn!, reason: '行政复议撤销', channel: 'cli' });
      subjectId = (await t.ctx.services.subjects.getByCode(SUBJECT.subjectCode)).id;
    });
    afterAll(async () => t.close());

    it('shows the public only active, public records within publicity, newest decision first, without non-public fields', async () => {
      const { items, hasMore } = await records().listForSubject(subjectId, { audience: 'public' });
      expect(docNos(items)).toEqual(['D', 'A']);
      expect(hasMore).toBe(false);
      const general = items[1]!;
      expect(general).toMatchObject({ severity: 'general', publicityEnd: '2027-05-20', source: { code: SAMPLE_AUTHORITY.code, name: SAMPLE_AUTHORITY.name } });
      const keys = general.fields.map((f) => f.key);
      expect(keys).toEqual(expect.arrayContaining(['subjectName', 'decisionNo', 'violationFacts', 'penaltyKinds']));
      expect(keys).not.toContain('legalRepIdNumber');
      expect(keys).not.toContain('legalRepIdType');
      expect(JSON.stringify(items)).not.toMatch(/\d{6}(19|20)\d{2}[01]\d[0-3]\d{4}|\*{6,}/);
      expect(Object.keys(general)).not.toContain('status');
    });

    it('ends publicity on the last day inclusive', async () => {
      const on = async (at: string) => docNos((await records().listForSubject(subjectId, { audience: 'public', at })).items);
      expect(await on('2026-09-01')).toEqual(['D', 'A']);
      expect(await on('2026-09-02')).toEqual(['A']);
      expect(await on('2027-05-21')).toEqual([]);
    });

    it('shows government users shared records and expired ones (flagged), never withdrawn ones', async () => {
      const { items } = await records().listForSubject(subjectId, { audience: 'government' });
      expect(items.map((i) => [i.docNo, i.inPublicity])).toEqual([['D', true], ['A', true], ['E', true], ['B', false]]);
      expect(items[1]!.fields.map((f) => f.key)).not.toContain('legalRepIdNumber');
    });

    it('shows the subject and its authorised parties records up to authorised, expired ones flagged, never withdrawn ones', async () => {
      const { items } = await records().listForSubject(subjectId, { audience: 'authorised' });
      expect(items.map((i) => [i.docNo, i.inPublicity])).toEqual([['D', true], ['A', true], ['E', true], ['B', false]]);
      expect(Object.keys(items[0]!)).not.toContain('status');
    });

    it('filters by category and counts per category with the same audience rules', async () => {
      expect(docNos((await records().listForSubject(subjectId, { audience: 'public', category: 'penalty' })).items)).toEqual(['D', 'A']);
      expect((await records().listForSubject(subjectId, { audience: 'public', category: 'licence' })).items).toEqual([]);
      expect(docNos((await records().listForSubject(subjectId, { audience: 'internal', typeCodes: ['test_shared_penalty'] })).items)).toEqual(['E']);
      expect((await records().listForSubject(subjectId, { audience: 'internal', typeCodes: [] })).items).toEqual([]);
      expect(await records().countsForSubject(subjectId, { audience: 'public' })).toEqual({ penalty: 2 });
      expect(await records().countsForSubject(subjectId, { audience: 'government' })).toEqual({ penalty: 4 });
      expect(await records().countsForSubject(subjectId, { audience: 'internal' })).toEqual({ penalty: 5 });
      expect(await records().countsForSubject(subjectId, { audience: 'public', at: '2027-05-21' })).toEqual({});
      expect(await records().countsForSubject(subjectId, { audience: 'government', by: 'polarity' })).toEqual({ negative: 4 });
      expect(await records().tallyForSubject(subjectId, { audience: 'public' })).toEqual([{ category: 'penalty', polarity: 'negative', count: 2 }]);
      expect(await records().tallyForSubject(subjectId, { audience: 'internal' })).toEqual([{ category: 'penalty', polarity: 'negative', count: 5 }]);
      expect(await records().tallyForSubject(subjectId, { audience: 'public', at: '2027-05-21' })).toEqual([]);
    });

    it('lets a public list page take only records that are public themselves', async () => {
      const at = '2026-06-15';
      const shared = [{ typeCode: 'test_shared_penalty' }];
      expect((await records().listEntryRecords({ feeds: shared, subjectIds: [subjectId], at })).map((r) => r.docNo)).toEqual(['E']);
      expect(await records().listEntryRecords({ feeds: shared, subjectIds: null, at, publicOnly: true })).toEqual([]);
      expect(await records().countListEntryRecords({ feeds: shared, at })).toBe(1);
      expect(await records().countListEntryRecords({ feeds: shared, at, publicOnly: true })).toBe(0);
      expect((await records().listEntryRecords({ feeds: [{ typeCode: 'admin_penalty' }], subjectIds: null, at, publicOnly: true })).map((r) => r.docNo)).toEqual(['D', 'A']);
    });

    it('shows the credit office everything, ID numbers masked', async () => {
      const { items } = await records().listForSubject(subjectId, { audience: 'internal' });
      expect(items.map((i) => [i.docNo, i.status])).toEqual([['D', 'active'], ['A', 'active'], ['C', 'withdrawn'], ['E', 'active'], ['B', 'active']]);
      const idField = items[1]!.fields.find((f) => f.key === 'legalRepIdNumber');
      expect(idField?.value).toBe(`${LEGAL_REP_ID.slice(0, 4)}**********${LEGAL_REP_ID.slice(-4)}`);
      const stored = await t.ctx.database.db.selectFrom('recordVersions').select('content').execute();
      expect(JSON.stringify(stored)).not.toContain(LEGAL_REP_ID);
    });

    it('pages', async () => {
      const first = await records().listForSubject(subjectId, { audience: 'internal', page: 1, pageSize: 2 });
      const third = await records().listForSubject(subjectId, { audience: 'internal', page: 3, pageSize: 2 });
      expect([docNos(first.items), first.hasMore]).toEqual([['D', 'A'], true]);
      expect([docNos(third.items), third.hasMore]).toEqual([['B'], false]);
    });
  });
}
