import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { systemActor } from '../../src/kernel/actor.js';
import { fixedClock } from '../../src/kernel/clock.js';
import {
  DEBTOR_ID, DOCS, E1, E2, HIDDEN_LIST, OFFICE_LISTING, PERSON, TODAY, insertHiddenListType, seedDisclosures, seedOfficeListing,
} from '../../src/domains/disclosure/testing.js';
import { SAMPLE_AUTHORITY } from '../../src/domains/records/testing.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialectsUnderTest } from '../support/databases.js';
import { letteredUscc } from '../browser/support.js';

const FULL_ID = /[1-8]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]/;
const HTML = { accept: 'text/html' };
/** Labels of fields no public page may show (catalogue disclosure internal), and rows the public never sees. */
const INTERNAL_LABELS = ['法定代表人证件号码', '法定代表人证件类型', 'Legal representative ID number', '>证件号码<', '>ID number<'];
const HIDDEN_DOCS = ['>P3<', '>P4<', '>P6<', '>L3<'];
const masked = (id: string) => `${id.slice(0, 4)}**********${id.slice(-4)}`;
/** The decision numbers of the record cards on a page, in order (each card's header states it once). */
const docNos = (body: string) => [...body.matchAll(/<dl class="record-meta">\s*<div><dt>决定文书号<\/dt><dd>([^<]+)<\/dd>/g)].map((m) => m[1]);
/** The rows of a page's data table, each as its cells' text. */
const tableRows = (body: string) => [...body.matchAll(/<tr>((?:<td>[\s\S]*?<\/td>)+)<\/tr>/g)]
  .map((m) => [...m[1]!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '').trim()));
const BLACK_LIST = '政府采购严重违法失信名单';
const WATCH_LIST = '经营异常名录（重点关注）';
const OFFICE_AUTHORITY = '南山区社会信用体系建设领导小组办公室';

/** The public portal's reading paths on the fixed day 2026-06-15 (China), on every engine under test. */
for (const dialect of dialectsUnderTest()) {
  describe(`portal: search, subject tabs, listings and lists [${dialect}]`, () => {
    let t: TestApp;
    const clock = fixedClock('2026-06-01T02:00:00.000Z');
    const seen: Array<{ url: string; res: LightMyRequestResponse }> = [];
    async function get(url: string, headers: Record<string, string> = {}) {
      const res = await t.app.inject({ url, headers: { ...HTML, ...headers } });
      seen.push({ url, res });
      return res;
    }
    const ok = async (url: string) => {
      const res = await get(url);
      expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      return res.body;
    };

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      await insertHiddenListType(t.ctx.database.db);
      await seedDisclosures(t.ctx.services);
      await t.ctx.services.subjects.create(systemActor, {
        type: 'enterprise', code: letteredUscc(801), name: '深圳市新航道检索科技有限公司', formerNames: ['深圳市旧船坞实业有限公司'], legalRep: '欧阳检索', street: '粤海街道', industry: 'I',
      });
      await t.ctx.services.subjects.create(systemActor, { type: 'enterprise', code: letteredUscc(802), name: '深圳市新航道检索餐饮有限公司', street: '蛇口街道', industry: 'H' });
      await seedOfficeListing(t.ctx.services, clock);
    }, 60_000);
    /** Reads on another day, then back to the fixed test day. */
    async function on<T>(day: string, read: () => Promise<T>): Promise<T> {
      clock.set(`${day}T02:00:00.000Z`);
      try {
        return await read();
      } finally {
        clock.set(`${TODAY}T02:00:00.000Z`);
      }
    }
    afterAll(async () => t?.close());

    describe('search', () => {
      it('filters by street and industry, and keeps the filters in the pager and the language switch', async () => {
        const both = await ok(`/search?q=${encodeURIComponent('新航道检索')}`);
        expect(both).toContain('深圳市新航道检索科技有限公司');
        expect(both).toContain('深圳市新航道检索餐饮有限公司');
        const street = await ok(`/search?q=${encodeURIComponent('新航道检索')}&street=${encodeURIComponent('蛇口街道')}`);
        expect(street).not.toContain('深圳市新航道检索科技有限公司');
        expect(street).toContain('深圳市新航道检索餐饮有限公司');
        expect(street).toMatch(/<option value="蛇口街道" selected>/);
        expect(street).toContain('&amp;street=%E8%9B%87%E5%8F%A3%E8%A1%97%E9%81%93&amp;lang=en');
        const industry = await ok(`/search?q=${encodeURIComponent('新航道检索')}&industry=I`);
        expect(industry).toContain('深圳市新航道检索科技有限公司');
        expect(industry).not.toContain('深圳市新航道检索餐饮有限公司');
        expect(await ok(`/search?q=${encodeURIComponent('新航道检索')}&street=nowhere&industry=Z&page=51`)).toContain('深圳市新航道检索餐饮有限公司');
      });

      it('finds a subject by former name and by legal representative, and says why', async () => {
        const former = await ok(`/search?q=${encodeURIComponent('旧船坞')}`);
        expect(former).toContain('深圳市新航道检索科技有限公司');
        expect(former).toContain('曾用名：深圳市旧船坞实业有限公司');
        const rep = await ok(`/search?q=${encodeURIComponent('欧阳检索')}`);
        expect(rep).toContain('深圳市新航道检索科技有限公司');
        expect(rep).toContain('法定代表人：欧阳检索');
        expect(await ok(`/search?q=${encodeURIComponent('新航道')}`)).not.toContain('class="matched"');
        expect(await ok(`/search?q=${encodeURIComponent('欧阳检索')}&lang=en`)).toContain('Legal representative: 欧阳检索');
      });

      it('never lists persons, whatever they are recorded with', async () => {
        expect(await ok(`/search?q=${encodeURIComponent(PERSON.name)}`)).not.toContain(`${PERSON.name}</a>`);
      });
    });

    describe('subject page', () => {
      const profile = (code: string, query = '') => ok(`/subjects/${code}${query}`);

      it('opens with the 信用概览: the public lists in effect flagged by kind and name, counts by nature and category', async () => {
        const body = await profile(E1.code);
        expect(body).toContain('信用概览');
        expect(body).toMatch(new RegExp(`class="alert alert-black" role="note">\\s*<strong>该主体当前列入黑名单（严重失信主体名单）：1 条</strong> <span class="alert-lists">${BLACK_LIST}</span>`));
        expect(body).toContain(`<strong>该主体当前列入重点关注名单：1 条</strong> <span class="alert-lists">${WATCH_LIST}</span>`);
        expect(body).not.toContain('alert-red');
        expect(body).not.toContain('内部承诺关注名单');
        expect(body).toMatch(/<dt>失信（负面）信息<\/dt><dd>3 条<\/dd>/);
        expect(body).toMatch(/<dt>行政处罚<\/dt><dd>1 条<\/dd>/);
        expect(body).toMatch(/<dt>名单信息<\/dt><dd>2 条<\/dd>/);
        expect(body).toContain('<dt>所属街道</dt><dd>粤海街道</dd>');
        expect(await profile(E2.code)).toContain(`<strong>该主体当前列入守信红名单：1 条</strong> <span class="alert-lists">${OFFICE_LISTING.name}</span>`);
        expect(await on('2026-07-01', () => profile(E2.code))).not.toContain('alert-red');
      });

      it('has one URL per tab, with counts, the current one marked', async () => {
        const body = await profile(E1.code, '?tab=penalty');
        for (const tab of ['行政许可', '行政处罚', '守信红名单', '重点关注名单', '黑名单', '信用承诺', '信用评价']) expect(body).toContain(tab);
        expect(body).toContain(`<a href="/subjects/${E1.code}?tab=penalty" aria-current="page">行政处罚 <span class="tab-count">1</span></a>`);
        expect(body).toContain(`<a href="/subjects/${E1.code}?tab=black">黑名单 <span class="tab-count">1</span></a>`);
        expect(body).toContain(`<title>${E1.name} - 行政处罚 -`);
        expect(body).toContain(`href="/subjects/${E1.code}?tab=penalty&amp;lang=en"`);
      });

      it('shows each record tab its own records, and nothing expired, withdrawn or ended yesterday', async () => {
        expect(docNos(await profile(E1.code, '?tab=penalty'))).toEqual(['P1']);
        expect(docNos(await profile(E1.code, '?tab=licence'))).toEqual(['L1']);
        expect(docNos(await profile(E1.code, '?tab=commitment'))).toEqual(['C1']);
        // list, commendation and judicial records are under 其他信息; the list tabs show list entries
        expect(docNos(await profile(E1.code, '?tab=other')).sort()).toEqual([DOCS.black, DOCS.watch].sort());
        expect(docNos(await profile(E2.code, '?tab=other'))).toEqual([DOCS.red]);
        expect(docNos(await profile(E2.code, '?tab=rating'))).toEqual([E2.code]);
        expect(docNos(await profile(E2.code, '?tab=licence'))).toEqual(['L2']);
        expect(docNos(await profile(E1.code, '?tab=nonsense'))).toEqual([]);
        for (const tab of ['red', 'watch', 'black']) expect(docNos(await profile(E1.code, `?tab=${tab}`)), tab).toEqual([]);
      });

      it('shows on the list tabs the public entries in effect today, upstream and office, each with its decision', async () => {
        const black = await profile(E1.code, '?tab=black');
        expect(black).toContain(`<a href="/lists/procurement_serious_violation">${BLACK_LIST}</a>`);
        expect(tableRows(black)).toEqual([[BLACK_LIST, DOCS.black, SAMPLE_AUTHORITY.name, expect.stringContaining('政府采购法'), '2026-01-15', '2029-01-14']]);
        const watch = await profile(E1.code, '?tab=watch&page=3');
        expect(tableRows(watch)).toEqual([[WATCH_LIST, DOCS.watch, SAMPLE_AUTHORITY.name, expect.any(String), '2026-02-01', expect.stringMatching(/^2029-/)]]);
        expect(watch).not.toContain('内部承诺关注名单');
        expect(watch).not.toContain(HIDDEN_LIST);
        expect(await profile(E1.code, '?tab=red')).toContain('该主体今日不在任何公开的守信红名单上。');
        const red = await profile(E2.code, '?tab=red');
        expect(red).toContain(`<a href="/subjects/${E2.code}?tab=red" aria-current="page">守信红名单 <span class="tab-count">1</span></a>`);
        expect(tableRows(red)).toEqual([[OFFICE_LISTING.name, OFFICE_LISTING.decisionNo, OFFICE_AUTHORITY, expect.any(String), TODAY, OFFICE_LISTING.effectiveTo]]);
        expect(await profile(E2.code, '?tab=red&lang=en')).toContain('<th scope="col">Planned exit date</th>');
      });

      it('takes an office entry off the subject page after its planned exit date', async () => {
        const after = await on('2026-07-01', () => profile(E2.code, '?tab=red'));
        expect(after).toContain(`<a href="/subjects/${E2.code}?tab=red" aria-current="page">守信红名单 <span class="tab-count">0</span></a>`);
        expect(after).not.toContain(OFFICE_LISTING.decisionNo);
        expect(await on(OFFICE_LISTING.effectiveTo, () => profile(E2.code, '?tab=red'))).toContain(OFFICE_LISTING.decisionNo);
      });

      it('lays out a penalty with its 双公示 fields, amounts in 万元 and the source department', async () => {
        const body = await profile(E1.code, '?tab=penalty');
        for (const text of ['<dt>违法行为类型</dt><dd>未按规定公示年度报告</dd>', '<dt>处罚类别</dt><dd>警告、罚款</dd>', '<dt>罚款金额</dt><dd>0.5 万元</dd>',
          '<dt>处罚依据</dt>', '<dt>违法事实</dt>', `<dt>数据来源单位</dt><dd>${SAMPLE_AUTHORITY.name}</dd>`, '<dt>公示截止日期</dt><dd>2027-05-20</dd>', '全部公示字段']) {
          expect(body).toContain(text);
        }
        expect(await profile(E2.code, '?tab=licence')).toContain('<dt>公示截止日期</dt><dd>长期</dd>');
      });

      it('reads in English through the language switch', async () => {
        const body = await profile(E1.code, '?tab=penalty&lang=en');
        expect(body).toContain('<html lang="en">');
        expect(body).toContain('Credit overview');
        expect(body).toContain('<dt>Type of violation</dt>');
        expect(body).toContain('<dt>Fine (10,000 yuan)</dt><dd>0.5 × 10,000 yuan</dd>');
        expect(body).toContain('Administrative penalty');
        expect(await profile(E1.code, '?lang=en')).toContain('<dt>Street (subdistrict)</dt><dd>Yuehai Subdistrict</dd>');
      });
    });

    describe('双公示 listings', () => {
      it('list the latest public penalties and licences, newest first, persons masked and unlinked', async () => {
        const penalties = await ok('/disclosures/penalties');
        expect(docNos(penalties)).toEqual(['P2', 'P1', 'P5']);
        expect(penalties).toContain(`<a href="/subjects/${E2.code}">${E2.name}</a>`);
        expect(penalties).toContain(masked(PERSON.idNumber));
        expect(penalties).not.toMatch(/href="\/subjects\/[^"]*"[^>]*>赵公示/);
        expect(penalties).toContain('<h1>行政处罚信息公示</h1>');
        expect(docNos(await ok('/disclosures/licences'))).toEqual(['L2', 'L1']);
        for (const url of ['/disclosures/penalties', '/lists', '/lists/abnormal_operation', '/search?q=x']) expect((await get(url)).headers['x-ratelimit-limit'], url).toBe('120');
      });

      it('filter by department and decision dates with a plain GET form', async () => {
        const page = await ok(`/disclosures/penalties?department=${SAMPLE_AUTHORITY.code}&from=2026-05-01&to=2026-06-30`);
        expect(docNos(page)).toEqual(['P1']);
        expect(page).toMatch(/<form class="filter-form" method="get" action="\/disclosures\/penalties">/);
        expect(page).toContain(`<option value="${SAMPLE_AUTHORITY.code}" selected>`);
        expect(page).toContain('value="2026-05-01"');
        const bad = await ok('/disclosures/penalties?from=2026-07-01&to=2026-06-01&page=99');
        expect(bad).toContain('该日期条件未生效');
        expect(docNos(bad)).toEqual(['P2', 'P1', 'P5']);
        expect((await get('/disclosures')).headers.location).toBe('/disclosures/penalties');
      });
    });

    describe('lists', () => {
      it('/lists: the public list types by kind, with origin, authority, basis and entries in effect today', async () => {
        const body = await ok('/lists');
        expect(body).toContain('<h1>信用名单</h1>');
        expect(body).toContain('黑名单（严重失信主体名单）');
        const rows = new Map(tableRows(body).map((r) => [r[0], r]));
        expect(rows.get(WATCH_LIST)).toEqual([WATCH_LIST, '认定机关报送', expect.any(String), expect.any(String), '1 条']);
        expect(rows.get('失信被执行人名单')).toEqual(['失信被执行人名单', '认定机关报送', expect.any(String), expect.stringContaining('法释〔2017〕7号'), '1 条']);
        expect(rows.get(OFFICE_LISTING.name)).toEqual([OFFICE_LISTING.name, '本平台名单程序认定', OFFICE_AUTHORITY, expect.any(String), '1 条']);
        expect(rows.size).toBe(18);
        expect(body).toContain(`<a href="/lists/${OFFICE_LISTING.listType}">${OFFICE_LISTING.name}</a>`);
        expect(body).not.toContain('内部承诺关注名单');
        expect(body.indexOf('id="kind-black"')).toBeLessThan(body.indexOf('id="kind-watch"'));
        expect(body.indexOf('id="kind-watch"')).toBeLessThan(body.indexOf('id="kind-red"'));
      });

      it('/lists/{type}: who is on it; persons masked and unlinked; unknown and non-public lists are a 404 page', async () => {
        const watch = await ok('/lists/abnormal_operation');
        expect(watch).toContain(`<a href="/subjects/${E1.code}">${E1.name}</a>`);
        expect(watch).toContain('badge-watch');
        expect(tableRows(watch)).toEqual([[`${E1.name} ${E1.code}`, DOCS.watch, SAMPLE_AUTHORITY.name, '同上（名单认定依据）', '2026-02-01', expect.stringMatching(/^2029-/)]]);
        expect(watch).toMatch(/<dt>认定依据<\/dt><dd>[^<]+<\/dd>/);
        const debtors = await ok('/lists/dishonest_judgment_debtor');
        expect(debtors).toContain(masked(DEBTOR_ID));
        expect(debtors).not.toContain('href="/subjects/');
        expect(debtors).toContain('badge-black');
        const red = await ok(`/lists/${OFFICE_LISTING.listType}`);
        expect(tableRows(red)).toEqual([[`${E2.name} ${E2.code}`, OFFICE_LISTING.decisionNo, OFFICE_AUTHORITY, expect.any(String), TODAY, OFFICE_LISTING.effectiveTo]]);
        expect(red).toContain('本平台名单程序认定');
        expect(await ok(`/lists/${OFFICE_LISTING.listType}?page=2`)).toContain('role="status"');
        for (const url of [`/lists/${HIDDEN_LIST}`, '/lists/admin_penalty', '/lists/court_dishonest_debtor', '/lists/no_such_list', '/lists/%3Cscript%3E']) {
          expect((await get(url)).statusCode, url).toBe(404);
        }
      });

      it('/lists/{type} after an office entry\'s planned exit date: no longer on it', async () => {
        const after = await on('2026-07-01', () => ok(`/lists/${OFFICE_LISTING.listType}`));
        expect(after).not.toContain(E2.name);
        expect(after).toContain('该名单目前没有公示中的主体。');
        expect(tableRows(await on('2026-07-01', () => ok('/lists'))).find((r) => r[0] === OFFICE_LISTING.name)![4]).toBe('0 条');
      });
    });

    it('home links to search, both listings and the lists; every page has a title and one h1', async () => {
      const home = await ok('/');
      for (const href of ['href="/search"', 'href="/disclosures/licences"', 'href="/disclosures/penalties"', 'href="/lists"']) expect(home).toContain(href);
      for (const { url, res } of seen.filter((s) => s.res.statusCode === 200)) {
        expect(res.body, url).toMatch(/<title>[^<]+<\/title>/);
        expect(res.body.match(/<h1[\s>]/g), url).toHaveLength(1);
      }
    });

    it('no page shows a full ID number, an internal-only field, or a record out of public view', () => {
      expect(seen.length).toBeGreaterThan(30);
      for (const { url, res } of seen) {
        expect(res.body, url).not.toMatch(FULL_ID);
        expect(res.body, url).not.toContain(PERSON.idNumber);
        for (const label of INTERNAL_LABELS) expect(res.body, `${url} ${label}`).not.toContain(label);
        for (const doc of HIDDEN_DOCS) expect(res.body, `${url} ${doc}`).not.toContain(doc);
        expect(res.body, url).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
        expect(res.body, url).not.toMatch(/\sstyle=/);
      }
    });
  });
}
