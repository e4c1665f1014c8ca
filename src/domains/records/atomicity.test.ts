import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { systemActor } from '../../kernel/actor.js';
import { newId } from '../../kernel/ids.js';
import { SAMPLE_AUTHORITY, penaltyChunk, penaltyRow } from './testing.js';

const TABLES = ['records', 'recordVersions', 'outbox', 'auditLog', 'subjects', 'subjectNames'] as const;

/** SPEC §3.3: a chunk is atomic; a database error mid-way leaves nothing of it, and the chunk can simply run again. */
for (const dialect of dialectsUnderTest()) {
  describe(`record ingestion is atomic per chunk [${dialect}]`, () => {
    let t: TestApp;
    let dept: { id: string; code: string };
    const records = () => t.ctx.services.records;
    const db = () => t.ctx.database.db;
    const counts = () => Promise.all(TABLES.map(async (table) => Number((await db().selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)));

    beforeAll(async () => {
      t = await createTestApp(dialect);
      dept = await t.ctx.services.accounts.createDepartment(systemActor, { code: SAMPLE_AUTHORITY.code, name: SAMPLE_AUTHORITY.name, kind: 'government' });
      await t.ctx.services.catalog.ensureDefaults();
    });
    afterAll(async () => t.close());

    it('keeps nothing when a record violates a constraint after its subjects were registered', async () => {
      const before = await counts();
      const ghost = { id: newId(), code: SAMPLE_AUTHORITY.code }; // no such department: the records' foreign key refuses them
      const error = await records().ingestChunk(systemActor, penaltyChunk(ghost, [penaltyRow(1), penaltyRow(2)])).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as { status?: number }).status).toBeUndefined();
      expect(await counts()).toEqual(before);
    });

    it('rolls back records, versions, subjects and the audit entry when the last statement fails, and a re-run then succeeds', async () => {
      const [first] = await records().ingestChunk(systemActor, penaltyChunk(dept, [penaltyRow(10)]));
      const chunk = penaltyChunk(dept, [penaltyRow(10, { remarks: '更正' }), penaltyRow(11), penaltyRow(12)], { batchId: 'retry' });
      const before = await counts();
      await failOutboxInserts(true);
      try {
        await expect(records().ingestChunk(systemActor, chunk)).rejects.toThrow();
      } finally {
        await failOutboxInserts(false);
      }
      expect(await counts()).toEqual(before);
      const stored = await db().selectFrom('records').selectAll().where('id', '=', first!.id!).executeTakeFirstOrThrow();
      expect([stored.version, JSON.parse(stored.content).remarks]).toEqual([1, undefined]);

      const rerun = await records().ingestChunk(systemActor, chunk);
      expect(rerun.map((r) => [r.status, r.version])).toEqual([['updated', 2], ['created', 1], ['created', 1]]);
      const again = await records().ingestChunk(systemActor, chunk);
      expect(again.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    });

    it('runs a caller\'s bookkeeping inside the chunk\'s transaction: it sees the results, and its failure keeps nothing', async () => {
      const seen: string[] = [];
      const results = await records().ingestChunk(systemActor, penaltyChunk(dept, [penaltyRow(20), penaltyRow(21, { decisionNo: '' })]), {
        inTransaction: async (trx, r) => {
          seen.push(...r.map((x) => x.status));
          const stored = await trx.selectFrom('records').select('id').where('id', '=', r[0]!.id!).execute();
          seen.push(`stored:${stored.length}`);
        },
      });
      expect(seen).toEqual(['created', 'rejected', 'stored:1']);
      expect(results.map((r) => r.status)).toEqual(['created', 'rejected']);
      const before = await counts();
      const failing = records().ingestChunk(systemActor, penaltyChunk(dept, [penaltyRow(22)]), { inTransaction: async () => { throw new Error('bookkeeping failed'); } });
      await expect(failing).rejects.toThrow('bookkeeping failed');
      expect(await counts()).toEqual(before);
    });

    async function failOutboxInserts(on: boolean): Promise<void> {
      if (dialect === 'sqlite') {
        await sql.raw(on ? `CREATE TRIGGER outbox_fail BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'forced failure'); END` : 'DROP TRIGGER outbox_fail').execute(db());
        return;
      }
      if (on) {
        await sql.raw(`CREATE OR REPLACE FUNCTION outbox_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'forced failure'; END $$`).execute(db());
        await sql.raw('CREATE TRIGGER outbox_fail BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION outbox_fail()').execute(db());
      } else {
        await sql.raw('DROP TRIGGER outbox_fail ON outbox').execute(db());
      }
    }
  });
}
