import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousActor, systemActor } from '../../src/kernel/actor.js';
import { fixedClock } from '../../src/kernel/clock.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { letteredUscc } from '../browser/support.js';

// Public commitments (SPEC §8: commitments are public): linked from the subject page, listed on their own
// page, and carried into the subject's credit report (SPEC §9, section 七).
describe('public commitments: subject page link, list page, credit report', () => {
  let t: TestApp;
  const code = letteredUscc(901);
  const clock = fixedClock('2026-06-15T02:00:00.000Z');

  beforeAll(async () => {
    t = await createTestApp('sqlite', { clock });
    const subject = await t.ctx.services.subjects.create(systemActor, { type: 'enterprise', code, name: '深圳市守诺测试科技有限公司', street: '粤海街道', industry: 'I' });
    await t.ctx.database.db.insertInto('commitments').values({
      id: '0190f5a0-0000-7000-8000-000000000001', commitmentNo: 'CN-2026-000001', subjectId: subject.id, template: 'licensing', matter: '食品经营许可告知承诺',
      text: '本单位承诺所提交材料真实有效，并按承诺时限具备许可条件。', legalBasis: '《优化营商环境条例》第四十条', signedOn: '2026-06-10', signedAt: '2026-06-10T02:00:00.000Z',
      signedByType: 'user', signedById: null, dueBy: '2026-09-10', status: 'in_force', fulfilledOn: null, breachedOn: null, breach: null, breachRecordId: null, version: 1, updatedAt: '2026-06-10T02:00:00.000Z',
    }).execute();
  });
  afterAll(async () => t.close());

  it('links the commitments page from the public subject page, which lists the signed commitment', async () => {
    const page = await t.app.inject({ url: `/subjects/${code}`, headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`href="/subjects/${code}/commitments"`);
    const list = await t.app.inject({ url: `/subjects/${code}/commitments`, headers: { accept: 'text/html' } });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('食品经营许可告知承诺');
  });

  it('puts the commitment into the public credit report, and none signed after the report\'s date', async () => {
    const { subjectId } = await t.ctx.database.db.selectFrom('commitments').select('subjectId').executeTakeFirstOrThrow();
    await t.ctx.database.db.insertInto('commitments').values({
      id: '0190f5a0-0000-7000-8000-000000000002', commitmentNo: 'CN-2026-000002', subjectId, template: 'voluntary', matter: '日后签署的承诺',
      text: '本单位自愿承诺诚信经营。', legalBasis: '自愿承诺', signedOn: '2026-06-20', signedAt: '2026-06-20T02:00:00.000Z',
      signedByType: 'user', signedById: null, dueBy: null, status: 'in_force', fulfilledOn: null, breachedOn: null, breach: null, breachRecordId: null, version: 1, updatedAt: '2026-06-20T02:00:00.000Z',
    }).execute();
    const issued = await t.ctx.services.reports.issue(anonymousActor('127.0.0.1'), { subject: code, kind: 'public' });
    expect(issued.content.commitments).toEqual([
      { title: expect.stringContaining('食品经营许可告知承诺'), signedOn: '2026-06-10', status: '履行中', content: '本单位承诺所提交材料真实有效，并按承诺时限具备许可条件。' },
    ]);
  });
});
