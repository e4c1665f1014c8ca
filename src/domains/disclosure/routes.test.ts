import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { fixedClock } from '../../kernel/clock.js';
import { SAMPLE_AUTHORITY } from '../records/testing.js';
import { DEBTOR_ID, DOCS, E1, E2, HIDDEN_LIST, OFFICE_LISTING, PERSON, TODAY, insertHiddenListType, seedDisclosures, seedOfficeListing } from './testing.js';

const FULL_ID = /[1-8]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]/;
/** Fields of the records table and of the internal presenters that no public response may carry. */
const INTERNAL_KEYS = [
  ...['disclosure', 'status', 'contentHash', 'subjectId', 'naturalKey', 'typeVersion', 'version', 'inPublicity', 'firstReceivedAt', 'lastReceivedAt', 'sourceDepartmentId'].map((k) => `"${k}":`),
  ...['idNumber', 'idType', 'legalRepIdNumber', 'legalRepIdType'].map((k) => `"key":"${k}"`),
];

for (const dialect of dialectsUnderTest()) {
  describe(`public listings over HTTP [${dialect}]`, () => {
    let t: TestApp;
    const get = (url: string) => t.app.inject({ method: 'GET', url });

    const clock = fixedClock('2026-06-01T02:00:00.000Z');

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      await insertHiddenListType(t.ctx.database.db);
      await seedDisclosures(t.ctx.services);
      await seedOfficeListing(t.ctx.services, clock);
    }, 60_000);
    afterAll(async () => t.close());

    it('GET /api/v1/disclosures/penalties and /licences: newest first, filtered, rate-limited', async () => {
      const res = await get('/api/v1/disclosures/penalties');
      expect(res.statusCode).toBe(200);
      expect(res.headers['x-ratelimit-limit']).toBe('120');
      const body = res.json();
      expect(body.items.map((i: { docNo: string }) => i.docNo)).toEqual(DOCS.penalties.visible);
      expect([body.kind, body.page, body.pageSize, body.hasMore]).toEqual(['penalties', 1, 20, false]);
      const filtered = (await get(`/api/v1/disclosures/penalties?department=${SAMPLE_AUTHORITY.code}&from=2026-05-01&to=2026-05-31`)).json();
      expect(filtered.items.map((i: { docNo: string }) => i.docNo)).toEqual(['P1']);
      expect((await get('/api/v1/disclosures/licences')).json().items.map((i: { docNo: string }) => i.docNo)).toEqual(DOCS.licences.visible);
    });

    it('refuses pages past the cap, page sizes over 50, inverted dates and unknown parameters', async () => {
      for (const query of ['page=51', 'pageSize=51', 'from=2026-06-02&to=2026-06-01', 'from=2026-13-01', 'subject=x']) {
        const res = await get(`/api/v1/disclosures/penalties?${query}`);
        expect(res.statusCode, query).toBe(400);
        expect(res.json().code, query).toBe('VALIDATION_FAILED');
      }
      for (const query of ['page=51', 'pageSize=51', 'page=0', 'at=2026-07-01']) {
        const res = await get(`/api/v1/lists/abnormal_operation?${query}`);
        expect(res.statusCode, query).toBe(400);
        expect(res.json().code, query).toBe('VALIDATION_FAILED');
      }
    });

    it('GET /api/v1/lists: the public list types with their basis, authority and entries in effect today', async () => {
      const res = await get('/api/v1/lists');
      expect(res.statusCode).toBe(200);
      expect(res.headers['x-ratelimit-limit']).toBe('120');
      const body = res.json();
      expect(body.at).toBe(TODAY);
      expect(body.items).toHaveLength(18);
      expect(body.items[0]).toEqual({
        code: 'dishonest_judgment_debtor', name: '失信被执行人名单', nameEn: expect.any(String), kind: 'black', origin: 'upstream',
        legalBasis: expect.arrayContaining([expect.stringContaining('失信被执行人')]), decidingAuthority: expect.any(String), count: 1,
      });
      const counts = Object.fromEntries(body.items.map((x: { code: string; count: number }) => [x.code, x.count]));
      expect(counts).toMatchObject({ dishonest_judgment_debtor: 1, procurement_serious_violation: 1, abnormal_operation: 1, honest_merchant: 1, tax_credit_a: 0 });
      expect(counts[HIDDEN_LIST]).toBeUndefined();
    });

    it('GET /api/v1/lists/{listType}: who is on it today, upstream and office; unknown or non-public lists are 404', async () => {
      const black = await get('/api/v1/lists/procurement_serious_violation');
      expect(black.statusCode).toBe(200);
      expect(black.json()).toEqual({
        listType: 'procurement_serious_violation', name: '政府采购严重违法失信名单', nameEn: expect.any(String), kind: 'black', origin: 'upstream', at: TODAY,
        items: [{
          entryId: expect.any(String), subject: { code: E1.code, name: E1.name, type: 'enterprise', idNumberMasked: null }, decisionNo: DOCS.black,
          decidedBy: SAMPLE_AUTHORITY.name, legalBasis: expect.any(String), effectiveFrom: '2026-01-15', effectiveTo: '2029-01-14',
        }],
        page: 1, pageSize: 20, hasMore: false,
      });
      const red = (await get('/api/v1/lists/honest_merchant?pageSize=5')).json();
      expect(red).toMatchObject({ origin: 'office', pageSize: 5, items: [{ subject: { code: E2.code }, decisionNo: OFFICE_LISTING.decisionNo, effectiveFrom: TODAY, effectiveTo: OFFICE_LISTING.effectiveTo }] });
      expect((await get('/api/v1/lists/honest_merchant?page=2&pageSize=5')).json()).toMatchObject({ items: [], page: 2, hasMore: false });
      for (const code of [HIDDEN_LIST, 'admin_penalty', 'court_dishonest_debtor', 'no_such_list']) {
        const missing = await get(`/api/v1/lists/${code}`);
        expect(missing.statusCode, code).toBe(404);
        expect(missing.json().code, code).toBe('LIST_TYPE_NOT_FOUND');
      }
    });

    it('takes an office entry off the list after its planned exit date', async () => {
      clock.set('2026-07-01T02:00:00.000Z');
      try {
        expect((await get('/api/v1/lists/honest_merchant')).json()).toMatchObject({ at: '2026-07-01', items: [] });
        expect((await get('/api/v1/lists')).json().items.find((x: { code: string }) => x.code === 'honest_merchant').count).toBe(0);
      } finally {
        clock.set(`${TODAY}T02:00:00.000Z`);
      }
    });

    it('no public listing carries a full ID number or an internal field', async () => {
      const urls = ['/api/v1/disclosures/penalties', '/api/v1/disclosures/licences', '/api/v1/lists', '/api/v1/lists/dishonest_judgment_debtor', '/api/v1/lists/abnormal_operation', '/api/v1/lists/honest_merchant'];
      for (const url of urls) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(200);
        expect(res.body, url).not.toMatch(FULL_ID);
        expect(res.body, url).not.toContain(PERSON.idNumber);
        expect(res.body, url).not.toContain(DEBTOR_ID);
        for (const key of INTERNAL_KEYS) expect(res.body, `${url} ${key}`).not.toContain(key);
      }
    });
  });
}
