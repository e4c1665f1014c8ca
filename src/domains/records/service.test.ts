import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { anonymousActor, systemActor, type Actor } from '../../kernel/actor.js';
import { fixedClock } from '../../kernel/clock.js';
import { DEFAULT_TYPE_INPUTS } from '../catalog/index.js';
import { makeUscc } from '../../../test/support/factories.js';
import { SAMPLE_AUTHORITY, penaltyChunk, penaltyRow, providerOf, sampleResidentId, sampleUscc } from './testing.js';

const staff: Actor = { ...systemActor, kind: 'user', id: 'u-staff', role: 'staff', departmentId: null };

for (const dialect of dialectsUnderTest()) {
  describe(`record ingestion [${dialect}]`, () => {
    let t: TestApp;
    let dept: { id: string; code: string };
    let other: { id: string; code: string };
    const clock = fixedClock('2026-06-15T02:00:00.000Z');
    const records = () => t.ctx.services.records;
    const db = () => t.ctx.database.db;
    const count = async (table: 'records' | 'recordVersions' | 'outbox' | 'auditLog' | 'subjects') =>
      Number((await db().selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      const accounts = t.ctx.services.accounts;
      dept = await accounts.createDepartment(systemActor, { code: SAMPLE_AUTHORITY.code, name: SAMPLE_AUTHORITY.name, kind: 'government' });
      other = await accounts.createDepartment(systemActor, { code: makeUscc(800_001, '11'), name: '深圳市南山区住房和建设局', kind: 'government' });
    });
    afterAll(async () => t.close());

    it('keeps a credit repair when the source later corrects the record (publicity still ends the day before the repair)', async () => {
      const provider = providerOf(dept.id);
      const [created] = await records().ingestChunk(provider, penaltyChunk(dept, [penaltyRow(71)]));
      const id = created!.id!;
      const repair = await records().prepareRepair(id);
      await db().transaction().execute((trx) => repair(trx, staff, { repairedOn: '2026-06-15', reason: '已履行法定义务' }));
      const repaired = await db().selectFrom('records').select(['publicityEnd', 'repairedOn']).where('id', '=', id).executeTakeFirstOrThrow();
      expect(repaired).toEqual({ publicityEnd: '2026-06-14', repairedOn: '2026-06-15' });

      const [corrected] = await records().ingestChunk(provider, penaltyChunk(dept, [penaltyRow(71, { violationFacts: '更正后的违法事实。' })], { batchId: 'batch-fix' }));
      expect(corrected).toMatchObject({ status: 'updated', id });
      const after = await db().selectFrom('records').select(['publicityEnd', 'repairedOn']).where('id', '=', id).executeTakeFirstOrThrow();
      expect(after).toEqual({ publicityEnd: '2026-06-14', repairedOn: '2026-06-15' });
      const [again] = await records().ingestChunk(provider, penaltyChunk(dept, [penaltyRow(71, { violationFacts: '更正后的违法事实。' })], { batchId: 'batch-fix-2' }));
      expect(again).toMatchObject({ status: 'unchanged', id });
    });

    it('creates, keeps unchanged, corrects, withdraws and reactivates, keeping every version', async () => {
      const provider = providerOf(dept.id);
      const [created] = await records().ingestChunk(provider, penaltyChunk(dept, [penaltyRow(1)]));
      expect(created).toMatchObject({ row: 1, status: 'created', version: 1 });
      const id = created!.id!;

      clock.advance(60_000);
      const [same] = await records().ingestChunk(provider, penaltyChunk(dept, [penaltyRow(1)], { batchId: 'batch-2' }));
      expect(same).toEqual({ row: 1, status: 'unchanged', id, version: 1 });
      const afterSame = await db().selectFrom('records').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      expect(afterSame.lastReceivedAt).toBe(clock.now().toISOString());
      expect(afterSame.firstReceivedAt).not.toBe(afterSame.lastReceivedAt);

      const [corrected] = await records().ingestChunk(provider, penaltyChunk(dept, [penaltyRow(1, { violationFacts: '当事人逾期未公示年度报告。' })], { batchId: 'batch-3' }));
      expect(corrected).toEqual({ row: 1, status: 'updated', id, version: 2 });

      const withdrawn = await records().withdraw(provider, { recordId: id, reason: '决定已被撤销', channel: 'api' });
      expect(withdrawn).toMatchObject({ status: 'withdrawn', version: 3, inPublicity: false });
      await expect(records().withdraw(provider, { recordId: id, reason: '重复撤回', channel: 'api' })).rejects.toMatchObject({ code: 'RECORD_ALREADY_WITHDRAWN', status: 409 });

      const [reactivated] = await records().ingestChunk(provider, penaltyChunk(dept, [penaltyRow(1, { violationFacts: '当事人逾期未公示年度报告。' })], { batchId: 'batch-4' }));
      expect(reactivated).toEqual({ row: 1, status: 'updated', id, version: 4 });

      const detail = await records().get(staff, id);
      expect(detail.status).toBe('active');
      expect(detail.versions.map((v) => [v.version, v.change, v.batchId])).toEqual([
        [1, 'created', 'batch-1'], [2, 'updated', 'batch-3'], [3, 'withdrawn', null], [4, 'updated', 'batch-4'],
      ]);
      expect(detail.versions[0]!.fields.find((f) => f.key === 'violationFacts')?.value).toBe('当事人未按规定公示年度报告。');
      expect(detail.versions[2]).toMatchObject({ reason: '决定已被撤销', submitter: { type: 'user', id: 'u-provider' }, channel: 'api' });
      // A withdrawal keeps the content it withdrew; the reactivating version is the correction's content again.
      expect(detail.versions[2]!.contentHash).toBe(detail.versions[1]!.contentHash);
      expect(detail.versions[3]!.contentHash).toBe(detail.contentHash);
      expect(detail.versions[0]!.contentHash).not.toBe(detail.contentHash);

      const events = await db().selectFrom('outbox').selectAll().where('aggregateId', '=', id).orderBy('seq').execute();
      expect(events.map((e) => [e.topic, JSON.parse(e.payload).version])).toEqual([
        ['record.created', 1], ['record.updated', 2], ['record.withdrawn', 3], ['record.updated', 4],
      ]);
      expect(JSON.parse(events[0]!.payload)).toMatchObject({ recordId: id, subjectId: detail.subjectId, typeCode: 'admin_penalty', sourceDepartmentId: dept.id, severity: 'general', status: 'active' });
      expect(events.every((e) => e.processedAt === null)).toBe(true);
    });

    it('applies rows with the same natural key in order within one chunk', async () => {
      const rows = [penaltyRow(2), penaltyRow(2), penaltyRow(2, { content: '警告，并处罚款人民币6000元。', fineAmount: '0.6' }), penaltyRow(3)];
      const results = await records().ingestChunk(staff, penaltyChunk(dept, rows));
      expect(results.map((r) => [r.row, r.status, r.version])).toEqual([[1, 'created', 1], [2, 'unchanged', 1], [3, 'updated', 2], [4, 'created', 1]]);
      expect(results[0]!.id).toBe(results[2]!.id);
      const stored = await db().selectFrom('records').selectAll().where('id', '=', results[0]!.id!).executeTakeFirstOrThrow();
      expect(stored.version).toBe(2);
      expect(JSON.parse(stored.content).fineAmount).toBe(600_000);
      const versions = await db().selectFrom('recordVersions').select(['version', 'change']).where('recordId', '=', stored.id).orderBy('version').execute();
      expect(versions).toEqual([{ version: 1, change: 'created' }, { version: 2, change: 'updated' }]);
    });

    it('reports invalid rows with row, field and code, and stores the valid ones', async () => {
      const results = await records().ingestChunk(staff, penaltyChunk(dept, [penaltyRow(4, { decisionDate: '2027-01-01' }), penaltyRow(5), penaltyRow(6, { decisionNo: '' })]));
      expect(results.map((r) => r.status)).toEqual(['rejected', 'created', 'rejected']);
      expect(results[0]!.errors).toEqual(expect.arrayContaining([expect.objectContaining({ row: 1, field: 'decisionDate' })]));
      expect(results[2]!.errors).toEqual([expect.objectContaining({ row: 3, field: 'decisionNo', code: 'FIELD_REQUIRED' })]);
    });

    it('never lets a provider write as another department', async () => {
      await expect(records().ingestChunk(providerOf(other.id), penaltyChunk(dept, [penaltyRow(7)]))).rejects.toMatchObject({ code: 'SOURCE_DEPARTMENT_FORBIDDEN', status: 403 });
      const results = await records().ingestChunk(providerOf(other.id), penaltyChunk(other, [penaltyRow(7), penaltyRow(8, { sourceDeptCode: undefined, sourceDept: undefined })]));
      expect(results[0]).toMatchObject({ status: 'rejected', errors: [{ row: 1, field: 'sourceDeptCode', code: 'SOURCE_DEPARTMENT_MISMATCH' }] });
      expect(results[1]).toMatchObject({ status: 'created' });
      const consumer: Actor = { ...anonymousActor(), kind: 'api_key', id: 'k', role: 'public', apiKeyPurpose: 'consumer', departmentId: dept.id };
      await expect(records().ingestChunk(consumer, penaltyChunk(dept, [penaltyRow(9)]))).rejects.toMatchObject({ status: 403 });
      await expect(records().ingestChunk(anonymousActor(), penaltyChunk(dept, [penaltyRow(9)]))).rejects.toMatchObject({ status: 401 });
      const id = results[1]!.id!;
      await expect(records().withdraw(providerOf(dept.id), { recordId: id, reason: '不是我们的', channel: 'api' })).rejects.toMatchObject({ code: 'SOURCE_DEPARTMENT_FORBIDDEN' });
      await expect(records().get(providerOf(dept.id), id)).rejects.toMatchObject({ status: 403 });
      expect((await records().get(providerOf(other.id), id)).id).toBe(id);
    });

    it('refuses an unknown record type for the whole call', async () => {
      await expect(records().ingestChunk(staff, penaltyChunk(dept, [penaltyRow(10)], { typeCode: 'no_such_type' }))).rejects.toMatchObject({ code: 'RECORD_TYPE_UNKNOWN', status: 400 });
    });

    it('rejects a subject type the record type does not apply to', async () => {
      const penalty = DEFAULT_TYPE_INPUTS.find((d) => d.code === 'admin_penalty')!;
      await t.ctx.services.catalog.addType(systemActor, { ...penalty, code: 'test_org_penalty', subjectTypes: ['enterprise', 'individual_business'] });
      const person = { subjectName: '赵六', subjectCategory: '自然人', subjectCode: undefined, legalRep: undefined, idType: '身份证', idNumber: sampleResidentId('19800101', 123) };
      const results = await records().ingestChunk(staff, penaltyChunk(dept, [penaltyRow(11, person), penaltyRow(12)], { typeCode: 'test_org_penalty' }));
      expect(results[0]).toMatchObject({ status: 'rejected', errors: [{ field: 'subjectCategory', code: 'SUBJECT_TYPE_NOT_APPLICABLE' }] });
      expect(results[1]).toMatchObject({ status: 'created' });
    });

    it('writes nothing on a dry run, yet classifies as a real run would', async () => {
      const before = await Promise.all((['records', 'recordVersions', 'outbox', 'auditLog', 'subjects'] as const).map(count));
      const results = await records().ingestChunk(staff, penaltyChunk(dept, [penaltyRow(3), penaltyRow(20), penaltyRow(3, { remarks: '更正' }), penaltyRow(21, { decisionNo: '' })], { dryRun: true }));
      expect(results.map((r) => r.status)).toEqual(['unchanged', 'created', 'updated', 'rejected']);
      expect(results[1]!.id).toBeUndefined();
      expect(await Promise.all((['records', 'recordVersions', 'outbox', 'auditLog', 'subjects'] as const).map(count))).toEqual(before);
    });

    it('writes one audit entry per chunk, with its batch, channel and counts', async () => {
      const before = await db().selectFrom('auditLog').select('seq').where('action', '=', 'records.ingest').execute();
      await records().ingestChunk(staff, penaltyChunk(dept, [penaltyRow(30), penaltyRow(31), penaltyRow(30), penaltyRow(32, { decisionNo: '' })], { batchId: 'audit-batch', channel: 'api' }));
      const entries = await db().selectFrom('auditLog').selectAll().where('action', '=', 'records.ingest').execute();
      expect(entries.length).toBe(before.length + 1);
      const entry = entries.find((e) => e.targetId === 'audit-batch')!;
      expect(JSON.parse(entry.details!)).toMatchObject({ batchId: 'audit-batch', channel: 'api', typeCode: 'admin_penalty', counts: { created: 2, updated: 0, unchanged: 1, rejected: 1 } });
      expect(entry.actorId).toBe('u-staff');
    });

    it('registers subjects met for the first time and matches known ones', async () => {
      const code = sampleUscc(100_040);
      const [first] = await records().ingestChunk(staff, penaltyChunk(dept, [penaltyRow(40)]));
      const [second] = await records().ingestChunk(staff, penaltyChunk(dept, [penaltyRow(40, { decisionNo: '深市监南罚〔2026〕4041号' })]));
      const subject = await t.ctx.services.subjects.getByCode(code);
      const rows = await db().selectFrom('records').select(['id', 'subjectId']).where('id', 'in', [first!.id!, second!.id!]).execute();
      expect(rows.map((r) => r.subjectId)).toEqual([subject.id, subject.id]);
    });
  });
}
