import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { anonymousActor } from '../../kernel/actor.js';
import { seedListPeople, type ListPeople } from '../lists/testing.js';
import { nextCommitmentStatus } from './rules.js';

describe('the commitment state machine', () => {
  it.each([['in_force', 'fulfil', 'fulfilled'], ['in_force', 'breach', 'breached']] as const)('%s --%s--> %s', (from, step, to) => {
    expect(nextCommitmentStatus(from, step)).toBe(to);
  });
  it.each([['fulfilled', 'fulfil'], ['fulfilled', 'breach'], ['breached', 'fulfil'], ['breached', 'breach']] as const)('%s refuses %s', (from, step) => {
    expect(() => nextCommitmentStatus(from, step)).toThrowError(expect.objectContaining({ code: 'COMMITMENT_TRANSITION_INVALID' }));
  });
});

/** Issue 7 item 4 on both engines: templates, signing, the public register, fulfilment, a breach as a negative record. */
for (const dialect of dialectsUnderTest()) {
  describe(`credit commitments [${dialect}]`, () => {
    let t: TestApp;
    let p: ListPeople;
    const s = () => t.ctx.services;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      p = await seedListPeople(s(), 2);
    });
    afterAll(async () => t.close());

    it('offers the three templates with text and legal basis', () => {
      expect(s().commitments.templates().map((x) => [x.code, x.kind])).toEqual([['licensing', '告知承诺'], ['repair', '信用修复承诺'], ['voluntary', '主动承诺']]);
      for (const x of s().commitments.templates()) expect(x.legalBasis).toMatch(/《/);
    });

    it('lets a subject sign for itself only, and shows commitments to anyone', async () => {
      const signed = await s().commitments.sign(p.merchantAccount, { template: 'voluntary', matter: '诚信经营、明码标价', dueBy: '2027-06-15' });
      expect(signed).toMatchObject({ status: 'in_force', signedOn: '2026-06-15', subject: { id: p.subjects.merchant.id, code: p.subjects.merchant.code }, templateName: '主动型信用承诺书' });
      expect(signed.text).toContain('诚信经营、明码标价');
      expect(signed.commitmentNo).toMatch(/^XYCN20260615[0-9A-F]{8}$/);
      await expect(s().commitments.sign(p.merchantAccount, { template: 'voluntary', matter: '代签', subjectId: p.subjects.other.id }))
        .resolves.toMatchObject({ subject: { id: p.subjects.merchant.id } });
      await expect(s().commitments.sign(p.auditor, { template: 'voluntary', matter: '代签', subjectId: p.subjects.other.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const page = await s().commitments.list(anonymousActor(), { subject: p.subjects.merchant.id });
      expect(page.items.map((c) => c.id)).toContain(signed.id);
      await expect(s().commitments.list(anonymousActor(), {})).rejects.toMatchObject({ status: 401 });
    });

    it('tracks fulfilment: fulfilled once, never twice', async () => {
      const c = await s().commitments.sign(p.office, { template: 'licensing', matter: '食品经营许可告知承诺', subjectId: p.subjects.other.id });
      await expect(s().commitments.fulfil(p.merchantAccount, c.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(await s().commitments.fulfil(p.office, c.id)).toMatchObject({ status: 'fulfilled', fulfilledOn: '2026-06-15' });
      await expect(s().commitments.fulfil(p.office, c.id)).rejects.toMatchObject({ code: 'COMMITMENT_TRANSITION_INVALID' });
    });

    it('turns a recorded breach into a negative public record through ingestion, in one step', async () => {
      const c = await s().commitments.sign(p.office, { template: 'licensing', matter: '建筑工程施工许可告知承诺', subjectId: p.subjects.other.id });
      const breached = await s().commitments.breach(p.office, c.id, { breach: '承诺期限内未提交施工图审查合格书。' });
      expect(breached).toMatchObject({ status: 'breached', breachedOn: '2026-06-15', breach: '承诺期限内未提交施工图审查合格书。' });
      const record = await s().records.get(p.admin, breached.breachRecordId!);
      expect(record).toMatchObject({ type: { code: 'commitment_breach' }, polarity: 'negative', severity: 'general', docNo: c.commitmentNo, status: 'active', subjectId: p.subjects.other.id });
      const publicRecords = await s().records.listForSubject(p.subjects.other.id, { audience: 'public' });
      expect(publicRecords.items.map((r) => r.id)).toContain(breached.breachRecordId);
      await expect(s().commitments.breach(p.office, c.id, { breach: '再次记录。' })).rejects.toMatchObject({ code: 'COMMITMENT_TRANSITION_INVALID' });
      await expect(s().commitments.breach(p.admin, c.id, { breach: '无部门。' })).rejects.toMatchObject({ code: 'COMMITMENT_BREACH_DEPARTMENT_REQUIRED' });
    });
  });
}
