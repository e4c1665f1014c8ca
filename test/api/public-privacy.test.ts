import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { enterpriseInput, makeResidentId } from '../support/factories.js';
import { systemActor } from '../../src/kernel/actor.js';

const FULL_ID = /[1-8]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]/;

/**
 * SPEC §2/§12: a full ID number never appears in a public response. Every GET
 * route the app declares is requested anonymously with real parameters, with
 * persons in the registry whose names and ID numbers are used as queries.
 */
describe('no full ID number in any public response', () => {
  let t: TestApp;
  let enterpriseCode = '';
  let personId = '';
  const ids = [makeResidentId('19760504', 12), makeResidentId('19900228', 345, '440301'), makeResidentId('20010911', 8, '110105')];

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    const s = t.ctx.services.subjects;
    const e = await s.create(systemActor, enterpriseInput(1, { name: '深圳市隐私测试科技有限公司', legalRep: '赵敏' }));
    enterpriseCode = e.code!;
    for (const [i, idNumber] of ids.entries()) {
      const p = await s.create(systemActor, { type: 'person', idNumber, name: `赵敏${i}` });
      personId = p.id;
    }
  });
  afterAll(async () => t.close());

  function urlsFor(path: string): string[] {
    const filled = path.replace('{code}', enterpriseCode).replace('{id}', personId).replace(/\{[^}]+\}/g, 'x');
    if (path !== '/api/v1/subjects') return [filled];
    return ['赵敏', '赵敏0', ...ids, ids[0]!.slice(0, 10), enterpriseCode].map((q) => `${filled}?q=${encodeURIComponent(q)}`);
  }

  it('covers every declared GET route and the portal pages', async () => {
    const paths = Object.entries(t.app.swagger().paths ?? {})
      .filter(([, ops]) => ops && 'get' in ops)
      .map(([p]) => p);
    expect(paths).toContain('/api/v1/subjects');
    const urls = [...paths.flatMap(urlsFor), '/', `/search?q=${encodeURIComponent('赵敏')}`, `/search?q=${ids[0]}`, `/subjects/${enterpriseCode}`, '/openapi.json'];
    for (const url of urls) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBeLessThan(500);
      expect(FULL_ID.test(res.body), `${url} leaks an ID number`).toBe(false);
      for (const idNumber of ids) expect(res.body.includes(idNumber), url).toBe(false);
    }
  });
});
