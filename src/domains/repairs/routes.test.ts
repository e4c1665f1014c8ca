import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { PDF_PROOF, seedRepairWorld, type RepairWorld } from './testing.js';

/** The HTTP contract of /api/v1/repairs and /api/v1/commitments: problem+json codes, idempotent retries, the subject's own view, attachment download. */
describe('repairs and commitments over HTTP', () => {
  let t: TestApp;
  let w: RepairWorld;
  let subjectHeaders: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    w = await seedRepairWorld(t.ctx.services, 3);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'lists-merchant-3', password: 'Lists-Test-2026!' } });
    const cookie = res.cookies.find((c) => c.name === 'xinyong_session')!;
    subjectHeaders = { cookie: `xinyong_session=${cookie.value}`, 'x-csrf-token': res.json().csrfToken };
  });
  afterAll(async () => t.close());

  it('lists the subject account\'s candidates with eligibility and notice', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/repairs/candidates', headers: subjectHeaders });
    expect(res.statusCode).toBe(200);
    const states = Object.fromEntries(res.json().items.map((c: { record: { id: string }; eligibility: { state: string } }) => [c.record.id, c.eligibility.state]));
    expect(states).toEqual({ [w.records.general]: 'eligible', [w.records.early]: 'not_yet', [w.records.serious]: 'eligible' });
  });

  it('applies with a proof file (201, then 200 on a retry), refuses an early one with problem+json, and serves the proof to the subject', async () => {
    const body = { recordId: w.records.general, fulfilment: '罚款已缴清。', commitmentAccepted: true, attachments: [{ fileName: 'proof.pdf', mediaType: 'application/pdf', content: PDF_PROOF }] };
    const headers = { ...subjectHeaders, 'idempotency-key': 'apply-1' };
    const first = await t.app.inject({ method: 'POST', url: '/api/v1/repairs', headers, payload: body });
    expect(first.statusCode).toBe(201);
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/repairs', headers, payload: body });
    expect([again.statusCode, again.json().id]).toEqual([200, first.json().id]);
    const early = await t.app.inject({ method: 'POST', url: '/api/v1/repairs', headers: subjectHeaders, payload: { ...body, recordId: w.records.early } });
    expect(early.statusCode).toBe(409);
    expect(early.headers['content-type']).toContain('application/problem+json');
    expect(early.json()).toMatchObject({ code: 'REPAIR_NOT_ELIGIBLE' });
    const attachment = first.json().attachments[0];
    const file = await t.app.inject({ method: 'GET', url: `/me/repairs/${first.json().id}/attachments/${attachment.id}`, headers: subjectHeaders });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.toString('base64')).toBe(PDF_PROOF);
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/v1/repairs/${first.json().id}` });
    expect(anonymous.statusCode).toBe(401);
    const commitment = await t.app.inject({ method: 'GET', url: `/api/v1/commitments/${first.json().commitment.id}` });
    expect(commitment.json()).toMatchObject({ template: 'repair', status: 'in_force' });
  });

  it('renders the subject\'s repair page with the disabled button and the printable notice', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/me/repairs', headers: { ...subjectHeaders, accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('data-opens-on="2026-08-01"');
    expect(page.body).toContain('自 2026-08-01 起可申请');
    const notice = await t.app.inject({ method: 'GET', url: `/me/repairs/notices/record/${w.records.early}`, headers: { ...subjectHeaders, accept: 'text/html' } });
    expect(notice.statusCode).toBe(200);
    expect(notice.body).toContain('信用修复告知书');
    expect(notice.body).toContain('2026-08-01');
  });

  it('shows commitments publicly, by subject', async () => {
    const signed = await t.app.inject({ method: 'POST', url: '/api/v1/commitments', headers: subjectHeaders, payload: { template: 'voluntary', matter: '诚信经营' } });
    expect(signed.statusCode).toBe(201);
    const list = await t.app.inject({ method: 'GET', url: `/api/v1/commitments?subject=${w.people.subjects.merchant.id}` });
    expect(list.json().items.map((c: { matter: string }) => c.matter)).toContain('诚信经营');
    const page = await t.app.inject({ method: 'GET', url: `/subjects/${w.people.subjects.merchant.code}/commitments`, headers: { accept: 'text/html' } });
    expect([page.statusCode, page.body.includes('诚信经营')]).toEqual([200, true]);
  });
});
