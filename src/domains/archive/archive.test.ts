import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import type { Actor } from '../../kernel/actor.js';
import { fixedClock } from '../../kernel/clock.js';
import type { ArchiveAudience } from './schema.js';
import { ARCHIVE_NOW, seedArchive, seedViewers, type ArchiveViewers, type SeededArchive, type SeededRecordKey } from './testing.js';

const FULL_ID = /[1-8]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]/;
const ALL: ArchiveAudience[] = ['public', 'government', 'authorised', 'internal'];
const ABOVE_PUBLIC: ArchiveAudience[] = ['government', 'authorised', 'internal'];

/**
 * The acceptance table (issue 4): which audience sees which record of the
 * fixture on 2026-06-15. Disclosure level × inside/outside the publicity
 * window (the *Ended records' publicity ended yesterday) × status.
 */
const SEEN_BY: Record<SeededRecordKey, ArchiveAudience[]> = {
  publicLive: ALL,
  publicEnded: ABOVE_PUBLIC,
  licence: ALL,
  commendation: ALL,
  sharedLive: ABOVE_PUBLIC,
  sharedEnded: ABOVE_PUBLIC,
  authorisedLive: ['authorised', 'internal'],
  authorisedEnded: ['authorised', 'internal'],
  internalLive: ['internal'],
  internalEnded: ['internal'],
  withdrawn: ['internal'],
};

for (const dialect of dialectsUnderTest()) {
  describe(`credit archive per audience [${dialect}]`, () => {
    const clock = fixedClock(ARCHIVE_NOW);
    let t: TestApp;
    let seeded: SeededArchive;
    let v: ArchiveViewers;
    /** viewer name → actor, filled once grants exist */
    const viewers: Record<string, Actor> = {};
    const archive = () => t.ctx.services.archive;
    const auditCount = async () => Number((await t.ctx.database.db.selectFrom('auditLog').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const lastAudit = () => t.ctx.database.db.selectFrom('auditLog').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      seeded = await seedArchive(t.ctx.services);
      v = await seedViewers(t.ctx.services, seeded);
      const grant = (to: { kind: 'user'; username: string } | { kind: 'api_key'; apiKey: string }) =>
        archive().grant(v.self, { grantee: to, purpose: '授信审查', validFrom: '2026-06-15', validTo: '2026-12-31' });
      await grant({ kind: 'user', username: v.usernames.Counterparty! });
      await grant({ kind: 'api_key', apiKey: v.consumerKeyPrefix });
      const revoked = await grant({ kind: 'user', username: v.usernames.Counterparty2! });
      await archive().revokeGrant(v.self, revoked.id);
      Object.assign(viewers, {
        anonymous: v.anonymous, otherSubject: v.otherSubject, provider: v.provider, self: v.self, grantHolder: v.counterparty,
        grantHolderKey: v.consumerKey, revokedHolder: v.counterparty2, staffOfAnotherDepartment: v.staff, reviewer: v.reviewer,
        creditOffice: v.creditOffice, auditor: v.auditor, admin: v.admin,
      });
    });
    afterAll(async () => t.close());

    const CASES: Array<[string, ArchiveAudience]> = [
      ['anonymous', 'public'],
      ['otherSubject', 'public'],
      ['provider', 'public'],
      ['self', 'authorised'],
      ['grantHolder', 'authorised'],
      ['grantHolderKey', 'authorised'],
      ['revokedHolder', 'public'],
      ['staffOfAnotherDepartment', 'government'],
      ['reviewer', 'government'],
      ['creditOffice', 'internal'],
      ['auditor', 'internal'],
      ['admin', 'internal'],
    ];
    /** Grant holders and the subject itself may leave the purpose out; staff may not. */
    const purposeFor = (audience: ArchiveAudience) => (audience === 'government' || audience === 'internal' ? { purpose: '行政许可审查' } : {});

    it.each(CASES)('%s reads at the %s level: exactly the records of the table, with the fields of its level', async (name, audience) => {
      const actor = viewers[name]!;
      const page = await archive().records(actor, { code: seeded.subject.code, pageSize: 50, ...purposeFor(audience) });
      expect(page.audience).toBe(audience);
      const expected = (Object.keys(SEEN_BY) as SeededRecordKey[]).filter((k) => SEEN_BY[k].includes(audience)).map((k) => seeded.records[k].docNo);
      expect(page.items.map((i) => i.docNo).sort()).toEqual(expected.sort());
      expect(page.hasMore).toBe(false);

      const byDoc = new Map(page.items.map((i) => [i.docNo, i as Record<string, unknown> & { fields: Array<{ key: string; value: unknown }> }]));
      const keysOf = (doc: string) => byDoc.get(doc)!.fields.map((f) => f.key);
      // Internal-only fields (ID numbers) reach the credit office only, and masked.
      expect(keysOf('P-LIVE').includes('legalRepIdNumber')).toBe(audience === 'internal');
      if (audience === 'internal') expect(byDoc.get('P-LIVE')!.fields.find((f) => f.key === 'legalRepIdNumber')!.value).toMatch(/^\d{4}\*+\d{3}[\dX]$/);
      // An authorised-level field of a shared record: not for government staff.
      if (audience !== 'public') expect(keysOf('S-LIVE').includes('content')).toBe(audience !== 'government');
      // Shapes: the public gets neither levels nor flags; only the credit office gets status and internals.
      const first = byDoc.get('P-LIVE')!;
      expect('disclosure' in first).toBe(audience !== 'public');
      expect('status' in first).toBe(audience === 'internal');
      if (audience !== 'public') {
        const inWindow = Object.fromEntries(Object.values(seeded.records).map((r) => [r.docNo, r.live && r.status === 'active']));
        for (const [doc, item] of byDoc) expect([doc, item.inPublicity]).toEqual([doc, inWindow[doc]]);
      }
      expect(JSON.stringify(page)).not.toMatch(FULL_ID);
    });

    it.each(CASES)('%s: the overview counts what the same audience lists', async (name, audience) => {
      const overview = await archive().overview(viewers[name]!, { code: seeded.subject.code, ...purposeFor(audience) });
      expect(overview.audience).toBe(audience);
      const seen = (Object.keys(SEEN_BY) as SeededRecordKey[]).filter((k) => SEEN_BY[k].includes(audience)).map((k) => seeded.records[k]);
      expect(overview.categories.map((c) => c.category)).toEqual(['basic', 'licence', 'penalty', 'list', 'rating', 'commitment', 'commendation', 'judicial', 'other']);
      for (const c of overview.categories) expect([c.category, c.count]).toEqual([c.category, seen.filter((r) => r.category === c.category).length]);
      // One commendation (positive), one licence (neutral), penalties and their copies negative.
      expect(overview.summary).toEqual({ positive: 1, neutral: 1, negative: seen.length - 2 });
      expect('id' in overview.subject).toBe(audience !== 'public');
    });

    it.each(CASES)('%s: the subject page read answers what overview and records answer, and logs the same', async (name, audience) => {
      const actor = viewers[name]!;
      const purpose = purposeFor(audience);
      const overview = await archive().overview(actor, { code: seeded.subject.code, ...purpose });
      const penalties = await archive().records(actor, { code: seeded.subject.code, ...purpose, category: 'penalty', pageSize: 2 });
      const before = await auditCount();
      const subject = await t.ctx.services.subjects.getByCode(seeded.subject.code);
      const read = await archive().subjectPage(actor, subject, { ...purpose, records: { category: 'penalty', pageSize: 2 } });
      expect(read.overview).toEqual(overview);
      expect(read.records).toEqual(penalties);
      // the grouped counts add up to the overview's, by category and by polarity
      for (const c of overview.categories) expect([c.category, read.tally.filter((r) => r.category === c.category).reduce((n, r) => n + r.count, 0)]).toEqual([c.category, c.count]);
      for (const [polarity, n] of Object.entries(overview.summary)) expect([polarity, read.tally.filter((r) => r.polarity === polarity).reduce((k, r) => k + r.count, 0)]).toEqual([polarity, n]);
      expect(await auditCount()).toBe(before + (audience === 'public' ? 0 : 2));
      const overviewOnly = await archive().subjectPage(actor, subject, { ...purpose, records: null });
      expect([overviewOnly.records, overviewOnly.overview]).toEqual([null, overview]);
    });

    it('the subject page read checks paging before reading and hides persons from the public', async () => {
      const subject = await t.ctx.services.subjects.getByCode(seeded.subject.code);
      await expect(archive().subjectPage(v.anonymous, subject, { records: { pageSize: 51 } })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      await expect(archive().subjectPage(v.anonymous, subject, { records: { page: 51, pageSize: 20 } })).rejects.toMatchObject({ code: 'PAGE_TOO_DEEP' });
      await expect(archive().subjectPage(v.anonymous, { ...subject, type: 'person' }, { records: null })).rejects.toMatchObject({ code: 'SUBJECT_NOT_FOUND' });
    });

    it('lists newest decision first', async () => {
      const page = await archive().records(v.creditOffice, { code: seeded.subject.code, purpose: '排序检查', pageSize: 7 });
      expect(page.items.map((i) => i.docNo)).toEqual(['P-LIVE', 'S-LIVE', 'A-LIVE', 'I-LIVE', 'P-WITHDRAWN', 'L-LIVE', 'C-LIVE']);
      expect(page.hasMore).toBe(true);
    });

    it('judges the publicity window on the day asked for: yesterday the ended records were still public', async () => {
      const onYesterday = await archive().records(v.creditOffice, { code: seeded.subject.code, purpose: '历史核查', at: '2026-06-14', pageSize: 50 });
      expect(onYesterday.items.filter((i) => 'inPublicity' in i && i.inPublicity).map((i) => i.docNo).sort()).toEqual(
        ['A-ENDED', 'A-LIVE', 'C-LIVE', 'I-ENDED', 'I-LIVE', 'L-LIVE', 'P-ENDED', 'P-LIVE', 'S-ENDED', 'S-LIVE'],
      );
      const publicTomorrow = await archive().records(v.anonymous, { code: seeded.subject.code, at: '2026-06-16' });
      expect(publicTomorrow.items.map((i) => i.docNo)).toEqual(['P-LIVE', 'L-LIVE', 'C-LIVE']);
      await expect(archive().records(v.anonymous, { code: seeded.subject.code, at: '2026-06-14' })).rejects.toMatchObject({ code: 'ARCHIVE_DATE_IN_PAST' });
      await expect(archive().overview(v.anonymous, { code: seeded.subject.code, at: '2026-06-14' })).rejects.toMatchObject({ code: 'ARCHIVE_DATE_IN_PAST' });
    });

    it('drops a record from every public view on the day after its publicity ends, without any job', async () => {
      const penalties = await archive().records(v.anonymous, { code: seeded.subject.code, category: 'penalty' });
      expect(penalties.items.map((i) => i.docNo)).toEqual(['P-LIVE']);
      const overview = await archive().overview(v.anonymous, { code: seeded.subject.code });
      expect(overview.categories.find((c) => c.category === 'penalty')!.count).toBe(1);
      expect(overview.summary).toEqual({ positive: 1, neutral: 1, negative: 1 });
    });

    it('filters by category and by type for every audience', async () => {
      const lists = await archive().records(v.staff, { code: seeded.subject.code, purpose: '招投标资格审查', category: 'list' });
      expect(lists.items.map((i) => i.docNo)).toEqual(['S-LIVE', 'S-ENDED']);
      const ratings = await archive().records(v.staff, { code: seeded.subject.code, purpose: '招投标资格审查', category: 'rating' });
      expect(ratings.items).toEqual([]);
      const byType = await archive().records(v.self, { code: seeded.subject.code, typeCodes: ['test_rating_authorised', 'commendation'] });
      expect(byType.items.map((i) => i.docNo)).toEqual(['A-LIVE', 'C-LIVE', 'A-ENDED']);
    });

    it('requires a stated purpose above the public level, with defaults for the subject and grant holders', async () => {
      for (const actor of [v.staff, v.creditOffice, v.auditor]) {
        await expect(archive().overview(actor, { code: seeded.subject.code })).rejects.toMatchObject({ code: 'PURPOSE_REQUIRED', status: 400 });
        await expect(archive().records(actor, { code: seeded.subject.code, purpose: ' 查 ' })).rejects.toMatchObject({ code: 'PURPOSE_REQUIRED' });
      }
      await archive().overview(v.self, { code: seeded.subject.code });
      expect(await lastAudit()).toMatchObject({ action: 'archive.read', purpose: '本主体查询', subjectId: seeded.subject.id, actorId: v.self.id });
      await archive().overview(v.counterparty, { code: seeded.subject.code });
      expect(await lastAudit()).toMatchObject({ action: 'archive.read', purpose: '授信审查', actorId: v.counterparty.id });
      await archive().overview(v.counterparty, { code: seeded.subject.code, purpose: '签约前核查' });
      expect(await lastAudit()).toMatchObject({ purpose: '签约前核查' });
    });

    it('logs one entry for each read above the public level, none for public reads', async () => {
      const before = await auditCount();
      await archive().overview(v.anonymous, { code: seeded.subject.code });
      await archive().records(v.otherSubject, { code: seeded.subject.code, category: 'penalty' });
      await archive().records(v.consumerKey, { code: seeded.subject.code, purpose: 'x'.repeat(10) });
      expect(await auditCount()).toBe(before + 1);
      const keyRead = await lastAudit();
      expect(keyRead).toMatchObject({ action: 'archive.read', actorType: 'api_key', actorId: v.consumerKey.id, targetType: 'subject', targetId: seeded.subject.id, subjectId: seeded.subject.id, purpose: 'x'.repeat(10) });
      expect(JSON.parse(keyRead.details!)).toMatchObject({ audience: 'authorised', view: 'records', grantId: expect.any(String) });

      await archive().records(v.staff, { code: seeded.subject.code, purpose: '招投标资格审查', category: 'penalty' });
      const staffRead = await lastAudit();
      expect(staffRead).toMatchObject({ actorId: v.staff.id, departmentId: v.staff.departmentId, purpose: '招投标资格审查' });
      expect(JSON.parse(staffRead.details!)).toEqual({ audience: 'government', view: 'records', category: 'penalty', page: 1 });
      expect(await auditCount()).toBe(before + 2);
    });

    it('hides persons from the public and shows them to others with the ID number masked', async () => {
      const ref = { subjectId: seeded.person.id };
      await expect(archive().overview(v.anonymous, ref)).rejects.toMatchObject({ code: 'SUBJECT_NOT_FOUND', status: 404 });
      await expect(archive().records(v.otherSubject, ref)).rejects.toMatchObject({ code: 'SUBJECT_NOT_FOUND' });
      const overview = await archive().overview(v.staff, { ...ref, purpose: '从业资格审查' });
      expect(overview).toMatchObject({ audience: 'government', subject: { type: 'person', name: seeded.person.name, idNumberMasked: `${seeded.person.idNumber.slice(0, 4)}**********${seeded.person.idNumber.slice(-4)}` } });
      const records = await archive().records(v.creditOffice, { ...ref, purpose: '从业资格审查' });
      expect(records.items.map((i) => i.docNo)).toEqual(['PERSON-LIVE']);
      expect(JSON.stringify([overview, records])).not.toMatch(FULL_ID);
    });

    it('refuses deep public paging (anti-scraping), not for the credit office', async () => {
      await expect(archive().records(v.anonymous, { code: seeded.subject.code, page: 21, pageSize: 50 })).rejects.toMatchObject({ code: 'PAGE_TOO_DEEP', status: 400 });
      await expect(archive().records(v.anonymous, { code: seeded.subject.code, page: 1001, pageSize: 1 })).rejects.toMatchObject({ code: 'PAGE_TOO_DEEP' });
      expect((await archive().records(v.anonymous, { code: seeded.subject.code, page: 20, pageSize: 50 })).items).toEqual([]);
      expect((await archive().records(v.creditOffice, { code: seeded.subject.code, page: 21, pageSize: 50, purpose: '归档核查' })).items).toEqual([]);
      await expect(archive().records(v.anonymous, { code: seeded.subject.code, pageSize: 51 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    });

    it('needs exactly one of code and subjectId, and an existing subject', async () => {
      await expect(archive().overview(v.anonymous, {})).rejects.toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ code: 'SUBJECT_REFERENCE_INVALID' })] });
      await expect(archive().overview(v.anonymous, { code: seeded.subject.code, subjectId: seeded.subject.id })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      await expect(archive().overview(v.creditOffice, { subjectId: '01a22588-0000-7000-8000-000000000000', purpose: '核查' })).rejects.toMatchObject({ code: 'SUBJECT_NOT_FOUND' });
      expect((await archive().overview(v.anonymous, { subjectId: seeded.subject.id })).subject).toMatchObject({ code: seeded.subject.code });
    });

    it('ends a grant holder\'s access the day after the grant\'s last day', async () => {
      const g = await archive().grant(v.self, { grantee: { kind: 'user', username: v.usernames.Other! }, purpose: '短期合作核查', validFrom: '2026-06-15', validTo: '2026-06-20' });
      expect(g.status).toBe('active');
      try {
        clock.set('2026-06-20T15:59:00.000Z'); // 23:59 on the last day in China
        expect((await archive().overview(v.otherSubject, { code: seeded.subject.code })).audience).toBe('authorised');
        clock.set('2026-06-20T16:00:00.000Z'); // 00:00 the day after
        const after = await archive().records(v.otherSubject, { code: seeded.subject.code });
        expect(after.audience).toBe('public');
        expect(after.items.map((i) => i.docNo)).toEqual(['P-LIVE', 'L-LIVE', 'C-LIVE']);
        expect((await archive().listGrants(v.self)).items.find((x) => x.id === g.id)!.status).toBe('expired');
      } finally {
        clock.set(ARCHIVE_NOW);
      }
    });
  });
}
