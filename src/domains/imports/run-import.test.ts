import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { systemActor } from '../../kernel/actor.js';
import type { RecordService } from '../records/index.js';
import { createImportService } from './service.js';
import { BAD_ROW, FIXTURE_SOURCE, PENALTY_LABELS, writePenaltyCsv, type BadKind } from './testing.js';

const dir = mkdtempSync(join(tmpdir(), 'xinyong-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const path = (ext = 'csv') => join(dir, `f${++n}.${ext}`);
/** Decision numbers of their own for each file. */
const fresh = () => ({ offset: n * 1000 });
const BAD = new Map<number, BadKind>([[2, BAD_ROW.usccCheck], [5, BAD_ROW.missingFacts], [9, BAD_ROW.badDate]]);

for (const dialect of dialectsUnderTest()) {
  describe(`runImport [${dialect}]`, () => {
    let t: TestApp;
    let dept: { id: string; code: string };
    const imports = () => t.ctx.services.imports;
    const db = () => t.ctx.database.db;
    const count = async (table: 'records' | 'recordVersions' | 'importErrors') => Number((await db().selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const batchRow = (id: string) => db().selectFrom('importBatches').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const errorsOf = async (id: string) => (await db().selectFrom('importErrors').select(['row', 'field', 'code']).where('batchId', '=', id).orderBy('seq').execute()).map((e) => `${e.row}:${e.code}`);
    const run = (file: string, extra: Partial<Parameters<ReturnType<typeof imports>['runImport']>[0]> = {}) =>
      imports().runImport({ path: file, fileName: basename(file), typeCode: 'admin_penalty', department: dept, actor: systemActor, channel: 'cli', chunkSize: 4, ...extra });
    const failure = (p: Promise<unknown>) => p.then(() => null, (e: { code: string }) => e.code);

    beforeAll(async () => {
      t = await createTestApp(dialect);
      dept = await t.ctx.services.accounts.createDepartment(systemActor, { code: FIXTURE_SOURCE.code, name: FIXTURE_SOURCE.name, kind: 'government' });
    });
    afterAll(async () => t.close());

    it('stores the good rows of a GB18030 file with Chinese headers and keeps each bad row with its row number and code', async () => {
      const file = path();
      await writePenaltyCsv(file, { ...fresh(), rows: 12, encoding: 'gb18030', bad: BAD });
      const result = await run(file);
      expect(result).toMatchObject({ status: 'completed', counts: { created: 9, updated: 0, unchanged: 0, rejected: 3 }, failure: null, resumedAfter: 0 });
      expect(await errorsOf(result.batchId!)).toEqual(['4:USCC_CHECK_CHAR', '7:FIELD_REQUIRED', '11:DATE_INVALID']);
      expect(await batchRow(result.batchId!)).toMatchObject({ status: 'completed', encoding: 'gb18030', format: 'csv', rowsTotal: 12, rowsCommitted: 12, channel: 'cli' });

      const again = await run(file);
      expect(again.batchId).not.toBe(result.batchId);
      expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 9, rejected: 3 });
      expect([await count('records'), await count('recordVersions')]).toEqual([9, 9]);
    });

    it('resumes a crashed batch after its last committed chunk: every valid row once, every rejected row once', async () => {
      const file = path();
      await writePenaltyCsv(file, { ...fresh(), rows: 20, bad: new Map<number, BadKind>([[1, BAD_ROW.usccCheck], [13, BAD_ROW.missingFacts]]), subjects: 7 });
      const records0 = await count('records');
      // A process that dies in its third chunk: two chunks are committed, whole.
      let chunks = 0;
      const real = t.ctx.services.records;
      const dying: Pick<RecordService, 'ingestChunk'> = {
        ingestChunk: async (actor, input, opts) => {
          if (++chunks === 3) throw new Error('killed');
          return real.ingestChunk(actor, input, opts);
        },
      };
      const crashing = createImportService({ database: t.ctx.database, clock: t.ctx.clock, audit: t.ctx.services.audit, catalog: t.ctx.services.catalog, records: dying, departments: t.ctx.services.accounts });
      await expect(crashing.runImport({ path: file, typeCode: 'admin_penalty', department: dept, actor: systemActor, channel: 'cli', chunkSize: 4 })).rejects.toThrow('killed');
      const crashed = await db().selectFrom('importBatches').selectAll().where('fileName', 'is', null).where('status', '=', 'failed').executeTakeFirst();
      expect(crashed).toMatchObject({ rowsCommitted: 8, created: 7, rejected: 1, errorCode: 'INTERNAL_ERROR' });
      expect(await count('records')).toBe(records0 + 7);

      const resumed = await run(file);
      expect(resumed).toMatchObject({ batchId: crashed!.id, resumedAfter: 8, status: 'completed', counts: { created: 18, updated: 0, unchanged: 0, rejected: 2 } });
      expect(await count('records')).toBe(records0 + 18);
      expect(await errorsOf(crashed!.id)).toEqual(['3:USCC_CHECK_CHAR', '15:FIELD_REQUIRED']);
    });

    it('refuses to run a file another live process is importing (IMPORT_IN_PROGRESS)', async () => {
      const file = path();
      await writePenaltyCsv(file, { ...fresh(), rows: 3 });
      const first = await run(file);
      await db().updateTable('importBatches').set({ status: 'running', owner: `${hostname()}:${process.ppid}`, heartbeatAt: t.ctx.clock.now().toISOString() }).where('id', '=', first.batchId!).execute();
      expect(await failure(run(file))).toBe('IMPORT_IN_PROGRESS');
      await db().updateTable('importBatches').set({ status: 'completed' }).where('id', '=', first.batchId!).execute();
    });

    it('keeps the rows before a break midway (CSV_MALFORMED at its row), and a re-run of the same file changes nothing', async () => {
      const file = path();
      await writePenaltyCsv(file, { ...fresh(), rows: 6, subjects: 3 });
      const { readFileSync } = await import('node:fs');
      const lines = readFileSync(file, 'utf8').split('\r\n');
      lines[5] = lines[5]!.replace('警告', '"警告'); // row 6: a quote that never closes
      writeFileSync(file, lines.join('\r\n'));
      const result = await run(file);
      expect(result).toMatchObject({ status: 'failed', counts: { created: 4, rejected: 0 }, failure: { code: 'CSV_MALFORMED', row: 6 } });
      const again = await run(file);
      expect(again).toMatchObject({ batchId: result.batchId, resumedAfter: 4, status: 'failed', counts: { created: 4 }, failure: { code: 'CSV_MALFORMED', row: 6 } });
    });

    it.each([
      ['an empty file', 'EMPTY_FILE', ''],
      ['a header without data rows', 'EMPTY_FILE', `${PENALTY_LABELS.join(',')}\n`],
      ['a header without a known column', 'NO_KNOWN_COLUMNS', '姓名,电话\n张三,123\n'],
      ['an unclosed quote in the first data row', 'CSV_MALFORMED', `${PENALTY_LABELS.join(',')}\n"深圳,1\n2,3\n`],
      ['random bytes', 'FILE_UNREADABLE', Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256))],
    ])('stores nothing from %s: %s, batch unreadable', async (_what, code, content) => {
      const file = path();
      writeFileSync(file, content);
      const before = await count('records');
      const error = await run(file).catch((e: { code: string }) => e);
      expect((error as { code: string }).code).toBe(code);
      expect(await count('records')).toBe(before);
      const batch = await db().selectFrom('importBatches').selectAll().where('fileName', '=', basename(file)).executeTakeFirstOrThrow();
      expect([batch.status, batch.errorCode]).toEqual(['unreadable', code]);
    });

    it('refuses a declared encoding the file contradicts (ENCODING_INVALID)', async () => {
      const file = path();
      await writePenaltyCsv(file, { ...fresh(), rows: 2, encoding: 'gb18030' });
      expect(await failure(run(file, { encoding: 'utf-8' }))).toBe('ENCODING_INVALID');
    });

    it('stores nothing in a dry run and opens no batch', async () => {
      const file = path();
      await writePenaltyCsv(file, { ...fresh(), rows: 5, bad: new Map<number, BadKind>([[0, BAD_ROW.badDate]]) });
      const before = [await count('records'), await count('importErrors')];
      const rejected: number[] = [];
      const result = await run(file, { dryRun: true, department: { id: 'dry-run', code: dept.code }, onRejected: (e) => void rejected.push(...e.map((x) => x.row)) });
      expect(result).toMatchObject({ batchId: null, counts: { rejected: 1 } });
      expect(rejected).toEqual([2]);
      expect([await count('records'), await count('importErrors')]).toEqual(before);
    });

    it('imports NDJSON keyed by labels, codes or keys; an unknown key rejects its line', async () => {
      const file = path('ndjson');
      const { penaltyFixtureRow } = await import('./testing.js');
      const row = penaltyFixtureRow(0, 10, 900_000);
      writeFileSync(file, `${JSON.stringify(row)}\n${JSON.stringify({ ...penaltyFixtureRow(1, 10, 900_000), 经办人: '王' })}\nnot json\n`);
      const result = await run(file);
      expect(result.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 2 });
      expect(await errorsOf(result.batchId!)).toEqual(['2:UNKNOWN_FIELD', '3:MALFORMED_JSON_LINE']);
    });
  });
}
