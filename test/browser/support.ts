import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig } from '../../src/app/config.js';
import { openContext } from '../../src/app/open-context.js';
import { buildApp } from '../../src/app/build-app.js';
import type { AppContext } from '../../src/app/context.js';
import { systemActor } from '../../src/kernel/actor.js';
import { orgCodeCheckChar, residentIdCheckChar, usccCheckChar } from '../../src/domains/identifiers/index.js';
import type { SubjectService } from '../../src/domains/subjects/index.js';

/**
 * A check-valid USCC whose organisation code starts with letters (MA…), as
 * most post-2015 enterprise codes do, so it can never look like an ID number.
 */
export function letteredUscc(n: number, division = '440305'): string {
  const body = `MA5D${String(n).padStart(4, '0')}`;
  const first17 = `91${division}${body}${orgCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}

export const PERSON_ID = (() => {
  const first17 = '44030519850315123';
  return first17 + residentIdCheckChar(first17);
})();

export const NAMES = {
  blue: '深圳市南山区蔚蓝海岸科技有限公司',
  blueFormer: '深圳市蔚蓝网络有限公司',
  markup: `测试<b>&"'标记有限公司`,
  sql: `'; DROP TABLE subjects;-- 南山科技有限公司`,
  script: '<script>alert(1)</script>有限公司',
} as const;

/** The subjects the web tests read: one full profile, hostile names, 25 for paging, and a person. */
export async function seedWebSubjects(subjects: SubjectService) {
  const codes = {
    blue: letteredUscc(1),
    markup: letteredUscc(2),
    sql: letteredUscc(3),
    script: letteredUscc(4),
  };
  await subjects.create(systemActor, {
    type: 'enterprise', code: codes.blue, name: NAMES.blue, formerNames: [NAMES.blueFormer], legalRep: '李明',
    address: '深圳市南山区粤海街道科技园科苑路15号', street: '粤海街道', industry: 'I', establishedOn: '2016-05-12',
  });
  await subjects.create(systemActor, { type: 'enterprise', code: codes.markup, name: NAMES.markup, legalRep: `王<i>五</i>` });
  await subjects.create(systemActor, { type: 'enterprise', code: codes.sql, name: NAMES.sql });
  await subjects.create(systemActor, { type: 'enterprise', code: codes.script, name: NAMES.script });
  await subjects.createMany(systemActor, Array.from({ length: 25 }, (_, i) => ({
    type: 'enterprise' as const, code: letteredUscc(100 + i), name: `南山测试${i + 1}号贸易有限公司`,
  })));
  await subjects.create(systemActor, { type: 'person', idNumber: PERSON_ID, name: '陈小明' });
  return codes;
}

export interface RunningPortal {
  baseUrl: string;
  codes: Awaited<ReturnType<typeof seedWebSubjects>>;
  /** the running platform's services, for journeys that seed more data (real clock) */
  ctx: AppContext;
  close(): Promise<void>;
}

/** The real platform on a temporary SQLite file, listening on a free port of 127.0.0.1. */
export async function startPortal(): Promise<RunningPortal> {
  const dir = mkdtempSync(join(tmpdir(), 'xinyong-browser-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    XINYONG_DB: join(dir, 'portal.db'),
    XINYONG_SECRETS_FILE: join(dir, 'secrets.json'),
    XINYONG_SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
  });
  const ctx = await openContext({ config });
  const codes = await seedWebSubjects(ctx.services.subjects);
  const app = await buildApp(ctx, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    codes,
    ctx,
    close: async () => {
      await app.close();
      await ctx.database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with everything that phones home switched off. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh browser context (its own cookies) that records any script error or dialog (and console errors, if asked) as a problem. */
export async function openPage(browser: Browser, opts: { consoleErrors?: boolean } = {}): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ locale: 'zh-CN' });
  const problems: string[] = [];
  page.on('dialog', async (d) => {
    problems.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(e.message));
  if (opts.consoleErrors) {
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
  }
  return { page, problems };
}

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** Signs out with the header's button and lands on the portal's home page. */
export async function signOut(page: Page, baseUrl: string): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.waitForURL(`${baseUrl}/`);
}
