import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { systemActor } from '../../src/kernel/actor.js';
import { chinaDate, systemClock } from '../../src/kernel/clock.js';
import { addMonths } from '../../src/kernel/calendar/index.js';
import { DEFAULT_TYPE_INPUTS, repairEligibleFrom } from '../../src/domains/catalog/index.js';
import { penaltyChunk, penaltyRow, SAMPLE_AUTHORITY } from '../../src/domains/records/testing.js';
import { letteredUscc, launchBrowser, startPortal, type RunningPortal, openPage as openBrowserPage, signIn as signInAs, signOut as signOutOf } from './support.js';

/**
 * Issue 7 acceptance (credit repair), in Chromium against the real platform
 * (real clock): a general-tier penalty older than 3 months → the subject
 * applies for repair → the office accepts, a reviewer approves → the record is
 * gone from the public page, the check verdict changes, the grade is recomputed.
 */
const PASSWORD = 'Repair-Journey-2026!';
const NAME = '深圳市南山区修复旅程科技有限公司';
const CODE = letteredUscc(4242);

let portal: RunningPortal;
let browser: Browser;
const today = chinaDate(systemClock);
const decided = addMonths(today, -5);
const recent = addMonths(today, -1);

beforeAll(async () => {
  portal = await startPortal();
  const s = portal.ctx.services;
  const office = await s.accounts.createDepartment(systemActor, { code: letteredUscc(4300), name: '南山区信用办（修复旅程）', kind: 'credit_office' });
  const dept = await s.accounts.createDepartment(systemActor, { code: SAMPLE_AUTHORITY.code, name: SAMPLE_AUTHORITY.name, kind: 'government' });
  const subject = await s.subjects.create(systemActor, { type: 'enterprise', code: CODE, name: NAME, legalRep: '周七' });
  await s.accounts.createUser(systemActor, { username: 'repair-subject', displayName: '修复旅程科技', password: PASSWORD, role: 'subject', subjectId: subject.id });
  await s.accounts.createUser(systemActor, { username: 'repair-staff', displayName: '信用办 受理员', password: PASSWORD, role: 'staff', departmentId: office.id });
  await s.accounts.createUser(systemActor, { username: 'repair-reviewer', displayName: '信用办 审核员', password: PASSWORD, role: 'reviewer', departmentId: office.id });
  const party = { subjectName: NAME, subjectCode: CODE };
  // The recent penalty is of a sector copy of 行政处罚, so that the check below rests on the old one alone.
  const penalty = DEFAULT_TYPE_INPUTS.find((d) => d.code === 'admin_penalty')!;
  await s.catalog.addType(systemActor, { ...penalty, code: 'journey_penalty', name: '行政处罚（行业）' });
  await s.records.ingestChunk(systemActor, penaltyChunk(dept, [penaltyRow(1, { ...party, decisionNo: '深市监南罚〔修复〕1号', decisionDate: decided })]));
  await s.records.ingestChunk(systemActor, penaltyChunk(dept, [
    penaltyRow(2, { ...party, decisionNo: '深市监南罚〔修复〕2号', decisionDate: recent, penaltyKinds: '警告、罚款', fineAmount: '0.2', content: '警告，罚款2000元。' }),
  ], { typeCode: 'journey_penalty' }));
  // A bidding measure for general penalties in the last year, so that the check verdict rests on the first record alone.
  await s.checks.measures.add(systemActor, {
    code: 'bidding_general_penalty_review', kind: 'management', content: '近一年内有一般失信行政处罚的，加强资格审查。', contentEn: 'Closer review after a general penalty in the last year.',
    target: { kind: 'records', typeCodes: ['admin_penalty'], severities: ['general'], polarity: 'negative', withinYears: 1 }, scenarios: ['bidding'],
    legalBasis: '《中华人民共和国招标投标法实施条例》第三十四条', implementingBody: '南山区住房和建设局', implementingBodyEn: 'Nanshan housing and construction bureau', level: 'district',
  });
  await s.ratings.drain();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

const openPage = () => openBrowserPage(browser);
const signIn = (page: Page, username: string) => signInAs(page, portal.baseUrl, username, PASSWORD);
const signOut = (page: Page) => signOutOf(page, portal.baseUrl);

describe('credit repair in Chromium', () => {
  it('a general penalty older than 3 months: apply, accept, approve; it leaves the public page, the check and the grade change', async () => {
    const { page, problems } = await openPage();
    const s = portal.ctx.services;
    const bidding = () => s.checks.check(systemActor, { subject: CODE, scenario: 'bidding' });
    const grade = async () => (await portal.ctx.database.db.selectFrom('ratingCurrent').select(['grade', 'score']).where('modelCode', '=', 'public_composite')
      .innerJoin('subjects', 'subjects.id', 'ratingCurrent.subjectId').where('subjects.code', '=', CODE).executeTakeFirstOrThrow());

    // Before: public, the bidding check cautions on it, the grade counts it.
    await page.goto(`${portal.baseUrl}/subjects/${CODE}?tab=penalty`);
    await expect(page.content()).resolves.toContain('深市监南罚〔修复〕1号');
    const before = await bidding();
    expect(before.verdict).toBe('caution');
    expect(before.measures.map((m) => m.code)).toContain('bidding_general_penalty_review');
    const gradeBefore = await grade();

    // 1. The subject sees its records: the recent one's button is disabled with the day it opens; it applies for the old one.
    await signIn(page, 'repair-subject');
    await page.getByRole('link', { name: '信用修复' }).click();
    await page.waitForURL(/\/me\/repairs$/);
    const opens = repairEligibleFrom({ severity: 'general', decisionDate: recent, rule: { publishMinor: true } });
    const disabled = page.locator(`button[disabled][data-opens-on="${opens}"]`);
    await expect(disabled.count()).resolves.toBe(1);
    await expect(page.getByText(`自 ${opens} 起可申请`).isVisible()).resolves.toBe(true);
    await page.getByRole('link', { name: '申请信用修复' }).click();
    await page.getByLabel('履行义务、纠正失信行为的情况').fill('已缴清罚款，并完成整改，建立年度报告公示制度。');
    await page.getByLabel('本主体已阅读并签署上述《信用修复承诺书》').check();
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.waitForURL(/\/me\/repairs\/[0-9a-f-]{36}$/);
    await expect(page.locator('.repair-status').textContent()).resolves.toContain('已提交');
    const caseUrl = page.url();
    const repairId = caseUrl.slice(caseUrl.lastIndexOf('/') + 1);
    await signOut(page);

    // 2. The credit office accepts: the decision is due 3 working days later.
    await signIn(page, 'repair-staff');
    await page.goto(`${portal.baseUrl}/console/repairs`);
    await page.getByRole('link', { name: NAME }).click();
    await page.getByRole('button', { name: '受理', exact: true }).click();
    await page.waitForURL(new RegExp(`/console/repairs/${repairId}\\?done=1$`));
    await expect(page.locator('.repair-status').textContent()).resolves.toContain('已受理');
    await expect(page.getByRole('button', { name: '准予修复', exact: true }).count()).resolves.toBe(0);
    await signOut(page);

    // 3. A reviewer approves.
    await signIn(page, 'repair-reviewer');
    await page.goto(`${portal.baseUrl}/console/repairs/${repairId}`);
    await page.getByRole('button', { name: '准予修复', exact: true }).click();
    await page.waitForURL(/\?done=1$/);
    await expect(page.locator('.repair-status').textContent()).resolves.toContain('准予修复');
    await signOut(page);

    // After: gone from the public page (the recent penalty stays), the check no longer cautions on it, the grade is recomputed.
    await page.goto(`${portal.baseUrl}/subjects/${CODE}?tab=penalty`);
    const html = await page.content();
    expect(html).not.toContain('深市监南罚〔修复〕1号');
    expect(html).toContain('深市监南罚〔修复〕2号');
    const after = await bidding();
    expect(after.measures.map((m) => m.code)).not.toContain('bidding_general_penalty_review');
    expect([before.verdict, after.verdict]).toEqual(['caution', 'clear']);
    await s.ratings.drain();
    const gradeAfter = await grade();
    expect(Number(gradeAfter.score)).toBeGreaterThan(Number(gradeBefore.score));
    expect(problems).toEqual([]);
  }, 60_000);
});
