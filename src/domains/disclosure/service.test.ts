import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { fixedClock } from '../../kernel/clock.js';
import { SAMPLE_AUTHORITY } from '../records/testing.js';
import { disclosureQuerySchema, listQuerySchema } from './schema.js';
import { DEBTOR_ID, DOCS, E1, E2, HIDDEN_LIST, OFFICE_LISTING, OTHER_AUTHORITY, PERSON, TODAY, insertHiddenListType, seedDisclosures, seedOfficeListing } from './testing.js';

const FULL_ID = /[1-8]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]/;

/** SPEC §3.1, §3.2, §5: public listings across subjects, on the fixed day 2026-06-15 (China). */
for (const dialect of dialectsUnderTest()) {
  describe(`public listings [${dialect}]`, () => {
    let t: TestApp;
    const disclosure = () => t.ctx.services.disclosure;
    const latest = (kind: 'licences' | 'penalties', q: Record<string, unknown> = {}, at?: string) => disclosure().latest(kind, disclosureQuerySchema.parse(q), at);
    const docNos = (items: Array<{ docNo: string }>) => items.map((i) => i.docNo);

    let officeEntryId: string;

    beforeAll(async () => {
      const clock = fixedClock('2026-06-01T02:00:00.000Z');
      t = await createTestApp(dialect, { clock });
      await insertHiddenListType(t.ctx.database.db);
      await seedDisclosures(t.ctx.services);
      officeEntryId = (await seedOfficeListing(t.ctx.services, clock)).id;
    }, 60_000);
    afterAll(async () => t.close());

    it('lists public penalties in publicity, newest decision first; expired, withdrawn and ended-yesterday ones are absent', async () => {
      const page = await latest('penalties');
      expect(docNos(page.items)).toEqual(DOCS.penalties.visible);
      expect(page).toMatchObject({ kind: 'penalties', page: 1, pageSize: 20, hasMore: false });
      expect(page.items[0]).toMatchObject({ subject: { code: E2.code, name: E2.name, idNumberMasked: null }, source: { code: OTHER_AUTHORITY.code } });
      expect(page.items[0]!.fields.map((f) => f.key)).toEqual(expect.arrayContaining(['violationType', 'penaltyKinds', 'fineAmount']));
    });

    it('shows a person only by name and masked ID number, with no code to link', async () => {
      const person = (await latest('penalties')).items.find((i) => i.docNo === 'P5')!;
      expect(person.subject).toEqual({ code: null, name: PERSON.name, type: 'person', idNumberMasked: `${PERSON.idNumber.slice(0, 4)}**********${PERSON.idNumber.slice(-4)}` });
      expect(person.fields.map((f) => f.key)).not.toContain('idNumber');
      expect(JSON.stringify(await latest('penalties'))).not.toMatch(FULL_ID);
    });

    it('lists licences in their validity, and filters by department and decision dates', async () => {
      expect(docNos((await latest('licences')).items)).toEqual(DOCS.licences.visible);
      expect(docNos((await latest('penalties', { department: SAMPLE_AUTHORITY.code })).items)).toEqual(['P1', 'P5']);
      expect(docNos((await latest('penalties', { department: OTHER_AUTHORITY.code.toLowerCase() })).items)).toEqual(['P2']);
      expect((await latest('penalties', { department: E1.code })).items).toEqual([]);
      expect(docNos((await latest('penalties', { from: '2026-03-01', to: '2026-05-20' })).items)).toEqual(['P1', 'P5']);
      expect(docNos((await latest('penalties', { from: '2026-05-21' })).items)).toEqual(['P2']);
      expect(docNos((await latest('licences', { to: '2026-06-09' })).items)).toEqual(['L1']);
    });

    it('moves with the day asked: yesterday the ended penalty was still public', async () => {
      expect(docNos((await latest('penalties', {}, '2026-06-14')).items)).toEqual(['P2', 'P1', DOCS.penalties.endedYesterday, 'P5']);
    });

    it('pages, and caps page and page size at 50', async () => {
      const first = await latest('penalties', { pageSize: 2 });
      const second = await latest('penalties', { pageSize: 2, page: 2 });
      expect([docNos(first.items), first.hasMore, docNos(second.items), second.hasMore]).toEqual([['P2', 'P1'], true, ['P5'], false]);
      expect(disclosureQuerySchema.safeParse({ page: 51 }).success).toBe(false);
      expect(disclosureQuerySchema.safeParse({ pageSize: 51 }).success).toBe(false);
      expect(disclosureQuerySchema.safeParse({ from: '2026-06-02', to: '2026-06-01' }).success).toBe(false);
      expect(listQuerySchema.safeParse({ page: 51 }).success).toBe(false);
    });

    it('lists the departments that have records', async () => {
      expect((await disclosure().sources()).map((s) => s.code).sort()).toEqual([SAMPLE_AUTHORITY.code, OTHER_AUTHORITY.code].sort());
    });

    it('counts the public list types\' entries in effect, from upstream records and office decisions alike', async () => {
      const { at, items } = await disclosure().listTypes();
      expect(at).toBe(TODAY);
      const type = (code: string) => items.find((x) => x.code === code);
      expect(type('dishonest_judgment_debtor')).toMatchObject({ kind: 'black', origin: 'upstream', name: '失信被执行人名单', count: 1 });
      expect(type('procurement_serious_violation')).toMatchObject({ kind: 'black', origin: 'upstream', count: 1 });
      expect(type('abnormal_operation')).toMatchObject({ kind: 'watch', origin: 'upstream', count: 1 });
      expect(type('honest_merchant')).toMatchObject({ kind: 'red', origin: 'office', count: 1, decidingAuthority: '南山区社会信用体系建设领导小组办公室' });
      expect(type('honest_merchant')!.legalBasis.length).toBeGreaterThan(0);
      // E2's 诚信商家 record (a catalogue commendation) is no list entry: only the office's decision is
      expect(type('contract_honouring_enterprise')).toMatchObject({ count: 0 });
      expect(items.map((x) => x.kind)).toEqual([...items.map((x) => x.kind)].sort((a, b) => ['black', 'watch', 'red'].indexOf(a) - ['black', 'watch', 'red'].indexOf(b)));
      expect(type(HIDDEN_LIST)).toBeUndefined();
      expect(type('admin_penalty')).toBeUndefined();
      // the office entry ends on its planned exit date; upstream entries go on
      const later = await disclosure().listTypes('2026-07-01');
      expect(later.items.find((x) => x.code === 'honest_merchant')!.count).toBe(0);
      expect(later.items.find((x) => x.code === 'abnormal_operation')!.count).toBe(1);
    });

    it('lists who is on an upstream list: the records, with the authority\'s dates', async () => {
      const watch = await disclosure().listEntries('abnormal_operation', listQuerySchema.parse({}));
      expect(watch).toMatchObject({ listType: 'abnormal_operation', kind: 'watch', origin: 'upstream', at: TODAY, page: 1, pageSize: 20, hasMore: false });
      expect(watch.items).toEqual([{
        entryId: expect.any(String), subject: { code: E1.code, name: E1.name, type: 'enterprise', idNumberMasked: null }, decisionNo: DOCS.watch,
        decidedBy: SAMPLE_AUTHORITY.name, legalBasis: expect.any(String), effectiveFrom: '2026-02-01', effectiveTo: expect.stringMatching(/^2029-/),
      }]);
      const debtors = await disclosure().listEntries('dishonest_judgment_debtor', listQuerySchema.parse({}));
      expect(debtors.items).toHaveLength(1);
      expect(debtors.items[0]!.subject).toEqual({ code: null, name: expect.any(String), type: 'person', idNumberMasked: `${DEBTOR_ID.slice(0, 4)}**********${DEBTOR_ID.slice(-4)}` });
      expect(JSON.stringify(debtors)).not.toMatch(FULL_ID);
    });

    it('lists who is on an office list from its decision, and not after its planned exit date', async () => {
      const red = await disclosure().listEntries('honest_merchant', listQuerySchema.parse({}));
      expect(red).toMatchObject({ listType: 'honest_merchant', name: OFFICE_LISTING.name, kind: 'red', origin: 'office' });
      expect(red.items).toEqual([{
        entryId: officeEntryId, subject: { code: E2.code, name: E2.name, type: 'enterprise', idNumberMasked: null }, decisionNo: OFFICE_LISTING.decisionNo,
        decidedBy: '南山区社会信用体系建设领导小组办公室', legalBasis: expect.any(String), effectiveFrom: TODAY, effectiveTo: OFFICE_LISTING.effectiveTo,
      }]);
      expect((await disclosure().listEntries('honest_merchant', listQuerySchema.parse({}), OFFICE_LISTING.effectiveTo)).items).toHaveLength(1);
      expect((await disclosure().listEntries('honest_merchant', listQuerySchema.parse({}), '2026-07-01')).items).toEqual([]);
      expect((await disclosure().listEntries('honest_merchant', listQuerySchema.parse({}), '2026-06-14')).items).toEqual([]);
    });

    it('refuses a list type that is unknown, not public, or a record type', async () => {
      for (const code of [HIDDEN_LIST, 'admin_penalty', 'court_dishonest_debtor', 'no_such_type']) {
        await expect(disclosure().listEntries(code, listQuerySchema.parse({})), code).rejects.toMatchObject({ code: 'LIST_TYPE_NOT_FOUND', status: 404 });
      }
    });

    it('gives the public lists a subject is on today, by kind, and nothing of a list that is not public', async () => {
      const id = async (code: string) => (await t.ctx.services.subjects.getByCode(code)).id;
      const e1 = await disclosure().listEntriesOf(await id(E1.code));
      expect(e1.map((e) => [e.kind, e.listType, e.decisionNo])).toEqual([['black', 'procurement_serious_violation', DOCS.black], ['watch', 'abnormal_operation', DOCS.watch]]);
      // the lists domain has E1 on the hidden list too: the filter is what keeps it off the portal
      expect((await t.ctx.services.lists.entriesInEffect(await id(E1.code), TODAY)).map((e) => e.listType)).toContain(HIDDEN_LIST);
      const e2 = await disclosure().listEntriesOf(await id(E2.code));
      expect(e2).toEqual([expect.objectContaining({ entryId: officeEntryId, kind: 'red', origin: 'office', listName: OFFICE_LISTING.name, decisionNo: OFFICE_LISTING.decisionNo, effectiveFrom: TODAY, effectiveTo: OFFICE_LISTING.effectiveTo })]);
      expect(await disclosure().listEntriesOf(await id(E2.code), '2026-07-01')).toEqual([]);
    });

    it('tallies what one subject has in public view', async () => {
      const subjectId = (await t.ctx.services.subjects.getByCode(E1.code)).id;
      const tally = await disclosure().tallyForSubject(subjectId);
      const byType = Object.fromEntries(tally.map((x) => [x.typeCode, x.count]));
      expect(byType).toEqual({ admin_penalty: 1, admin_license: 1, abnormal_operation: 1, procurement_serious_violation: 1, credit_commitment: 1 });
      expect(tally.find((x) => x.typeCode === 'admin_penalty')).toMatchObject({ category: 'penalty', polarity: 'negative' });
    });
  });
}
