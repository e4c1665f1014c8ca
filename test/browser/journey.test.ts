import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, NAMES, startPortal, type RunningPortal } from './support.js';

let portal: RunningPortal;
let browser: Browser;

beforeAll(async () => {
  portal = await startPortal();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

/** A fresh page that fails the test on any script error or dialog. */
async function openPage(): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
  const page = await browser.newPage({ locale: 'zh-CN' });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { page, dialogs, errors };
}

describe('public portal in Chromium', () => {
  it('searches by a two-character fragment and reads the profile', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${portal.baseUrl}/`);
    await expect(page.title()).resolves.toContain('信用南山');
    await page.getByLabel('查询内容').fill('蔚蓝');
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/\/search\?q=/);
    const result = page.getByRole('link', { name: NAMES.blue });
    await expect(result.isVisible()).resolves.toBe(true);
    await expect(page.getByText(NAMES.blueFormer).isVisible()).resolves.toBe(true);
    await result.click();
    await page.waitForURL(`${portal.baseUrl}/subjects/${portal.codes.blue}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(NAMES.blue);
    const codeRow = page.locator('.profile-row', { has: page.locator('dt', { hasText: '统一社会信用代码' }) });
    await expect(codeRow.locator('dd').textContent()).resolves.toBe(portal.codes.blue);
    // The stylesheet loaded under the CSP: the header strip has the accent colour.
    type StyleWindow = { getComputedStyle(el: unknown): { backgroundColor: string } };
    const accent = await page.locator('.site-nav').evaluate((el) => (globalThis as unknown as StyleWindow).getComputedStyle(el).backgroundColor);
    expect(accent).toBe('rgb(163, 20, 28)');
    // The print button is progressive: shown only because app.js ran.
    await expect(page.getByRole('button', { name: '打印本页' }).isVisible()).resolves.toBe(true);
    if (process.env.SCREENSHOTS === '1') {
      mkdirSync('docs/screenshots', { recursive: true });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({ path: 'docs/screenshots/profile.png', fullPage: true });
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a script-like name as text: no dialog fires', async () => {
    const { page, dialogs, errors } = await openPage();
    await page.goto(`${portal.baseUrl}/search?q=${encodeURIComponent('有限公司')}`);
    await expect(page.getByRole('link', { name: NAMES.script }).isVisible()).resolves.toBe(true);
    await page.goto(`${portal.baseUrl}/subjects/${portal.codes.script}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(NAMES.script);
    await page.goto(`${portal.baseUrl}/search?q=${encodeURIComponent('"><script>alert(2)</script>')}`);
    await expect(page.getByLabel('查询内容').inputValue()).resolves.toBe('"><script>alert(2)</script>');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches to English and keeps the choice', async () => {
    const { page } = await openPage();
    await page.goto(`${portal.baseUrl}/subjects/${portal.codes.blue}`);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.getByText('Unified social credit code').first().isVisible()).resolves.toBe(true);
    await page.goto(`${portal.baseUrl}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Search public credit information');
    await page.close();
  });
});
