import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { signIn, type SignedIn } from '../../../test/support/sessions.js';

for (const dialect of dialectsUnderTest()) {
  describe(`calendar routes [${dialect}]`, () => {
    let t: TestApp;
    let admin: SignedIn;
    let staff: SignedIn;
    const get = (url: string) => t.app.inject({ url });

    beforeAll(async () => {
      t = await createTestApp(dialect);
      admin = await signIn(t, 'admin');
      staff = await signIn(t, 'staff');
    });
    afterAll(async () => t.close());

    it('publishes a year of the calendar to anyone, the current year by default', async () => {
      const res = await get('/api/v1/calendar?year=2025');
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.year).toBe(2025);
      expect(body.days).toHaveLength(33);
      expect(body.days[0]).toEqual({ date: '2025-01-01', kind: 'holiday', note: '国办发明电〔2024〕12号' });
      expect((await get('/api/v1/calendar')).json()).toEqual({ year: 2026, days: [] });
      expect((await get('/api/v1/calendar?year=1800')).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    });

    it.each([
      ['from=2025-01-24&to=2025-02-10', { from: '2025-01-24', to: '2025-02-10', workingDays: 7 }],
      ['from=2025-02-10&to=2025-01-24', { from: '2025-02-10', to: '2025-01-24', workingDays: -7 }],
      ['from=2025-09-29&add=2', { from: '2025-09-29', to: '2025-10-09', workingDays: 2 }],
      ['from=2025-09-30&add=3', { from: '2025-09-30', to: '2025-10-11', workingDays: 3 }],
      ['from=2025-09-30&add=0', { from: '2025-09-30', to: '2025-09-30', workingDays: 0 }],
    ])('working days: %s', async (query, expected) => {
      const res = await get(`/api/v1/calendar/working-days?${query}`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(expected);
    });

    it.each([
      'from=2025-09-30', 'from=2025-09-30&to=2025-10-09&add=1', 'from=2025-02-30&to=2025-03-01', 'from=2025-09-30&add=-1',
      'from=2025-09-30&add=1.5', 'to=2025-10-09', 'from=2025-09-30&add=999999',
    ])('refuses %s', async (query) => {
      const res = await get(`/api/v1/calendar/working-days?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    });

    it('administrators set and remove days; others may not', async () => {
      const days = [{ date: '2026-10-01', kind: 'holiday', note: '国庆节' }, { date: '2026-10-10', kind: 'workday', note: null }];
      const anonymous = await t.app.inject({ method: 'PUT', url: '/api/v1/admin/calendar/days', payload: days });
      expect(anonymous.statusCode).toBe(401);
      const refused = await t.app.inject({ method: 'PUT', url: '/api/v1/admin/calendar/days', payload: days, headers: staff.headers });
      expect(refused.json()).toMatchObject({ status: 403, code: 'FORBIDDEN' });

      const put = await t.app.inject({ method: 'PUT', url: '/api/v1/admin/calendar/days', payload: days, headers: admin.headers });
      expect(put.statusCode).toBe(200);
      expect(put.json().days).toEqual([
        { date: '2026-10-01', kind: 'holiday', note: '国庆节', updatedBy: admin.userId, updatedAt: '2026-06-15T02:00:00.000Z' },
        { date: '2026-10-10', kind: 'workday', note: null, updatedBy: admin.userId, updatedAt: '2026-06-15T02:00:00.000Z' },
      ]);
      expect((await get('/api/v1/calendar/working-days?from=2026-09-30&add=1')).json().to).toBe('2026-10-02');
      expect((await get('/api/v1/calendar/working-days?from=2026-10-09&add=1')).json().to).toBe('2026-10-10');

      const dup = await t.app.inject({ method: 'PUT', url: '/api/v1/admin/calendar/days', payload: [days[0], days[0]], headers: admin.headers });
      expect(dup.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: '1.date', code: 'CALENDAR_DAY_DUPLICATE' }] });
      const noCsrf = await t.app.inject({ method: 'PUT', url: '/api/v1/admin/calendar/days', payload: days, headers: { cookie: admin.headers.cookie } });
      expect(noCsrf.json().code).toBe('CSRF_TOKEN_INVALID');

      const del = await t.app.inject({ method: 'DELETE', url: '/api/v1/admin/calendar/days/2026-10-10', headers: admin.headers });
      expect(del.statusCode).toBe(204);
      expect((await get('/api/v1/calendar/working-days?from=2026-10-09&add=1')).json().to).toBe('2026-10-12');
      const again = await t.app.inject({ method: 'DELETE', url: '/api/v1/admin/calendar/days/2026-10-10', headers: admin.headers });
      expect(again.json()).toMatchObject({ status: 404, code: 'CALENDAR_DAY_NOT_FOUND' });
      expect((await t.app.inject({ method: 'DELETE', url: '/api/v1/admin/calendar/days/2026-10-01', headers: staff.headers })).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'DELETE', url: '/api/v1/admin/calendar/days/tomorrow', headers: admin.headers })).statusCode).toBe(400);
    });
  });
}
