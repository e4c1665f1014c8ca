import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { enterpriseInput } from '../../../test/support/factories.js';
import { signIn, type SignedIn } from '../../../test/support/sessions.js';
import { systemActor } from '../../kernel/actor.js';
import { fixedClock } from '../../kernel/clock.js';
import { insertBatch, insertRecord } from './provider-quality-testing.js';

for (const dialect of dialectsUnderTest()) {
  describe(`provider quality routes [${dialect}]`, () => {
    let t: TestApp;
    let provider: SignedIn;
    let other: SignedIn;
    let auditor: SignedIn;
    let departmentId: string;
    const get = (url: string, who?: SignedIn) => t.app.inject({ url, headers: who?.headers ?? {} });

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock: fixedClock('2025-11-20T02:00:00.000Z') });
      [provider, other, auditor] = [await signIn(t, 'provider'), await signIn(t, 'provider'), await signIn(t, 'auditor')];
      departmentId = (await t.ctx.services.accounts.getUser(systemActor, provider.userId)).departmentId!;
      const subject = await t.ctx.services.subjects.create(systemActor, enterpriseInput(1));
      const db = t.ctx.database.db;
      // Decided Fri 09-26, received Tue 10-14: 8 working days across 国庆 (late); decided Thu 10-09, received 10-10: 1.
      await insertRecord(db, { id: 'late-1', departmentId, subjectId: subject.id, type: 'admin_penalty', docNo: '深南罚〔2025〕1号', decisionDate: '2025-09-26', firstReceivedAt: '2025-10-14T02:00:00.000Z' });
      await insertRecord(db, { id: 'timely-1', departmentId, subjectId: subject.id, type: 'admin_penalty', docNo: '深南罚〔2025〕2号', decisionDate: '2025-10-09', firstReceivedAt: '2025-10-10T02:00:00.000Z' });
      await insertBatch(db, { departmentId, type: 'admin_penalty', channel: 'file', startedAt: '2025-10-14T02:00:00.000Z', created: 2, rejected: 1, errors: [[3, 'DATE_INVALID']] });
    });
    afterAll(async () => t.close());

    it('answers the report to a provider (its department only) and to an auditor (all)', async () => {
      const own = await get('/api/v1/stats/provider-quality', provider);
      expect(own.statusCode).toBe(200);
      expect(own.headers['cache-control']).toBe('no-store');
      expect(own.json()).toMatchObject({ from: '2024-11-21', to: '2025-11-20', targetWorkingDays: 7 });
      expect(own.json().departments).toEqual([expect.objectContaining({
        department: expect.objectContaining({ id: departmentId }), received: 3, rejected: 1, rejectionRate: 1 / 3,
        topErrors: [{ code: 'DATE_INVALID', count: 1 }],
        timeliness: { measured: 2, onTime: 1, late: 1, onTimeShare: 0.5, medianWorkingDays: 1, p90WorkingDays: 8 },
      })]);
      const all = await get('/api/v1/stats/provider-quality?from=2025-10-01&to=2025-10-31', auditor);
      expect(all.json().departments).toHaveLength(2); // both providers' departments (an auditor has none)
      expect(all.json().from).toBe('2025-10-01');
    });

    it('lists late records to those who may see the department', async () => {
      const late = await get(`/api/v1/stats/provider-quality/${departmentId}/late`, provider);
      expect(late.statusCode).toBe(200);
      expect(late.json()).toMatchObject({ total: 1, page: 1, hasMore: false, items: [{ recordId: 'late-1', docNo: '深南罚〔2025〕1号', receivedDate: '2025-10-14', workingDays: 8 }] });
      expect((await get(`/api/v1/stats/provider-quality/${departmentId}/late`, auditor)).json().total).toBe(1);
      expect((await get(`/api/v1/stats/provider-quality/${departmentId}/late`, other)).json()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    });

    it('refuses the anonymous and malformed queries', async () => {
      expect((await get('/api/v1/stats/provider-quality')).json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      expect((await get('/api/v1/stats/provider-quality?from=2025-13-01', auditor)).json().code).toBe('VALIDATION_FAILED');
      expect((await get('/api/v1/stats/provider-quality?from=2025-10-02&to=2025-10-01', auditor)).json()).toMatchObject({ status: 400, code: 'PERIOD_INVALID' });
      expect((await get('/api/v1/stats/provider-quality/not-a-uuid/late', auditor)).statusCode).toBe(400);
      expect((await get('/api/v1/stats/provider-quality?colour=red', auditor)).json().code).toBe('VALIDATION_FAILED');
    });
  });
}
