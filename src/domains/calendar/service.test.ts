import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { anonymousActor, systemActor, type Actor } from '../../kernel/actor.js';
import { defaultCalendar } from '../../kernel/calendar/index.js';

const admin: Actor = { ...systemActor, kind: 'user', id: 'u-admin', role: 'admin' };
const staff: Actor = { ...systemActor, kind: 'user', id: 'u-staff', role: 'staff' };

for (const dialect of dialectsUnderTest()) {
  describe(`calendar service [${dialect}]`, () => {
    let t: TestApp;
    const calendar = () => t.ctx.services.calendar;
    const audits = async (action: string) =>
      (await t.ctx.database.db.selectFrom('auditLog').select(['action', 'actorId', 'details']).where('action', '=', action).orderBy('seq').execute());

    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(async () => t.close());

    it('starts from the 2025 schedule of the reference data', async () => {
      const { year, days } = await calendar().list({ year: 2025 });
      expect(year).toBe(2025);
      expect(days.filter((d) => d.kind === 'holiday')).toHaveLength(28);
      expect(days.filter((d) => d.kind === 'workday').map((d) => d.date)).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
      expect(days[0]).toMatchObject({ date: '2025-01-01', kind: 'holiday', note: '国办发明电〔2024〕12号', updatedBy: null });
      const cal = await calendar().calendar();
      expect(cal.workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248);
      expect(cal.addWorkingDays('2025-09-29', 2)).toBe(defaultCalendar().addWorkingDays('2025-09-29', 2));
      expect((await calendar().list()).year).toBe(2026); // the test clock's year
    });

    it('sets days (insert or replace), audited, and the cached calendar follows at once', async () => {
      const before = await calendar().calendar();
      expect(before.isWorkingDay('2026-01-01')).toBe(true); // Thursday, not loaded yet
      expect(await calendar().calendar()).toBe(before); // cached

      const set = await calendar().setDays(admin, [
        { date: '2026-01-01', kind: 'holiday', note: '元旦' },
        { date: '2026-01-04', kind: 'workday', note: ' 调休上班 ' },
      ]);
      expect(set).toEqual([
        { date: '2026-01-01', kind: 'holiday', note: '元旦', updatedBy: 'u-admin', updatedAt: '2026-06-15T02:00:00.000Z' },
        { date: '2026-01-04', kind: 'workday', note: '调休上班', updatedBy: 'u-admin', updatedAt: '2026-06-15T02:00:00.000Z' },
      ]);
      const after = await calendar().calendar();
      expect(after.isWorkingDay('2026-01-01')).toBe(false);
      expect(after.isWorkingDay('2026-01-04')).toBe(true); // Sunday
      expect(after.addWorkingDays('2025-12-31', 1)).toBe('2026-01-02');

      await calendar().setDays(admin, [{ date: '2026-01-01', kind: 'holiday', note: '元旦（更正）' }]);
      expect((await calendar().list({ year: 2026 })).days.map((d) => [d.date, d.note])).toEqual([['2026-01-01', '元旦（更正）'], ['2026-01-04', '调休上班']]);

      const entries = await audits('calendar.set_days');
      expect(entries).toHaveLength(2);
      expect(entries[0]!.actorId).toBe('u-admin');
      expect(JSON.parse(entries[0]!.details!)).toEqual({ days: [{ date: '2026-01-01', kind: 'holiday', note: '元旦' }, { date: '2026-01-04', kind: 'workday', note: '调休上班' }] });
    });

    it('refuses a date given twice and a workday that is a weekday anyway, storing nothing', async () => {
      await expect(calendar().setDays(admin, [
        { date: '2026-02-16', kind: 'holiday' }, { date: '2026-02-16', kind: 'holiday' },
      ])).rejects.toMatchObject({ code: 'VALIDATION_FAILED', status: 400, errors: [expect.objectContaining({ field: '1.date', code: 'CALENDAR_DAY_DUPLICATE' })] });
      await expect(calendar().setDays(admin, [{ date: '2026-02-18', kind: 'workday' }])) // Wednesday
        .rejects.toMatchObject({ errors: [expect.objectContaining({ field: '0.kind', code: 'CALENDAR_WORKDAY_NOT_WEEKEND' })] });
      await expect(calendar().setDays(admin, [{ date: '2026-02-30', kind: 'holiday' }])).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      await expect(calendar().setDays(admin, [{ date: '2026-02-17', kind: 'weekend' }])).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      await expect(calendar().setDays(admin, [])).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      expect((await calendar().list({ year: 2026 })).days.map((d) => d.date)).toEqual(['2026-01-01', '2026-01-04']);
    });

    it('lets only administrators write', async () => {
      await expect(calendar().setDays(staff, [{ date: '2026-05-01', kind: 'holiday' }])).rejects.toMatchObject({ code: 'FORBIDDEN', status: 403 });
      await expect(calendar().setDays(anonymousActor(), [{ date: '2026-05-01', kind: 'holiday' }])).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      await expect(calendar().removeDay(staff, '2026-01-01')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });

    it('removes a day, audited, and the calendar counts it as a plain day again', async () => {
      expect((await calendar().calendar()).isWorkingDay('2026-01-04')).toBe(true);
      await calendar().removeDay(admin, '2026-01-04');
      expect((await calendar().calendar()).isWorkingDay('2026-01-04')).toBe(false);
      expect(JSON.parse((await audits('calendar.remove_day'))[0]!.details!)).toEqual({ date: '2026-01-04', kind: 'workday', note: '调休上班' });
      await expect(calendar().removeDay(admin, '2026-01-04')).rejects.toMatchObject({ code: 'CALENDAR_DAY_NOT_FOUND', status: 404 });
      expect(await audits('calendar.remove_day')).toHaveLength(1);
    });
  });
}
