import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { systemActor, type Actor } from '../../kernel/actor.js';
import { fixedClock } from '../../kernel/clock.js';
import { sha256Hex } from '../../kernel/crypto.js';
import { DEFAULT_TYPE_INPUTS } from '../catalog/index.js';
import { SAMPLE_AUTHORITY, penaltyChunk, penaltyRow, sampleResidentId, sampleUscc } from '../records/testing.js';
import { createMonitoringService, EXPIRY_CONSUMER, FEED_CONSUMER } from './index.js';
import { consumerKey, PAST_LAG_MS, userFollower } from './testing.js';

const FOLLOWED = { subjectName: '深圳市被关注科技有限公司', subjectCode: sampleUscc(5001) };
const OTHER = { subjectName: '深圳市未关注科技有限公司', subjectCode: sampleUscc(5002) };
const PERSON_ID = sampleResidentId('19800101', 321);
const PERSON_ALIAS = '440305600123456';

/** Issue 4 item 5: the outbox becomes notices for the followers who may see the record (fixed clock, 2026-06-15 10:00 in China). */
for (const dialect of dialectsUnderTest()) {
  describe(`monitoring pump [${dialect}]`, () => {
    const clock = fixedClock('2026-06-15T02:00:00.000Z');
    let t: TestApp;
    let dept: { id: string; code: string };
    let auditor: Actor;
    let key: Actor;
    let staff: Actor;
    const ids: Record<string, string | undefined> = {};
    const monitoring = () => t.ctx.services.monitoring;
    const records = () => t.ctx.services.records;
    const db = () => t.ctx.database.db;

    /** [record key, version, kind] of an actor's notices, oldest first. */
    async function noticesOf(actor: Actor): Promise<Array<[string, number, string]>> {
      const { items } = await monitoring().listNotices(actor, { page: 1, pageSize: 50 });
      const name = (id: string) => Object.entries(ids).find(([, v]) => v === id)?.[0] ?? id;
      return items.map((n) => [name(n.record.id), n.record.version, n.kind] as [string, number, string])
        .sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1] || a[2].localeCompare(b[2]));
    }

    const ingest = async (rows: Array<Record<string, unknown>>, typeCode = 'admin_penalty') =>
      (await records().ingestChunk(systemActor, penaltyChunk(dept, rows, { typeCode }))).map((r) => r.id!);

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      dept = await t.ctx.services.accounts.createDepartment(systemActor, { code: SAMPLE_AUTHORITY.code, name: SAMPLE_AUTHORITY.name, kind: 'government' });
      const penalty = DEFAULT_TYPE_INPUTS.find((d) => d.code === 'admin_penalty')!;
      await t.ctx.services.catalog.addType(systemActor, { ...penalty, code: 'test_shared_penalty', disclosure: 'shared' });
      // Both enterprises exist before anyone follows them: an old, long expired penalty each.
      [ids.old, ids.otherOld] = await ingest([
        penaltyRow(1, { ...FOLLOWED, decisionNo: 'OLD', decisionDate: '2024-01-10' }),
        penaltyRow(2, { ...OTHER, decisionNo: 'OTHER-OLD', decisionDate: '2024-01-10' }),
      ]);
      auditor = await userFollower(t, 'auditor');
      key = (await consumerKey(t)).actor;
      staff = await userFollower(t, 'staff');
      for (const follower of [auditor, key]) await monitoring().follow(follower, FOLLOWED.subjectCode);
    });
    afterAll(async () => t.close());

    it('reads nothing younger than the safety lag, then tells followers a public record appeared, with its content digest', async () => {
      [ids.A, ids.SOON] = await ingest([
        penaltyRow(3, { ...FOLLOWED, decisionNo: 'A', decisionDate: '2026-05-20' }),
        // general tier: 12 months, public up to and including 2026-06-16
        penaltyRow(4, { ...FOLLOWED, decisionNo: 'SOON', decisionDate: '2025-06-16' }),
      ]);
      [ids.shared] = await ingest([penaltyRow(5, { ...FOLLOWED, decisionNo: 'SHARED', decisionDate: '2026-05-01' })], 'test_shared_penalty');
      [ids.otherA] = await ingest([penaltyRow(6, { ...OTHER, decisionNo: 'OTHER-A', decisionDate: '2026-05-21' })]);

      expect(await monitoring().pump()).toMatchObject({ events: 0, notices: 0 });
      clock.advance(PAST_LAG_MS);
      const first = await monitoring().pump();
      expect(first).toMatchObject({ events: 6, notices: 4, deliveries: 0, malformed: [] });

      for (const follower of [auditor, key]) expect(await noticesOf(follower)).toEqual([['A', 1, 'appeared'], ['SOON', 1, 'appeared']]);
      expect(await noticesOf(staff)).toEqual([]);

      const { items, unreadCount } = await monitoring().listNotices(auditor, { page: 1, pageSize: 10 });
      expect(unreadCount).toBe(2);
      const a = items.find((n) => n.record.id === ids.A)!;
      const version = await db().selectFrom('recordVersions').select(['content', 'contentHash']).where('recordId', '=', ids.A!).where('version', '=', 1).executeTakeFirstOrThrow();
      expect(a).toMatchObject({
        kind: 'appeared',
        subject: { code: FOLLOWED.subjectCode, name: FOLLOWED.subjectName },
        record: { id: ids.A, version: 1, typeCode: 'admin_penalty', typeName: '行政处罚', category: 'penalty', decisionDate: '2026-05-20', publicityEnd: '2027-05-20' },
        evidence: { algorithm: 'sha256', digest: sha256Hex(version.content) },
        readAt: null,
      });
      expect(a.evidence.digest).toBe(version.contentHash);
    });

    it('tells of a correction (new digest), a withdrawal, and a resubmission after it', async () => {
      await ingest([penaltyRow(3, { ...FOLLOWED, decisionNo: 'A', decisionDate: '2026-05-20', violationFacts: '当事人未按规定公示2025年度报告。' })]);
      await records().withdraw(systemActor, { recordId: ids.A!, reason: '行政复议撤销', channel: 'cli' });
      await ingest([penaltyRow(3, { ...FOLLOWED, decisionNo: 'A', decisionDate: '2026-05-20', violationFacts: '重新作出处罚决定。' })]);
      // withdrawing a record the public never saw tells nobody
      await records().withdraw(systemActor, { recordId: ids.shared!, reason: '录入错误', channel: 'cli' });
      clock.advance(PAST_LAG_MS);
      expect(await monitoring().pump()).toMatchObject({ events: 4, notices: 6 });
      expect(await noticesOf(key)).toEqual([['A', 1, 'appeared'], ['A', 2, 'changed'], ['A', 3, 'removed'], ['A', 4, 'appeared'], ['SOON', 1, 'appeared']]);
      const digests = (await monitoring().listNotices(key, { page: 1, pageSize: 10 })).items.filter((n) => n.record.id === ids.A).map((n): [number, string] => [n.record.version, n.evidence.digest]);
      const stored = await db().selectFrom('recordVersions').select(['version', 'contentHash']).where('recordId', '=', ids.A!).execute();
      expect(new Map(digests)).toEqual(new Map(stored.map((v) => [Number(v.version), v.contentHash])));
      expect(new Set(digests.map(([, d]) => d)).size).toBe(3); // v3 (withdrawn) carries v2's content
    });

    it('tells of a repair (record.repaired, as issue 7 will emit it)', async () => {
      const payload = { recordId: ids.SOON, version: 1, change: 'repaired', subjectId: (await t.ctx.services.subjects.getByCode(FOLLOWED.subjectCode)).id, typeCode: 'admin_penalty',
        sourceDepartmentId: dept.id, category: 'penalty', polarity: 'negative', severity: 'general', decisionDate: '2025-06-16', publicityEnd: '2026-06-14', status: 'active', batchId: null };
      await db().insertInto('outbox').values({ id: '00000000-0000-7000-8000-00000000aaaa', topic: 'record.repaired', aggregateId: ids.SOON!, payload: JSON.stringify(payload), createdAt: clock.now().toISOString() }).execute();
      await db().insertInto('outbox').values({ id: '00000000-0000-7000-8000-00000000bbbb', topic: 'record.repaired', aggregateId: ids.SOON!, payload: '{"recordId":', createdAt: clock.now().toISOString() }).execute();
      clock.advance(PAST_LAG_MS);
      const result = await monitoring().pump();
      expect(result).toMatchObject({ events: 2, notices: 2, malformed: ['00000000-0000-7000-8000-00000000bbbb'] });
      expect((await noticesOf(auditor)).filter(([, , kind]) => kind === 'repaired')).toEqual([['SOON', 1, 'repaired']]);
    });

    it('tells of an expired publicity the day after its last day, by a scan, without any job', async () => {
      clock.set('2026-06-16T15:59:00.000Z'); // 2026-06-16 23:59 in China: the last public day
      expect(await monitoring().pump()).toMatchObject({ notices: 0 });
      clock.set('2026-06-16T16:00:00.000Z'); // 2026-06-17 00:00 in China
      const result = await monitoring().pump();
      expect(result).toMatchObject({ scannedDays: 1, notices: 2 });
      for (const follower of [auditor, key]) {
        expect((await noticesOf(follower)).filter(([, , kind]) => kind === 'expired')).toEqual([['SOON', 1, 'expired']]);
      }
      expect(await t.ctx.database.db.selectFrom('consumerCursors').select('position').where('consumer', '=', EXPIRY_CONSUMER).executeTakeFirst()).toEqual({ position: '2026-06-16' });
    });

    it('never notifies twice: pumping again, or from the start of both feeds, adds nothing', async () => {
      const count = async () => Number((await db().selectFrom('notices').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      const before = await count();
      expect(await monitoring().pump()).toMatchObject({ events: 0, notices: 0, scannedDays: 0 });
      await db().updateTable('consumerCursors').set({ position: '0' }).where('consumer', '=', FEED_CONSUMER).execute();
      await db().updateTable('consumerCursors').set({ position: '2026-06-01' }).where('consumer', '=', EXPIRY_CONSUMER).execute();
      const again = await monitoring().pump();
      expect(again).toMatchObject({ notices: 0, deliveries: 0, scannedDays: 15 });
      expect(again.events).toBeGreaterThan(10);
      expect(await count()).toBe(before);
    });

    it('lets only government users (or the person) follow a person, and tells nobody else about one', async () => {
      await t.ctx.services.subjects.create(systemActor, { type: 'person', name: '赵六', idNumber: PERSON_ID, aliases: [{ scheme: 'registration_no', value: PERSON_ALIAS }] });
      for (const follower of [auditor, key]) {
        await expect(monitoring().follow(follower, PERSON_ALIAS)).rejects.toMatchObject({ code: 'SUBJECT_NOT_FOUND', status: 404 });
      }
      expect(await monitoring().follow(staff, PERSON_ALIAS)).toMatchObject({ created: true, follow: { subject: { code: null, name: '赵六', type: 'person' } } });
      // a follow the policy would refuse (written behind its back) earns no notice
      const personId = (await t.ctx.services.subjects.getByCode(PERSON_ALIAS)).id;
      await db().insertInto('follows').values({ id: '00000000-0000-7000-8000-00000000cccc', followerType: 'user', followerId: auditor.id!, subjectId: personId, createdAt: clock.now().toISOString() }).execute();
      const person = { subjectName: '赵六', subjectCategory: '自然人', subjectCode: undefined, legalRep: undefined, idType: '身份证', idNumber: PERSON_ID };
      [ids.P] = await ingest([penaltyRow(7, { ...person, decisionNo: 'P', decisionDate: '2026-06-10' })]);
      clock.advance(PAST_LAG_MS);
      expect(await monitoring().pump()).toMatchObject({ events: 1, notices: 1 });
      expect(await noticesOf(staff)).toEqual([['P', 1, 'appeared']]);
      expect((await noticesOf(auditor)).map(([name]) => name)).not.toContain('P');
    });

    it('caps follows per follower', async () => {
      const capped = t.ctx.services.monitoring;
      const small = createMonitoringService({
        database: t.ctx.database, clock, audit: t.ctx.services.audit, subjects: t.ctx.services.subjects, catalog: t.ctx.services.catalog,
        secretBox: { encrypt: (s) => s, decrypt: (s) => s }, allowPrivateWebhookTargets: true, maxFollows: 3,
      });
      expect((await capped.listFollows(auditor, { page: 1, pageSize: 10 })).total).toBe(2); // FOLLOWED, and the person row above
      expect((await small.follow(auditor, OTHER.subjectCode)).created).toBe(true);
      await expect(small.follow(auditor, sampleUscc(1))).rejects.toMatchObject({ code: 'SUBJECT_NOT_FOUND' });
      await ingest([penaltyRow(8, { subjectName: '深圳市第三科技有限公司', subjectCode: sampleUscc(5003), decisionNo: 'THIRD' })]);
      await expect(small.follow(auditor, sampleUscc(5003))).rejects.toMatchObject({ code: 'FOLLOW_LIMIT_REACHED', status: 409 });
      expect((await small.follow(auditor, OTHER.subjectCode)).created).toBe(false);
    });

    it('tells a revoked key and a disabled account nothing more', async () => {
      await t.ctx.services.accounts.revokeApiKey(systemActor, key.id!);
      await t.ctx.services.accounts.updateUser(systemActor, auditor.id!, { status: 'disabled' });
      await monitoring().follow(staff, FOLLOWED.subjectCode);
      [ids.LATE] = await ingest([penaltyRow(9, { ...FOLLOWED, decisionNo: 'LATE', decisionDate: '2026-06-12' })]);
      clock.advance(PAST_LAG_MS);
      expect(await monitoring().pump()).toMatchObject({ events: 2, notices: 1 }); // LATE, and THIRD from the test before (nobody follows it)
      expect((await noticesOf(staff)).filter(([name]) => name === 'LATE')).toEqual([['LATE', 1, 'appeared']]);
      for (const follower of [auditor, key]) expect((await noticesOf(follower)).map(([name]) => name)).not.toContain('LATE');
    });
  });
}
