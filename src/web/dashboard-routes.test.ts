import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { enterpriseInput, makeUscc } from '../../test/support/factories.js';
import { systemActor } from '../kernel/actor.js';
import { fixedClock } from '../kernel/clock.js';
import { insertRecord } from '../domains/stats/provider-quality-testing.js';
import { cspSafeSvg } from './dashboard-chart.js';

const HTML = { accept: 'text/html' };

/** The dashboards, the scorecard and the plan in the console: server-rendered charts, tables, drill-down links and workbooks. */
for (const dialect of dialectsUnderTest()) {
  describe(`console dashboards [${dialect}]`, () => {
    let t: TestApp;
    let cookie = '';
    let deptId = '';

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock: fixedClock('2025-11-20T02:00:00.000Z') });
      const { accounts, subjects } = t.ctx.services;
      const dept = await accounts.createDepartment(systemActor, { code: makeUscc(720_001, '11'), name: '南山区<b>市场</b>监督管理局', kind: 'government' });
      deptId = dept.id;
      const office = await accounts.createDepartment(systemActor, { code: makeUscc(720_002, '11'), name: '南山区信用办', kind: 'credit_office' });
      await accounts.createUser(systemActor, { username: 'dash-staff', displayName: '统计', password: 'Dash-Test-2026!', role: 'staff', departmentId: office.id });
      const s = await subjects.create(systemActor, enterpriseInput(1));
      await insertRecord(t.ctx.database.db, { id: 'late-1', departmentId: dept.id, subjectId: s.id, type: 'admin_penalty', docNo: '深南迟报1号', decisionDate: '2025-09-26', firstReceivedAt: '2025-10-14T02:00:00.000Z' });
      await t.ctx.services.statsAggregator.drain();
      const res = await t.app.inject({ method: 'POST', url: '/login', headers: { ...HTML, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ username: 'dash-staff', password: 'Dash-Test-2026!', next: '/console' }).toString() });
      cookie = `xinyong_session=${res.cookies.find((c) => c.name === 'xinyong_session')!.value}`;
    });
    afterAll(async () => t?.close());

    it('the overview shows charts as CSP-safe SVG, a table, and a drill-down from a department\'s late figure to its late records', async () => {
      const res = await t.app.inject({ url: '/console/dashboard?from=2025-10&to=2025-11', headers: { ...HTML, cookie } });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<svg');
      expect(res.body).not.toMatch(/<svg[^]*style="/);
      expect(res.body).not.toContain('<b>市场</b>');
      const href = `/console/quality/${deptId}/late?from=2025-10-01&amp;to=2025-11-30`;
      expect(res.body).toContain(href);
      const late = await t.app.inject({ url: href.replace('&amp;', '&'), headers: { ...HTML, cookie } });
      expect(late.statusCode).toBe(200);
      expect(late.body).toContain('深南迟报1号');
    });

    it('every theme renders, and exports the same table as a workbook', async () => {
      for (const path of ['coverage?by=street', 'records', 'timeliness', 'checks', 'ratings', 'due-process']) {
        const res = await t.app.inject({ url: `/console/dashboard/${path}`, headers: { ...HTML, cookie } });
        expect(res.statusCode, path).toBe(200);
      }
      const x = await t.app.inject({ url: '/console/dashboard/overview/export.xlsx?from=2025-10&to=2025-11', headers: { ...HTML, cookie } });
      expect(x.statusCode).toBe(200);
      expect(x.headers['content-type']).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(x.rawPayload as never);
      const sheet = wb.worksheets.find((w) => w.getCell('A1').value === '各部门双公示按时报送率')!;
      expect(sheet.getRow(4).values).toEqual([undefined, '南山区<b>市场</b>监督管理局', 1, 0, 1, '0%', 8]);
      expect((await t.app.inject({ url: '/console/dashboard?from=2025-13', headers: { ...HTML, cookie } })).statusCode).toBe(400);
    });

    it('the scorecard and the plan pages, with their export; anonymous visitors are sent to sign in', async () => {
      expect((await t.app.inject({ url: '/console/assessment?month=2025-10', headers: { ...HTML, cookie } })).body).toContain('南山区&lt;b&gt;市场&lt;/b&gt;监督管理局');
      const x = await t.app.inject({ url: '/console/assessment/export.xlsx?month=2025-10', headers: { ...HTML, cookie } });
      expect(x.headers['content-disposition']).toContain('xinyong-assessment-2025-10.xlsx');
      const plan = await t.app.inject({ url: '/console/plan?overdue=true', headers: { ...HTML, cookie } });
      expect(plan.body).toContain('NS-04-04-01');
      expect(plan.body).toContain('class="overdue"');
      expect((await t.app.inject({ url: '/console/dashboard', headers: HTML })).statusCode).toBe(303);
      expect((await t.app.inject({ url: '/api/v1/stats/overview' })).statusCode).toBe(401);
    });

    it('cspSafeSvg turns style declarations into attributes and drops <style> blocks', () => {
      expect(cspSafeSvg('<svg width="10" height="5"><text style="font-size:12px;font-family:sans-serif;">x</text><style><![CDATA[.a{}]]></style></svg>'))
        .toBe('<svg width="100%"><text font-size="12px" font-family="sans-serif">x</text></svg>');
    });
  });
}
