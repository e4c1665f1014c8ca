import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import ExcelJS from 'exceljs';
import { loadConfig } from '../../src/app/config.js';
import { openContext } from '../../src/app/open-context.js';
import { buildApp } from '../../src/app/build-app.js';
import { seedOnFirstStart } from '../../src/app/seed.js';
import type { AppContext } from '../../src/app/context.js';
import type { HttpApp } from '../../src/kernel/http.js';
import { systemActor } from '../../src/kernel/actor.js';
import { addDays } from '../../src/kernel/calendar/index.js';
import { chinaDate, systemClock } from '../../src/kernel/clock.js';
import { insertRecord } from '../../src/domains/stats/provider-quality-testing.js';
import { sampleUscc } from '../../src/domains/catalog/testing.js';
import { launchBrowser } from './support.js';

const DOC_NO = '深南市监罚〔2026〕迟报001号';
const PASSWORD = 'Overview-Journey-2026!';

let dir: string;
let ctx: AppContext;
let app: HttpApp;
let baseUrl: string;
let browser: Browser;

/** A portal with demo data (subjects and records through the real services), one known late penalty, and the summary built. */
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xinyong-dashboard-'));
  const config = loadConfig({ NODE_ENV: 'test', XINYONG_DB: join(dir, 'd.db'), XINYONG_SECRETS_FILE: join(dir, 's.json'), XINYONG_SEED_DEMO: 'true', XINYONG_DEMO_SUBJECTS: '300', XINYONG_ADMIN_PASSWORD: 'Admin-Journey-2026!', LOG_LEVEL: 'silent' });
  ctx = await openContext({ config });
  await seedOnFirstStart(ctx, () => {});
  const { accounts } = ctx.services;
  const dept = await accounts.createDepartment(systemActor, { code: sampleUscc(880_001, '11'), name: '南山区市场监督管理局（演示）', kind: 'government' });
  const office = await accounts.createDepartment(systemActor, { code: sampleUscc(880_002, '11'), name: '南山区信用办（演示）', kind: 'credit_office' });
  await accounts.createUser(systemActor, { username: 'head-of-office', displayName: '信用办主任', password: PASSWORD, role: 'staff', departmentId: office.id });
  const subjectId = (await ctx.database.db.selectFrom('subjects').select('id').limit(1).executeTakeFirstOrThrow()).id;
  const today = chinaDate(systemClock);
  await insertRecord(ctx.database.db, { id: 'journey-late', departmentId: dept.id, subjectId, type: 'admin_penalty', docNo: DOC_NO, decisionDate: addDays(today, -40), firstReceivedAt: new Date(Date.now() - 3600_000).toISOString() });
  await ctx.services.statsAggregator.drain();
  app = await buildApp(ctx, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  baseUrl = `http://127.0.0.1:${address.port}`;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await ctx?.database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the head of the credit office reads the dashboards in Chromium', () => {
  it('opens the overview, drills down from a department\'s timeliness to its late records, and downloads the workbook', async () => {
    const page = await browser.newPage({ locale: 'zh-CN', acceptDownloads: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${baseUrl}/login?next=/console/dashboard`);
    await page.getByLabel('用户名', { exact: true }).fill('head-of-office');
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL(/\/console\/dashboard/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('统计分析');
    await expect(page.locator('figure.chart svg').count()).resolves.toBeGreaterThanOrEqual(3);
    await expect(page.getByRole('heading', { name: '信用信息覆盖面' }).count()).resolves.toBe(1);

    if (process.env.SCREENSHOTS === '1') {
      mkdirSync('docs/screenshots', { recursive: true });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({ path: 'docs/screenshots/dashboard-overview.png', fullPage: true });
    }

    // The timeliness table: the department's late figure links to the records behind it.
    const row = page.locator('#timeliness tr', { hasText: '南山区市场监督管理局（演示）' });
    await row.getByRole('link').click();
    await page.waitForURL(/\/console\/quality\/[^/]+\/late/);
    await expect(page.getByText(DOC_NO).isVisible()).resolves.toBe(true);

    await page.goBack();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toBe('xinyong-overview.xlsx');
    const file = join(dir, 'overview.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as never);
    const sheet = wb.worksheets.find((w) => w.getCell('A1').value === '各部门双公示按时报送率')!;
    const values = sheet.getRows(4, sheet.rowCount)!.map((r) => r.getCell(1).value);
    expect(values).toContain('南山区市场监督管理局（演示）');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
