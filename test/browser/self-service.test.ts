import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chinaDate } from '../../src/kernel/clock.js';
import { addDays } from '../../src/kernel/calendar/index.js';
import { seedArchive, seedViewers, VIEWER_PASSWORD, type ArchiveViewers, type SeededArchive } from '../../src/domains/archive/testing.js';
import { launchBrowser, startPortal, type RunningPortal, openPage as openBrowserPage, signIn as signInAs, signOut as signOutOf } from './support.js';

const SUBJECT_PASSWORD = 'Harbour-Lantern-2026!';
const SUBJECT_USER = 'dangan-journey';

let portal: RunningPortal;
let browser: Browser;
let seeded: SeededArchive;
let viewers: ArchiveViewers;

beforeAll(async () => {
  portal = await startPortal();
  seeded = await seedArchive(portal.ctx.services);
  viewers = await seedViewers(portal.ctx.services, seeded);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

const openPage = () => openBrowserPage(browser);
const signIn = (page: Page, username: string, password: string) => signInAs(page, portal.baseUrl, username, password);
const signOut = (page: Page) => signOutOf(page, portal.baseUrl);

describe('subject self-service in Chromium', () => {
  it('activates with a code staff issued, authorises a named user, and sees that user\'s read in its inquiry record', async () => {
    const { page, problems } = await openPage();

    // 1. The credit office finds the subject in the registry and issues an activation code, shown once.
    await signIn(page, viewers.usernames.CreditOffice!, VIEWER_PASSWORD);
    await page.goto(`${portal.baseUrl}/console/subjects?q=${encodeURIComponent('档案测试')}`);
    await page.getByRole('link', { name: seeded.subject.name }).click();
    await page.getByRole('link', { name: '查看信用档案' }).click();
    await page.getByRole('button', { name: '签发激活码' }).click();
    const code = (await page.locator('#activation-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await signOut(page);

    // 2. The subject opens its account with the code and lands on its own archive.
    await page.goto(`${portal.baseUrl}/activate`);
    await page.getByLabel('激活码').fill(code.toLowerCase());
    await page.getByLabel('统一社会信用代码（个人填写居民身份证号码）').fill(seeded.subject.code);
    await page.getByLabel('用户名').fill(SUBJECT_USER);
    await page.getByLabel('显示名称').fill('档案测试科技');
    await page.getByLabel('密码', { exact: true }).fill(SUBJECT_PASSWORD);
    await page.getByLabel('再次输入密码').fill(SUBJECT_PASSWORD);
    await page.getByRole('button', { name: '开通账号' }).click();
    await page.waitForURL(/\/me\?welcome=1$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(seeded.subject.name);
    await expect(page.getByRole('link', { name: '我的信用' }).isVisible()).resolves.toBe(true);

    // 3. It authorises the housing bureau's staff member by username.
    await page.getByRole('link', { name: '授权查询' }).click();
    await page.getByLabel('被授权方用户名或 API 密钥前缀').fill(viewers.usernames.Staff!);
    await page.getByLabel('授权用途').fill('招标资格审查');
    const today = chinaDate({ now: () => new Date() });
    await expect(page.getByLabel('起始日期').inputValue()).resolves.toBe(today);
    await page.getByLabel('截止日期').fill(addDays(today, 30));
    await page.getByRole('button', { name: '授权', exact: true }).click();
    await page.waitForURL(/done=granted/);
    const row = page.locator('tbody tr', { hasText: '查看者 Staff' });
    await expect(row.textContent()).resolves.toContain('有效');
    await signOut(page);

    // 4. That user reads the subject's archive in the console, stating a purpose: the grant lifts it to the authorised level.
    await signIn(page, viewers.usernames.Staff!, VIEWER_PASSWORD);
    await page.goto(`${portal.baseUrl}/console/subjects/${seeded.subject.id}/archive`);
    await page.getByLabel('查询事由').fill('供应商资格审查');
    await page.getByRole('button', { name: '查看档案' }).click();
    await expect(page.getByText('授权查询（依主体授权）').isVisible()).resolves.toBe(true);
    await page.locator('nav.tabs').getByRole('link', { name: /信用评价/ }).click();
    await expect(page.getByText('A-LIVE').first().isVisible()).resolves.toBe(true);
    await signOut(page);

    // 5. The subject signs in again and finds the read, with who, department and purpose, in its inquiry record.
    await signIn(page, SUBJECT_USER, SUBJECT_PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/me');
    await page.getByRole('link', { name: '查询记录' }).click();
    const read = page.locator('tbody tr', { hasText: '供应商资格审查' }).first();
    const text = await read.textContent();
    expect(text).toContain('查看者 Staff');
    expect(text).toContain('深圳市南山区住房和建设局');
    expect(text).toContain('授权查询');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lets the public find the subject by a two-character fragment and open its penalties tab', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${portal.baseUrl}/`);
    await page.getByLabel('查询内容').fill('档案');
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/\/search\?q=/);
    await page.getByRole('link', { name: seeded.subject.name }).click();
    await page.waitForURL(`${portal.baseUrl}/subjects/${seeded.subject.code}`);
    await page.locator('nav.tabs').getByRole('link', { name: /行政处罚/ }).click();
    await page.waitForURL(/tab=penalty/);
    await expect(page.getByRole('heading', { level: 2, name: '行政处罚' }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('P-LIVE').first().isVisible()).resolves.toBe(true);
    // Withdrawn and non-public records are not on the public page.
    await expect(page.getByText('P-WITHDRAWN').count()).resolves.toBe(0);
    await expect(page.getByText('S-LIVE').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
