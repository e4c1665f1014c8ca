import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { fixedClock } from '../kernel/clock.js';
import { seedListPeople, type ListPeople } from '../domains/lists/testing.js';

const HTML = { accept: 'text/html' };
const csrfOf = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? '';

/** List management in the console: server-rendered forms, no script needed (SPEC §5; issue 5 item 6). */
for (const dialect of dialectsUnderTest()) {
  describe(`console list management [${dialect}]`, () => {
    let t: TestApp;
    let p: ListPeople;
    const clock = fixedClock('2026-06-15T02:00:00.000Z');
    const sessions: Record<string, { cookie: string; csrf: string }> = {};

    async function signIn(name: string) {
      const res = await t.app.inject({
        method: 'POST', url: '/login', headers: { ...HTML, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ username: `lists-${name}-1`, password: 'Lists-Test-2026!', next: '/console' }).toString(),
      });
      expect(res.statusCode).toBe(303);
      const cookie = `xinyong_session=${res.cookies.find((c) => c.name === 'xinyong_session')!.value}`;
      const home = await t.app.inject({ url: '/console', headers: { ...HTML, cookie } });
      sessions[name] = { cookie, csrf: csrfOf(home.body) };
    }
    const get = (name: string, url: string) => t.app.inject({ url, headers: { ...HTML, cookie: sessions[name]!.cookie } });
    const post = (name: string, url: string, fields: Record<string, string>) => t.app.inject({
      method: 'POST', url, headers: { ...HTML, cookie: sessions[name]!.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: sessions[name]!.csrf, ...fields }).toString(),
    });

    /** Sessions expire when the clock jumps days ahead: sign in again on the new day. */
    async function on(day: string) {
      clock.set(`${day}T02:00:00.000Z`);
      for (const name of ['office', 'reviewer', 'sector']) await signIn(name);
    }

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      p = await seedListPeople(t.ctx.services);
      await on('2026-06-15');
    });
    afterAll(async () => t.close());

    it('proposes, notifies and decides through the forms, showing the history and only the steps allowed', async () => {
      const index = await get('office', '/console/lists');
      expect(index.statusCode).toBe(200);
      expect(index.body).toContain('href="/console/lists/new"');
      expect(index.body).toContain('没有符合条件的名单条目');
      const form = await get('office', '/console/lists/new');
      expect(form.body).toContain('value="honest_merchant"');
      expect(form.body).not.toContain('value="dishonest_judgment_debtor"'); // upstream lists are not proposed here

      const fields = { listType: 'honest_merchant', subjectCode: p.subjects.merchant.code, reasons: '联盟推荐 <script>alert(1)</script>' };
      const proposed = await post('office', '/console/lists', fields);
      expect(proposed.statusCode).toBe(303);
      const entryUrl = proposed.headers.location!.toString().split('?')[0]!;
      expect(entryUrl).toMatch(/^\/console\/lists\/[0-9a-f-]{36}$/);
      const again = await post('office', '/console/lists', fields);
      expect(again.statusCode).toBe(409);
      expect(again.body).toContain('LIST_ENTRY_DUPLICATE');
      expect(again.body).toContain(`value="${p.subjects.merchant.code}"`);

      const page = await get('office', `${entryUrl}?done=propose`);
      expect(page.body).toContain('已办理：提出列入');
      expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(page.body).not.toContain('<script>alert(1)');
      expect(page.body).toContain(`action="${entryUrl}/notify"`);
      expect(page.body).not.toContain(`action="${entryUrl}/decide"`);

      expect((await post('office', `${entryUrl}/notify`, { noticeNo: '深南信告〔2026〕5号' })).statusCode).toBe(303);
      const notified = await get('reviewer', entryUrl);
      expect(notified.body).toContain('2026-06-22'); // the objection deadline: 5 working days
      expect(notified.body).not.toContain(`action="${entryUrl}/decide"`);
      const early = await post('reviewer', `${entryUrl}/decide`, { decisionNo: '深南信办〔2026〕9号' });
      expect(early.statusCode).toBe(409);
      expect(early.body).toContain('LIST_OBJECTION_WINDOW_OPEN');

      await on('2026-06-23');
      const open = await get('reviewer', entryUrl);
      expect(open.body).toContain(`action="${entryUrl}/decide"`);
      expect(open.body).toContain('南山区社会信用体系建设领导小组办公室'); // the deciding authority, prefilled
      const badDate = await post('reviewer', `${entryUrl}/decide`, { decisionNo: '深南信办〔2026〕9号', effectiveFrom: '2026-06-01' });
      expect(badDate.statusCode).toBe(400);
      expect(badDate.body).toContain('LIST_ENTRY_DATE_IN_PAST');
      expect(badDate.body).toContain('value="深南信办〔2026〕9号"'); // the refused form keeps what was typed
      expect((await post('reviewer', `${entryUrl}/decide`, { decisionNo: '深南信办〔2026〕9号' })).statusCode).toBe(303);

      const decided = await get('reviewer', entryUrl);
      expect(decided.body).toContain('生效中');
      expect(decided.body).toContain('2026-06-23 至 2029-06-23');
      expect(decided.body).toContain(`action="${entryUrl}/remove"`);
      expect(decided.body).toContain(`action="${entryUrl}/revoke"`);
      for (const step of ['提出列入', '告知当事人', '作出列入决定']) expect(decided.body).toContain(step);
      const list = await get('reviewer', '/console/lists?status=in_effect');
      expect(list.body).toContain(entryUrl);
      expect((await get('reviewer', '/console/lists?status=proposed')).body).not.toContain(entryUrl);
    });

    it('keeps the pages to the office: other departments get the forbidden page, forms need the CSRF token', async () => {
      expect((await get('sector', '/console/lists')).statusCode).toBe(403);
      const noToken = await t.app.inject({
        method: 'POST', url: '/console/lists', headers: { ...HTML, cookie: sessions.office!.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ listType: 'honest_merchant', subjectCode: p.subjects.other.code, reasons: '推荐' }).toString(),
      });
      expect(noToken.statusCode).toBe(403);
      expect((await t.app.inject({ url: '/console/lists', headers: HTML })).statusCode).toBe(303);
    });
  });
}
