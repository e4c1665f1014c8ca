import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { enterpriseInput, makeResidentId } from '../../../test/support/factories.js';
import { systemActor } from '../../kernel/actor.js';
import { BATCH_CSV_HEADER } from './batch-csv.js';
import { consumerKey, listAsCourtDebtor } from './testing.js';

/** Batch checks (issue 5 item 5): a JSON list or a CSV file of subjects → JSON or CSV results, one receipt per subject. */
for (const dialect of dialectsUnderTest()) {
  describe(`POST /api/v1/checks/batch [${dialect}]`, () => {
    let t: TestApp;
    let key: string;
    let listed: string;
    let clean: string;
    const PERSON_ID = makeResidentId('19900101', 12);
    const MISSING = '91440300MA5DC0RX3H';
    const receipts = async () => Number((await t.ctx.database.db.selectFrom('checkReceipts').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    beforeAll(async () => {
      t = await createTestApp(dialect);
      ({ key } = await consumerKey(t.ctx.services.accounts, 5));
      const s = await t.ctx.services.subjects.create(systemActor, enterpriseInput(8_001));
      listed = s.code!;
      await listAsCourtDebtor(t.ctx.services, { name: s.name, code: listed });
      clean = (await t.ctx.services.subjects.create(systemActor, enterpriseInput(8_002))).code!;
      await t.ctx.services.subjects.create(systemActor, { type: 'person', idNumber: PERSON_ID, name: '钱七' });
    });
    afterAll(async () => t.close());

    it('checks a JSON list: a result and receipt per subject, an error for one it cannot find, ID numbers masked', async () => {
      const before = await receipts();
      const res = await t.app.inject({
        method: 'POST', url: '/api/v1/checks/batch', headers: { authorization: `Bearer ${key}` },
        payload: { subjects: [listed, clean, MISSING, PERSON_ID], scenario: 'government_procurement' },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.body).not.toContain(PERSON_ID);
      const items = res.json().items;
      expect(items.map((i: { index: number; result?: { verdict: string }; error?: { code: string } }) => [i.index, i.result?.verdict ?? i.error?.code]))
        .toEqual([[0, 'restricted'], [1, 'clear'], [2, 'SUBJECT_NOT_FOUND'], [3, 'clear']]);
      expect(items[3].input).toBe(`${PERSON_ID.slice(0, 4)}**********${PERSON_ID.slice(-4)}`);
      expect(items[0].result.measures[0].code).toBe('procurement_bar_listed');
      expect(new Set(items.filter((i: { result?: unknown }) => i.result).map((i: { result: { receipt: { id: string } } }) => i.result.receipt.id)).size).toBe(3);
      expect(await receipts()).toBe(before + 3);
      const audited = await t.ctx.database.db.selectFrom('auditLog').select('targetId').where('action', '=', 'check.person').execute();
      expect(audited.map((a) => a.targetId)).toEqual([items[3].result.receipt.id]);
    });

    it('takes a CSV body with a header line and answers CSV when asked', async () => {
      const csv = `\uFEFF统一社会信用代码\r\n${listed}\r\n${clean.toLowerCase()}\r\n\r\n${MISSING}\r\n`;
      const res = await t.app.inject({
        method: 'POST', url: '/api/v1/checks/batch?scenario=bidding', payload: csv,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'text/csv', accept: 'text/csv' },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.body.startsWith(`\uFEFF${BATCH_CSV_HEADER}\r\n`)).toBe(true);
      const rows = parse(res.body.slice(1), { columns: true }) as Array<Record<string, string>>;
      expect(rows.map((r) => [r.index, r.subject, r.verdict, r.measures, r.error_code])).toEqual([
        ['0', listed, 'restricted', 'bidding_bar_court_debtor', ''],
        ['1', clean.toLowerCase(), 'clear', '', ''],
        ['2', MISSING, '', '', 'SUBJECT_NOT_FOUND'],
      ]);
      expect(rows[0]!.receipt_id).toMatch(/^[0-9a-f-]{36}$/);
      const json = await t.app.inject({
        method: 'POST', url: '/api/v1/checks/batch?scenario=bidding', payload: `${listed}\n`,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'text/csv' },
      });
      expect(json.json().items[0].result.verdict).toBe('restricted');
    });

    it('refuses more than 1,000 subjects, a CSV without a scenario, and anonymous callers', async () => {
      const many = await t.app.inject({
        method: 'POST', url: '/api/v1/checks/batch', headers: { authorization: `Bearer ${key}` },
        payload: { subjects: Array.from({ length: 1001 }, () => clean), scenario: 'bidding' },
      });
      expect([many.statusCode, many.json().code, many.json().errors[0].code]).toEqual([400, 'VALIDATION_FAILED', 'TOO_BIG']);
      const noScenario = await t.app.inject({ method: 'POST', url: '/api/v1/checks/batch', payload: `${clean}\n`, headers: { authorization: `Bearer ${key}`, 'content-type': 'text/csv' } });
      expect([noScenario.statusCode, noScenario.json().errors[0].field]).toEqual([400, 'body.scenario']);
      const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/checks/batch', payload: { subjects: [clean], scenario: 'bidding' } });
      expect(anonymous.statusCode).toBe(401);
    });
  });
}
