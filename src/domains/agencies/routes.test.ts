import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { makeUscc } from '../../../test/support/factories.js';
import { systemActor } from '../../kernel/actor.js';
import { seedComplaintPeople, type ComplaintPeople } from '../complaints/testing.js';
import { mayChangeStatus } from './rules.js';
import { AGENCY_STATUSES } from './schema.js';
import { DEMO_AGENCIES, seedDemoAgencies } from './demo.js';

const filing = (n: number, extra: Record<string, unknown> = {}) => ({
  name: `深圳市第${n}信用服务有限公司`, uscc: makeUscc(6100 + n), legalRep: '陈明', address: '深圳市南山区粤海街道科技园',
  services: ['credit_report', 'credit_rating'], filingNo: `深南信备〔2026〕${n}号`, filedOn: '2026-03-01', contactPhone: '0755-86000000', ...extra,
});

describe('agency filing status rules', () => {
  const allowed = new Set(['filed>suspended', 'filed>revoked', 'suspended>filed', 'suspended>revoked']);
  it.each(AGENCY_STATUSES.flatMap((from) => AGENCY_STATUSES.map((to) => ({ from, to }))))('$from → $to', ({ from, to }) => {
    expect(mayChangeStatus(from, to)).toBe(allowed.has(`${from}>${to}`));
  });
});

/** The registry over HTTP: the office files and changes status, anyone reads the public list (no staff, no contact). */
for (const dialect of dialectsUnderTest()) {
  describe(`agencies routes [${dialect}]`, () => {
    let t: TestApp;
    let p: ComplaintPeople;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      p = await seedComplaintPeople(t);
    });
    afterAll(async () => t.close());
    const post = (url: string, payload: unknown, headers = p.office) => t.app.inject({ method: 'POST', url, payload: payload as Record<string, unknown>, headers });

    it('files agencies, keeps staff and status history, and publishes the filing only', async () => {
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/agencies', payload: filing(1) })).statusCode).toBe(401);
      expect((await post('/api/v1/agencies', filing(1), p.market)).statusCode).toBe(403);
      const created = await post('/api/v1/agencies', filing(1));
      expect(created.statusCode).toBe(201);
      const id = created.json().id as string;
      expect(created.json()).toMatchObject({ status: 'filed', history: [{ fromStatus: null, toStatus: 'filed' }] });
      expect((await post('/api/v1/agencies', filing(1, { filingNo: 'X-1' }))).json().code).toBe('AGENCY_DUPLICATE');
      expect((await post('/api/v1/agencies', filing(2, { uscc: '91440300708461136A' }))).json().errors[0].code).toBe('AGENCY_USCC_INVALID');

      const staffed = await post(`/api/v1/agencies/${id}/staff`, { name: '林晓', role: '信用分析师' });
      const staffId = staffed.json().staff[0].id as string;
      expect((await post(`/api/v1/agencies/${id}/staff/${staffId}/remove`, {})).json().staff[0].removedOn).toBe('2026-06-15');
      expect((await post(`/api/v1/agencies/${id}/staff/${staffId}/remove`, {})).json().code).toBe('AGENCY_STAFF_NOT_FOUND');

      expect((await post(`/api/v1/agencies/${id}/status`, { status: 'suspended', reason: '年度检查发现违规收费' })).json().status).toBe('suspended');
      const listed = (await t.app.inject({ url: '/api/v1/agencies' })).json();
      expect(listed.items).toEqual([expect.objectContaining({ id, status: 'suspended' })]);
      expect(JSON.stringify(listed)).not.toContain('0755-86000000');
      const publicView = (await t.app.inject({ url: `/api/v1/agencies/${makeUscc(6101)}` })).json();
      expect(publicView.staff).toBeUndefined();
      expect((await t.app.inject({ url: `/api/v1/agencies/${id}`, headers: p.auditor })).json().staff).toHaveLength(1);

      expect((await post(`/api/v1/agencies/${id}/status`, { status: 'revoked', reason: '拒不整改' })).json().history.map((h: { toStatus: string }) => h.toStatus)).toEqual(['filed', 'suspended', 'revoked']);
      expect((await post(`/api/v1/agencies/${id}/status`, { status: 'filed', reason: '恢复' })).json().code).toBe('AGENCY_STATUS_INVALID');
      expect((await t.app.inject({ url: '/api/v1/agencies' })).json().items).toEqual([]);
      expect((await t.app.inject({ url: '/api/v1/agencies?status=revoked' })).json().items).toHaveLength(1);
    });

    it('seeds the demo agencies once', async () => {
      const registry = t.ctx.services.agencies;
      expect(await seedDemoAgencies(registry)).toBe(DEMO_AGENCIES.length);
      expect(await seedDemoAgencies(registry)).toBe(0);
      expect((await registry.list({ q: '南山诚信' })).items).toHaveLength(1);
      expect((await registry.get(systemActor, DEMO_AGENCIES[0]!.uscc)).name).toBe(DEMO_AGENCIES[0]!.name);
    });
  });
}
