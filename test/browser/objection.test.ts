import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { chinaDate } from '../../src/kernel/clock.js';
import { addDays } from '../../src/kernel/calendar/index.js';
import { penalty, seedObjectionPeople, type ObjectionPeople } from '../../src/domains/objections/testing.js';
import { launchBrowser, startPortal, type RunningPortal, openPage as openBrowserPage, signIn as signInAs } from './support.js';

// Issue 7 acceptance: a subject objects to a penalty → the credit office accepts and
// self-checks → the source department verifies and corrects it → the public page shows
// the corrected version and the objector's query code shows the outcome. Every step
// is taken in the browser, through the pages a new user would find.

const PASSWORD = 'Objection-Test-2026!';
const DOC_NO = '深市监南罚〔2026〕701号';
const REFUSED_DOC_NO = '深市监南罚〔2026〕702号';

let portal: RunningPortal;
let browser: Browser;
let people: ObjectionPeople;

beforeAll(async () => {
  portal = await startPortal();
  people = await seedObjectionPeople(portal.ctx.services, 1);
  // Recent decisions (the platform runs on the real clock), so both are in their publicity period.
  const decided = addDays(chinaDate({ now: () => new Date() }), -20);
  await penalty(portal.ctx.services, people, DOC_NO, { decisionDate: decided });
  await penalty(portal.ctx.services, people, REFUSED_DOC_NO, { decisionDate: decided, content: '警告。', penaltyKinds: '警告', fineAmount: '' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

const openPage = () => openBrowserPage(browser, { consoleErrors: true });
const signIn = (page: Page, username: string) => signInAs(page, portal.baseUrl, username, PASSWORD);

/** The subject's penalties tab on the public portal, as a visitor reaches it from the search box. */
async function openPenalties(page: Page): Promise<void> {
  await page.goto(`${portal.baseUrl}/`);
  await page.getByLabel('查询内容').fill('异议测试');
  await page.getByRole('button', { name: '查询' }).click();
  await page.waitForURL(/\/search\?q=/);
  await page.getByRole('link', { name: people.subjectName }).click();
  await page.waitForURL(`${portal.baseUrl}/subjects/${people.subjectCode}`);
  await page.locator('nav.tabs').getByRole('link', { name: /行政处罚/ }).click();
  await page.waitForURL(/tab=penalty/);
}

/** The record card holding a decision number. */
const recordCard = (page: Page, docNo: string): Locator => page.locator('article.record', { hasText: docNo });

/** A staff member opens the objection queue from the console menu and the case from the queue. */
async function openCase(page: Page, caseNo: string): Promise<void> {
  await page.goto(`${portal.baseUrl}/console`);
  await page.locator('nav.console-nav').getByRole('link', { name: '异议处理' }).click();
  await page.waitForURL(/\/console\/objections$/);
  await page.getByRole('link', { name: caseNo }).click();
  await page.waitForURL(/\/console\/objections\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(caseNo);
}

/** Fills the note of one action's form on the case page and submits it; the page confirms the step. */
async function takeStep(page: Page, action: string, note: string): Promise<void> {
  const form = page.getByRole('region', { name: action, exact: true });
  await form.getByLabel('说明或理由').fill(note);
  await form.getByRole('button', { name: action, exact: true }).click();
  await page.waitForURL(/\?done=/);
  await expect(page.getByRole('status').textContent()).resolves.toContain(`已办理：${action}`);
}

/** Looks the case up on the public tracking page with its number and query code. */
async function track(page: Page, caseNo: string, queryCode: string): Promise<Locator> {
  await page.goto(`${portal.baseUrl}/objections/track`);
  await page.getByLabel('案件编号').fill(caseNo);
  await page.getByLabel('查询码').fill(queryCode);
  await page.getByRole('button', { name: '查询', exact: true }).click();
  // The answer is the case, or a refusal that says nothing about which half was wrong.
  await page.locator('section.objection-case, [role="alert"]').first().waitFor();
  return page.locator('section.objection-case');
}

/** With SCREENSHOTS=1, a full-page picture of each step (into SCREENSHOTS_DIR, default docs/screenshots). */
async function shot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  const dir = process.env.SCREENSHOTS_DIR ?? 'docs/screenshots';
  mkdirSync(dir, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: join(dir, `objection-${name}.png`), fullPage: true });
}

/** The value shown beside a label in a profile table (`dl.profile`). */
const rowValue = (scope: Locator, label: string) =>
  scope.locator('.profile-row', { has: scope.page().locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');

describe('objection journey in Chromium', () => {
  it('the public objects to a penalty, the source department corrects it, the portal and the query code show the outcome', async () => {
    // 1. A member of the public finds the penalty on the portal and objects from its card.
    const objector = await openPage();
    await openPenalties(objector.page);
    const card = recordCard(objector.page, DOC_NO);
    await expect(card.textContent()).resolves.toContain('人民币5000元');
    await expect(card.locator('.badge-objection').count()).resolves.toBe(0);
    await card.getByRole('link', { name: '提出异议' }).click();
    await objector.page.waitForURL(/\/objections\/new\?record=/);
    await expect(objector.page.getByText(DOC_NO).isVisible()).resolves.toBe(true);
    await objector.page.getByLabel('姓名或单位名称').fill('王小红');
    await objector.page.getByLabel('联系电话或电子邮箱').fill('13800138000');
    await objector.page.getByLabel('异议理由').fill('处罚决定书记载的罚款为人民币三千元，平台公示为五千元，与决定书不符。');
    await shot(objector.page, '1-form');
    await objector.page.getByRole('button', { name: '提交异议' }).click();
    await expect(objector.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('异议已提交');
    await shot(objector.page, '2-receipt');
    const caseNo = (await objector.page.locator('#case-no').textContent())!.trim();
    const queryCode = (await objector.page.locator('#query-code').textContent())!.trim();
    expect(caseNo).toMatch(/^YY\d{8}-\d{6}$/);
    expect(queryCode).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);

    // While the case is open the record carries the 异议处理中 badge, in its own style.
    await openPenalties(objector.page);
    const flagged = recordCard(objector.page, DOC_NO).locator('.badge-objection');
    await expect(flagged.textContent()).resolves.toBe('异议处理中');
    await expect(flagged.evaluate((el) => el.classList.contains('badge-watch'))).resolves.toBe(false);
    type StyleWindow = { getComputedStyle(el: unknown): { backgroundColor: string } };
    const colour = await flagged.evaluate((el) => (globalThis as unknown as StyleWindow).getComputedStyle(el).backgroundColor);
    expect(colour).toBe('rgb(91, 63, 158)');
    await shot(objector.page, '3-flagged');

    // 2. The credit office accepts the case and, after its self-check, forwards it to the source department.
    const office = await openPage();
    await signIn(office.page, 'obj-office-1');
    await openCase(office.page, caseNo);
    await expect(rowValue(office.page.locator('main'), '办理状态').textContent()).resolves.toBe('待受理');
    await expect(rowValue(office.page.locator('main'), '异议人').textContent()).resolves.toBe('王小红（社会公众，未登录）');
    await expect(rowValue(office.page.locator('main'), '联系方式').textContent()).resolves.toBe('13800138000');
    await shot(office.page, '4-office-case');
    await takeStep(office.page, '受理', '材料齐全，予以受理。');
    await expect(rowValue(office.page.locator('main'), '办理状态').textContent()).resolves.toBe('平台自查中');
    await takeStep(office.page, '自查完毕，转来源单位核实', '平台归集数据与来源单位报送一致，转来源单位核实。');
    await expect(rowValue(office.page.locator('main'), '办理状态').textContent()).resolves.toBe('数据来源单位核实中');
    await expect(office.page.getByRole('region', { name: '更正记录', exact: true }).count()).resolves.toBe(0);

    // 3. The source department finds the case in its queue and corrects the record through the correction form.
    const source = await openPage();
    await signIn(source.page, 'obj-source-1');
    await openCase(source.page, caseNo);
    // Three outcomes exclude each other; the page says so and links each form.
    await source.page.locator('main').getByRole('link', { name: '维持原记录', exact: true }).click();
    await source.page.waitForURL(/#action-uphold$/);
    const correction = source.page.getByRole('region', { name: '更正记录', exact: true });
    await expect(correction.getByLabel('行政处罚决定书文号').inputValue()).resolves.toBe(DOC_NO);
    await expect(correction.getByLabel('行政处罚决定书文号').isEditable()).resolves.toBe(false);
    const content = correction.getByLabel('处罚内容');
    await expect(content.inputValue()).resolves.toBe('警告，并处罚款人民币5000元。');
    await shot(source.page, '5-source-case');
    await content.fill('警告，并处罚款人民币3000元。');
    const fine = correction.getByLabel('罚款金额', { exact: true });
    await expect(fine.inputValue()).resolves.toBe('0.5');
    // The amount is in 万元: the form says so, or a department would type 3000 and fine the subject 30 million yuan.
    await expect(correction.locator(`#${await fine.getAttribute('aria-describedby')}`).textContent()).resolves.toContain('单位：万元');
    await fine.fill('0.3');
    await takeStep(source.page, '更正记录', '经核对决定书原件，罚款金额应为三千元，予以更正。');
    await expect(rowValue(source.page.locator('main'), '核实结果').textContent()).resolves.toBe('已更正');
    await expect(rowValue(source.page.locator('main'), '更正后的记录版本').textContent()).resolves.toBe('2');

    // 4. The credit office replies to the objector; the case closes.
    await openCase(office.page, caseNo);
    await takeStep(office.page, '答复异议人', '经来源单位核实，罚款金额已更正为人民币三千元。');
    await expect(rowValue(office.page.locator('main'), '办理状态').textContent()).resolves.toBe('已答复');

    // 5. The public page shows the corrected version, without the badge.
    await openPenalties(objector.page);
    const corrected = recordCard(objector.page, DOC_NO);
    await expect(corrected.textContent()).resolves.toContain('警告，并处罚款人民币3000元。');
    await expect(corrected.textContent()).resolves.not.toContain('5000元');
    await expect(corrected.locator('.badge-objection').count()).resolves.toBe(0);

    // 6. The objector's query code shows the outcome and the reply.
    const result = await track(objector.page, caseNo, queryCode);
    await shot(objector.page, '6-tracked');
    await expect(rowValue(result, '办理状态').textContent()).resolves.toBe('已答复');
    await expect(rowValue(result, '核实结果').textContent()).resolves.toBe('已更正');
    await expect(rowValue(result, '答复').textContent()).resolves.toBe('经来源单位核实，罚款金额已更正为人民币三千元。');
    await expect(result.locator('tbody tr').count()).resolves.toBe(5);
    // A wrong code learns nothing.
    expect(objector.problems).toEqual([]);
    await expect((await track(objector.page, caseNo, 'ZZZZZ-ZZZZZ')).count()).resolves.toBe(0);
    await expect(objector.page.getByRole('alert').textContent()).resolves.toContain('案件编号或查询码不正确');
    // …answered 404 like the API (the browser logs the status; nothing else went wrong).
    expect(objector.problems.splice(0)).toEqual([expect.stringContaining('404')]);

    for (const p of [objector, office, source]) {
      expect(p.problems).toEqual([]);
      await p.page.close();
    }
  });

  it('a subject account objects from its own archive; the office refuses with reasons; the badge goes and the query code shows why', async () => {
    // 1. The enterprise signs in and objects to a penalty from its archive (/me).
    const subject = await openPage();
    await signIn(subject.page, 'obj-subject-1');
    expect(new URL(subject.page.url()).pathname).toBe('/me');
    await subject.page.locator('nav.tabs').getByRole('link', { name: /行政处罚/ }).click();
    await recordCard(subject.page, REFUSED_DOC_NO).getByRole('link', { name: '提出异议' }).click();
    await subject.page.waitForURL(/\/objections\/new\?record=/);
    // No name or contact to give: the case is the account's.
    await expect(subject.page.getByLabel('姓名或单位名称').count()).resolves.toBe(0);
    await expect(subject.page.getByText('将以当前登录账号（异议 subject）提交').isVisible()).resolves.toBe(true);
    await subject.page.getByLabel('异议理由').fill('该处罚已被复议机关撤销，复议决定书已送达，请撤下此记录。');
    await subject.page.getByRole('button', { name: '提交异议' }).click();
    await expect(subject.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('异议已提交');
    const caseNo = (await subject.page.locator('#case-no').textContent())!.trim();
    const queryCode = (await subject.page.locator('#query-code').textContent())!.trim();
    await subject.page.goto(`${portal.baseUrl}/me?tab=penalty`);
    await expect(recordCard(subject.page, REFUSED_DOC_NO).locator('.badge-objection').textContent()).resolves.toBe('异议处理中');

    // 2. The credit office refuses it, giving its reasons.
    const office = await openPage();
    await signIn(office.page, 'obj-office-1');
    await openCase(office.page, caseNo);
    await expect(rowValue(office.page.locator('main'), '异议人').textContent()).resolves.toBe('异议 subject（登录账号）');
    await takeStep(office.page, '不予受理', '未提交复议决定书，不符合受理条件；可补充材料后重新提出。');
    await expect(rowValue(office.page.locator('main'), '办理状态').textContent()).resolves.toBe('不予受理');
    await expect(office.page.getByText('当前没有您可以办理的操作。').isVisible()).resolves.toBe(true);

    // 3. The record is no longer flagged, and the query code tells the subject why.
    await subject.page.goto(`${portal.baseUrl}/me?tab=penalty`);
    await expect(recordCard(subject.page, REFUSED_DOC_NO).locator('.badge-objection').count()).resolves.toBe(0);
    const result = await track(subject.page, caseNo, queryCode);
    await expect(rowValue(result, '办理状态').textContent()).resolves.toBe('不予受理');
    await expect(rowValue(result, '不予受理理由').textContent()).resolves.toBe('未提交复议决定书，不符合受理条件；可补充材料后重新提出。');
    await expect(subject.page.getByRole('button', { name: '撤回异议' }).count()).resolves.toBe(0);

    for (const p of [subject, office]) {
      expect(p.problems).toEqual([]);
      await p.page.close();
    }
  });
});
