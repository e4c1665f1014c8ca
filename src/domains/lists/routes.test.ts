import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { fixedClock } from '../../kernel/clock.js';
import { proposal, seedListPeople, type ListPeople } from './testing.js';

type Headers = { cookie: string; 'x-csrf-token': string };

/** The lists API over HTTP: public list types, the procedure with sessions, CSRF, Idempotency-Key and problem+json refusals. */
for (const dialect of dialectsUnderTest()) {
  describe(`lists routes [${dialect}]`, () => {
    let t: TestApp;
    let p: ListPeople;
    const clock = fixedClock('2026-06-15T02:00:00.000Z');
    const as: Record<string, Headers> = {};

    async function login(username: string): Promise<Headers> {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: 'Lists-Test-2026!' } });
      expect(res.statusCode).toBe(200);
      const cookie = res.cookies.find((c) => c.name === 'xinyong_session')!;
      return { cookie: `xinyong_session=${cookie.value}`, 'x-csrf-token': res.json().csrfToken };
    }
    const post = (url: string, who: Headers | undefined, payload: unknown, extra: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url, payload: payload as Record<string, unknown>, headers: { ...(who ?? {}), ...extra } });

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      p = await seedListPeople(t.ctx.services);
      for (const name of ['office', 'reviewer', 'merchant', 'sector']) as[name] = await login(`lists-${name}-1`);
    });
    afterAll(async () => t.close());

    it('publishes the list types to anyone', async () => {
      const res = await t.app.inject({ url: '/api/v1/list-types' });
      expect(res.statusCode).toBe(200);
      const items = res.json().items as Array<{ code: string; kind: string; legalBasis: string[] }>;
      expect(items.length).toBeGreaterThanOrEqual(16);
      expect(items.find((i) => i.code === 'procurement_serious_violation')!.legalBasis.join()).toContain('财库〔2016〕125号');
    });

    it('runs the procedure over HTTP with stable refusal codes', async () => {
      const body = proposal('honest_merchant', p.subjects.merchant.code);
      expect((await post('/api/v1/list-entries', undefined, body)).statusCode).toBe(401);
      expect((await post('/api/v1/list-entries', as.sector, body)).json()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
      expect((await post('/api/v1/list-entries', { cookie: as.office!.cookie } as Headers, body)).json().code).toBe('CSRF_TOKEN_INVALID');

      const created = await post('/api/v1/list-entries', as.office, body, { 'idempotency-key': 'k-1' });
      expect(created.statusCode).toBe(201);
      const id = created.json().id as string;
      const replay = await post('/api/v1/list-entries', as.office, body, { 'idempotency-key': 'k-1' });
      expect([replay.statusCode, replay.json().id]).toEqual([200, id]);
      const dup = await post('/api/v1/list-entries', as.office, body);
      expect(dup.statusCode).toBe(409);
      expect(dup.headers['content-type']).toContain('application/problem+json');
      expect(dup.json()).toMatchObject({ code: 'LIST_ENTRY_DUPLICATE' });
      expect((await post('/api/v1/list-entries', as.office, proposal('major_tax_violation', p.subjects.other.code))).json().code).toBe('LIST_TYPE_UPSTREAM');
      const invalid = await post('/api/v1/list-entries', as.office, { ...body, reasons: '', extra: 1 });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json().code).toBe('VALIDATION_FAILED');

      expect((await post(`/api/v1/list-entries/${id}/decide`, as.reviewer, { decisionNo: '深南信办〔2026〕1号' })).json().code).toBe('LIST_NOTICE_REQUIRED');
      const notified = await post(`/api/v1/list-entries/${id}/notify`, as.office, {});
      expect(notified.json().notice).toMatchObject({ noticeDate: '2026-06-15', objectionDeadline: '2026-06-22' });
      expect((await post(`/api/v1/list-entries/${id}/decide`, as.reviewer, { decisionNo: '深南信办〔2026〕1号' })).json().code).toBe('LIST_OBJECTION_WINDOW_OPEN');

      const objected = await post(`/api/v1/list-entries/${id}/objections`, as.merchant, { content: '本店已于上月更名，请核实。' });
      expect(objected.statusCode).toBe(200);
      const objectionId = objected.json().objections[0].id as string;
      const answered = await post(`/api/v1/list-entries/${id}/objections/${objectionId}/answer`, as.reviewer, { answer: '已核实更名，不影响推荐。' });
      expect(answered.json().objections[0].answer).toBe('已核实更名，不影响推荐。');

      const decided = await post(`/api/v1/list-entries/${id}/decide`, as.reviewer, { decisionNo: '深南信办〔2026〕1号' });
      expect(decided.json()).toMatchObject({ status: 'in_effect', decision: { effectiveFrom: '2026-06-15', effectiveTo: '2029-06-15' } });
      expect((await post(`/api/v1/list-entries/${id}/withdraw`, as.office, { reason: '撤回' })).json().code).toBe('LIST_ENTRY_STATE_INVALID');

      const detail = await t.app.inject({ url: `/api/v1/list-entries/${id}`, headers: as.office });
      expect(detail.headers['cache-control']).toBe('no-store');
      expect(detail.json().history.map((h: { step: string }) => h.step)).toEqual(['propose', 'notify', 'object', 'answer', 'decide']);
      const own = await t.app.inject({ url: `/api/v1/list-entries/${id}`, headers: as.merchant });
      expect(own.json().history.every((h: { actor: { id: string | null } }) => h.actor.id === null)).toBe(true);

      const listed = await t.app.inject({ url: '/api/v1/list-entries?status=in_effect&listType=honest_merchant', headers: as.reviewer });
      expect(listed.json()).toMatchObject({ items: [{ id, status: 'in_effect', subject: { code: p.subjects.merchant.code } }], hasMore: false });
      expect((await t.app.inject({ url: '/api/v1/list-entries?status=expired', headers: as.reviewer })).json().items).toEqual([]);
      expect((await t.app.inject({ url: '/api/v1/list-entries', headers: as.sector })).statusCode).toBe(403);
      expect((await t.app.inject({ url: '/api/v1/list-entries/0199a000-0000-7000-8000-000000000001', headers: as.office })).json().code).toBe('LIST_ENTRY_NOT_FOUND');

      expect(await t.ctx.services.lists.entriesInEffect(p.subjects.merchant.id, '2026-06-15')).toHaveLength(1);
    });
  });
}
