import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { fixedClock } from '../../kernel/clock.js';
import { ARCHIVE_NOW, seedArchive, seedViewers, VIEWER_PASSWORD, type ArchiveViewers, type SeededArchive } from './testing.js';

const FULL_ID = /[1-8]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]/;
const PASSWORD = 'Subject-Password-2026!';
type Headers = Record<string, string>;

let ipSeq = 0;
/** Each call from its own address, so the sign-in and activation rate limits stay out of the way (one test checks them). */
const freshIp = () => `10.9.${Math.floor(++ipSeq / 250)}.${(ipSeq % 250) + 1}`;

for (const dialect of dialectsUnderTest()) {
  describe(`archive HTTP API [${dialect}]`, () => {
    const clock = fixedClock(ARCHIVE_NOW);
    let t: TestApp;
    let seeded: SeededArchive;
    let v: ArchiveViewers;
    const publicBodies: Array<[string, string]> = [];

    async function login(username: string, password = VIEWER_PASSWORD): Promise<Headers> {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress: freshIp() });
      expect(res.statusCode, res.body).toBe(200);
      const cookie = res.cookies.find((c) => c.name === 'xinyong_session')!;
      return { cookie: `xinyong_session=${cookie.value}`, 'x-csrf-token': res.json().csrfToken };
    }
    const get = (url: string, headers: Headers = {}) => t.app.inject({ method: 'GET', url, headers });
    const post = (url: string, payload: unknown, headers: Headers = {}) => t.app.inject({ method: 'POST', url, payload: payload as object, headers, remoteAddress: freshIp() });
    async function getPublic(url: string) {
      const res = await get(url);
      publicBodies.push([url, res.body]);
      return res;
    }
    const issue = async (subjectId: string, headers: Headers) => {
      const res = await post('/api/v1/activation-codes', { subjectId }, headers);
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { code: string; subjectId: string; expiresAt: string };
    };
    const activate = (body: Record<string, unknown>) => post('/api/v1/activation', body);

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      seeded = await seedArchive(t.ctx.services);
      v = await seedViewers(t.ctx.services, seeded);
    });
    afterAll(async () => t.close());

    describe('activation codes', () => {
      let office: Headers;
      beforeAll(async () => {
        office = await login(v.usernames.CreditOffice!);
      });

      it('are issued by the credit office and admins only, shown once, stored hashed', async () => {
        expect((await post('/api/v1/activation-codes', { subjectId: seeded.subject.id })).statusCode).toBe(401);
        const staff = await post('/api/v1/activation-codes', { subjectId: seeded.subject.id }, await login(v.usernames.Staff!));
        expect(staff.json()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
        const res = await post('/api/v1/activation-codes', { subjectId: seeded.subject.id }, office);
        expect(res.statusCode).toBe(201);
        expect(res.headers['cache-control']).toBe('no-store');
        const issued = res.json();
        expect(issued).toEqual({ code: expect.stringMatching(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/), subjectId: seeded.subject.id, expiresAt: '2026-06-29T02:00:00.000Z' });
        const stored = await t.ctx.database.db.selectFrom('activationCodes').selectAll().execute();
        expect(JSON.stringify(stored)).not.toContain(issued.code);
        expect(JSON.stringify(stored)).not.toContain(issued.code.replaceAll('-', ''));
        expect((await post('/api/v1/activation-codes', { subjectId: '01a22588-0000-7000-8000-000000000000' }, office)).json().code).toBe('SUBJECT_NOT_FOUND');
        const admin = await issue(seeded.subject.id, await login(v.usernames.Admin!));
        expect(admin.code).not.toBe(issued.code);
      });

      it('open a subject account once; a wrong, used, expired or foreign code all answer the same', async () => {
        const { code } = await issue(seeded.subject.id, office);
        const body = { code, subjectCode: seeded.subject.code, username: 'archive-owner', displayName: '档案测试公司信用专员', password: PASSWORD };
        const invalid = (res: { statusCode: number; json(): { code: string } }) => expect([res.statusCode, res.json().code]).toEqual([400, 'ACTIVATION_CODE_INVALID']);

        invalid(await activate({ ...body, code: 'ABCD-EFGH-JKLM' }));
        invalid(await activate({ ...body, subjectCode: seeded.department.code }));
        invalid(await activate({ ...body, code: 'ABCD-EFGH-JKLM', password: 'short' })); // the password rule is only checked once the code holds
        expect((await activate({ ...body, username: v.usernames.Staff! })).json().code).toBe('USERNAME_TAKEN');
        expect((await activate({ ...body, password: 'archive-owner-12345' })).json().code).toBe('VALIDATION_FAILED');

        const ok = await activate({ ...body, code: code.toLowerCase().replaceAll('-', ' ') });
        expect(ok.statusCode, ok.body).toBe(201);
        expect(ok.json()).toMatchObject({ username: 'archive-owner', role: 'subject', subjectId: seeded.subject.id, departmentId: null });
        invalid(await activate({ ...body, username: 'archive-owner-2' }));

        const me = await get('/api/v1/auth/me', await login('archive-owner', PASSWORD));
        expect(me.json().user).toMatchObject({ role: 'subject', subjectId: seeded.subject.id });
        const used = await t.ctx.database.db.selectFrom('activationCodes').selectAll().where('usedBy', '=', ok.json().id).executeTakeFirstOrThrow();
        expect(used.usedAt).toBe(ARCHIVE_NOW);
      });

      it('refuse a code for another subject and a code past its 14 days', async () => {
        const other = await issue(v.otherSubject.subjectId!, office);
        const res = await activate({ code: other.code, subjectCode: seeded.subject.code, username: 'wrong-subject', displayName: '冒名', password: PASSWORD });
        expect(res.json().code).toBe('ACTIVATION_CODE_INVALID');

        const { code } = await issue(seeded.subject.id, office);
        try {
          clock.set('2026-06-29T02:00:00.000Z');
          const late = await activate({ code, subjectCode: seeded.subject.code, username: 'too-late', displayName: '迟到', password: PASSWORD });
          expect(late.json().code).toBe('ACTIVATION_CODE_INVALID');
        } finally {
          clock.set(ARCHIVE_NOW);
        }
        const inTime = await activate({ code, subjectCode: seeded.subject.code, username: 'just-in-time', displayName: '及时', password: PASSWORD });
        expect(inTime.statusCode).toBe(201);
      });

      it('let a person activate with the ID number, not with someone else\'s', async () => {
        const { code } = await issue(seeded.person.id, office);
        const body = { code, subjectCode: seeded.person.idNumber.toLowerCase(), username: 'qian-duoduo', displayName: '钱多多', password: PASSWORD };
        expect((await activate({ ...body, subjectCode: seeded.legalRepIdNumber })).json().code).toBe('ACTIVATION_CODE_INVALID');
        const ok = await activate(body);
        expect(ok.statusCode, ok.body).toBe(201);
        const headers = await login('qian-duoduo', PASSWORD);
        const mine = await get('/api/v1/me/archive/records', headers);
        expect(mine.json()).toMatchObject({ audience: 'authorised', items: [{ docNo: 'PERSON-LIVE' }] });
        expect(mine.body).not.toMatch(FULL_ID);
        const overview = await get('/api/v1/me/archive', headers);
        expect(overview.json().subject).toMatchObject({ type: 'person', idNumberMasked: expect.stringMatching(/^\d{4}\*{10}\d{3}[\dX]$/) });
        expect(overview.body).not.toMatch(FULL_ID);
      });
    });

    describe('a subject authorises a party and sees its reads', () => {
      let owner: Headers;
      let counterparty: Headers;
      let grantId = '';
      const bearer = () => ({ authorization: `Bearer ${v.consumerKeyPlain}` });

      beforeAll(async () => {
        owner = await login(v.usernames.Self!);
        counterparty = await login(v.usernames.Counterparty!);
      });

      it('keeps /me to subject accounts', async () => {
        expect((await get('/api/v1/me/archive')).statusCode).toBe(401);
        expect((await get('/api/v1/me/inquiries')).statusCode).toBe(401);
        const staff = await login(v.usernames.Staff!);
        for (const url of ['/api/v1/me/archive', '/api/v1/me/archive/records', '/api/v1/me/inquiries', '/api/v1/me/authorisations']) {
          expect((await get(url, staff)).json(), url).toMatchObject({ status: 403, code: 'FORBIDDEN' });
        }
        expect((await get('/api/v1/me/grants-received', staff)).json()).toEqual({ items: [], page: 1, pageSize: 20, hasMore: false });
      });

      it('shows the subject its whole archive, logged as 本主体查询', async () => {
        const res = await get('/api/v1/me/archive/records?pageSize=50', owner);
        expect(res.headers['cache-control']).toBe('private, no-store');
        expect(res.json().items.map((i: { docNo: string }) => i.docNo).sort()).toEqual(['A-ENDED', 'A-LIVE', 'C-LIVE', 'L-LIVE', 'P-ENDED', 'P-LIVE', 'S-ENDED', 'S-LIVE']);
        expect((await get('/api/v1/me/archive', owner)).json()).toMatchObject({ audience: 'authorised', subject: { code: seeded.subject.code } });
      });

      it('validates grants', async () => {
        const grant = (body: Record<string, unknown>) => post('/api/v1/me/authorisations', { grantee: { kind: 'user', username: v.usernames.Counterparty }, purpose: '授信审查', validFrom: '2026-06-15', validTo: '2027-06-14', ...body }, owner);
        const fieldCodes = async (body: Record<string, unknown>) => (await grant(body)).json().errors.map((e: { code: string }) => e.code);
        expect(await fieldCodes({ validFrom: '2026-06-14', validTo: '2026-12-31' })).toEqual(['GRANT_START_IN_PAST']);
        expect(await fieldCodes({ validTo: '2027-06-15' })).toEqual(['GRANT_TOO_LONG']);
        expect(await fieldCodes({ validFrom: '2026-07-01', validTo: '2026-06-30' })).toEqual(['GRANT_END_BEFORE_START']);
        expect(await fieldCodes({ grantee: { kind: 'user', username: 'nobody-here' } })).toEqual(['GRANTEE_NOT_FOUND']);
        expect(await fieldCodes({ grantee: { kind: 'user', username: 'archive-owner' } })).toEqual(['GRANTEE_INVALID']);
        expect((await grant({ purpose: '查' })).json().code).toBe('VALIDATION_FAILED');
        const staff = await login(v.usernames.Staff!);
        expect((await post('/api/v1/me/authorisations', { grantee: { kind: 'user', username: v.usernames.Counterparty }, purpose: '授信审查', validFrom: '2026-06-15', validTo: '2026-06-16' }, staff)).json().code).toBe('FORBIDDEN');
        const withoutCsrf = await t.app.inject({ method: 'POST', url: '/api/v1/me/authorisations', payload: { grantee: { kind: 'user', username: v.usernames.Counterparty }, purpose: '授信审查', validFrom: '2026-06-15', validTo: '2026-06-16' }, headers: { cookie: owner.cookie! } });
        expect(withoutCsrf.json().code).toBe('CSRF_TOKEN_INVALID');
        expect((await grant({ grantee: { kind: 'api_key', apiKey: 'zzzzzzzz' } })).json().errors[0].code).toBe('GRANTEE_NOT_FOUND');
      });

      it('grants a named user and a consumer key, who then read at the authorised level', async () => {
        const res = await post('/api/v1/me/authorisations', { grantee: { kind: 'user', username: v.usernames.Counterparty }, purpose: '授信审查', validFrom: '2026-06-15', validTo: '2027-06-14' }, owner);
        expect(res.statusCode, res.body).toBe(201);
        grantId = res.json().id;
        expect(res.json()).toEqual({
          id: grantId, grantee: { kind: 'user', name: '查看者 Counterparty', username: v.usernames.Counterparty, apiKeyPrefix: null, department: null },
          purpose: '授信审查', validFrom: '2026-06-15', validTo: '2027-06-14', status: 'active', createdAt: ARCHIVE_NOW, revokedAt: null,
        });
        const keyGrant = await post('/api/v1/me/authorisations', { grantee: { kind: 'api_key', apiKey: v.consumerKeyPrefix }, purpose: '贷款审批', validFrom: '2026-06-15', validTo: '2026-09-30' }, owner);
        expect(keyGrant.json().grantee).toEqual({ kind: 'api_key', name: '示例银行信贷系统', username: null, apiKeyPrefix: v.consumerKeyPrefix, department: '示例商业银行深圳分行' });

        const mine = await get('/api/v1/me/authorisations', owner);
        expect(mine.json().items.map((g: { id: string }) => g.id)).toEqual([keyGrant.json().id, grantId]);
        const received = await get('/api/v1/me/grants-received', counterparty);
        expect(received.json().items).toEqual([expect.objectContaining({ id: grantId, subject: { id: seeded.subject.id, name: seeded.subject.name, code: seeded.subject.code, type: 'enterprise' }, status: 'active' })]);
        expect((await get('/api/v1/me/grants-received', bearer())).json().items).toHaveLength(1);

        const read = await get(`/api/v1/subjects/${seeded.subject.code}/archive/records?category=rating`, counterparty);
        expect(read.json()).toMatchObject({ audience: 'authorised', items: [{ docNo: 'A-LIVE' }, { docNo: 'A-ENDED' }] });
        const byKey = await get(`/api/v1/subjects/${seeded.subject.code}/archive?purpose=${encodeURIComponent('个人经营贷款审批')}`, bearer());
        expect(byKey.json().audience).toBe('authorised');
        expect(byKey.headers['cache-control']).toBe('private, no-store');
      });

      it('lists every read of its non-public data in the inquiry record, newest first, without internal ids', async () => {
        const staff = await login(v.usernames.Staff!);
        expect((await get(`/api/v1/subjects/${seeded.subject.code}/archive`, staff)).json().code).toBe('PURPOSE_REQUIRED');
        expect((await get(`/api/v1/subjects/${seeded.subject.code}/archive?purpose=${encodeURIComponent('招投标资格审查')}`, staff)).json().audience).toBe('government');
        await getPublic(`/api/v1/subjects/${seeded.subject.code}/archive`);

        const res = await get('/api/v1/me/inquiries', owner);
        expect(res.statusCode).toBe(200);
        const items = res.json().items as Array<Record<string, unknown>>;
        expect(items.slice(0, 3)).toEqual([
          { at: ARCHIVE_NOW, reader: { kind: 'user', name: '查看者 Staff', department: '深圳市南山区住房和建设局', self: false }, action: 'archive.read', audience: 'government', purpose: '招投标资格审查' },
          { at: ARCHIVE_NOW, reader: { kind: 'api_key', name: '示例银行信贷系统', department: '示例商业银行深圳分行', self: false }, action: 'archive.read', audience: 'authorised', purpose: '个人经营贷款审批' },
          { at: ARCHIVE_NOW, reader: { kind: 'user', name: '查看者 Counterparty', department: null, self: false }, action: 'archive.read', audience: 'authorised', purpose: '授信审查' },
        ]);
        expect(items.filter((i) => (i.reader as { self: boolean }).self).every((i) => i.purpose === '本主体查询')).toBe(true);
        for (const id of [v.staff.id!, v.counterparty.id!, v.consumerKey.id, v.staff.departmentId!]) expect(res.body).not.toContain(id);
      });

      it('revokes a grant: kept in the list, the party is back to the public view', async () => {
        const res = await post(`/api/v1/me/authorisations/${grantId}/revoke`, {}, owner);
        expect(res.json()).toMatchObject({ id: grantId, status: 'revoked', revokedAt: ARCHIVE_NOW });
        expect((await post(`/api/v1/me/authorisations/${grantId}/revoke`, {}, owner)).json().revokedAt).toBe(ARCHIVE_NOW);
        expect((await post(`/api/v1/me/authorisations/${grantId}/revoke`, {}, counterparty)).json().code).toBe('AUTHORISATION_NOT_FOUND');
        expect((await post(`/api/v1/me/authorisations/${grantId}/revoke`, {}, await login(v.usernames.Staff!))).json().code).toBe('FORBIDDEN');
        const after = await get(`/api/v1/subjects/${seeded.subject.code}/archive/records`, counterparty);
        expect(after.json().audience).toBe('public');
        expect(after.json().items.map((i: { docNo: string }) => i.docNo)).toEqual(['P-LIVE', 'L-LIVE', 'C-LIVE']);
        const audit = await t.ctx.database.db.selectFrom('auditLog').selectAll().where('action', 'in', ['archive.grant', 'archive.grant_revoke']).where('targetId', '=', grantId).orderBy('seq').execute();
        expect(audit.map((a) => [a.action, a.subjectId, a.actorId])).toEqual([['archive.grant', seeded.subject.id, v.self.id], ['archive.grant_revoke', seeded.subject.id, v.self.id]]);
      });
    });

    describe('public responses', () => {
      it('never hold a full ID number, an internal-only field, or a record outside its publicity', async () => {
        const code = seeded.subject.code;
        const urls = [
          `/api/v1/subjects/${code}/archive`, `/api/v1/subjects/${code}/archive?purpose=x`, `/api/v1/subjects/${seeded.subject.id}/archive`,
          `/api/v1/subjects/${code}/archive/records?pageSize=50`, `/api/v1/subjects/${code}/archive/records?category=penalty`,
          `/api/v1/subjects/${code}/archive/records?typeCodes=admin_penalty,test_other_internal`, `/api/v1/subjects/${code}/records`,
          `/api/v1/subjects/${seeded.person.id}/archive`, `/api/v1/subjects/${seeded.person.id}/archive/records`,
          `/api/v1/subjects/${seeded.person.idNumber}/archive`,
        ];
        for (const url of urls) {
          const res = await getPublic(url);
          expect(res.statusCode, url).toBeLessThan(500);
          expect(res.headers['cache-control'], url).toBeUndefined();
        }
        const penalties = await getPublic(`/api/v1/subjects/${code}/archive/records?category=penalty`);
        expect(penalties.json()).toEqual({ audience: 'public', items: [expect.objectContaining({ docNo: 'P-LIVE' })], page: 1, pageSize: 20, hasMore: false });
        const byType = await getPublic(`/api/v1/subjects/${code}/archive/records?typeCodes=${encodeURIComponent(' admin_penalty, test_other_internal')}`);
        expect(byType.json().items.map((i: { docNo: string }) => i.docNo)).toEqual(['P-LIVE']);
        expect((await getPublic(`/api/v1/subjects/${code}/archive/records?typeCodes=`)).json().items).toHaveLength(3);
        expect((await getPublic(`/api/v1/subjects/${seeded.person.id}/archive`)).json().code).toBe('SUBJECT_NOT_FOUND');
        expect((await getPublic(`/api/v1/subjects/${code}/archive/records?page=21&pageSize=50`)).json().code).toBe('PAGE_TOO_DEEP');
        expect((await getPublic(`/api/v1/subjects/${code}/archive?at=2026-06-14`)).json().code).toBe('ARCHIVE_DATE_IN_PAST');

        expect(publicBodies.length).toBeGreaterThan(10);
        for (const [url, body] of publicBodies) {
          expect(body, url).not.toMatch(FULL_ID);
          for (const secret of [seeded.legalRepIdNumber, seeded.person.idNumber, seeded.person.name]) expect(body, url).not.toContain(secret);
          for (const hidden of ['P-ENDED', 'P-WITHDRAWN', 'S-LIVE', 'A-LIVE', 'I-LIVE', 'legalRepIdNumber', '"disclosure"', '"contentHash"', '"inPublicity"', '"id":"' + seeded.subject.id]) {
            expect(body, url).not.toContain(hidden);
          }
        }
      });

      it('rate-limit activation attempts from one address', async () => {
        const attempt = () => t.app.inject({ method: 'POST', url: '/api/v1/activation', payload: { code: 'ABCD-EFGH-JKLM', subjectCode: seeded.subject.code, username: 'guess', displayName: 'guess', password: PASSWORD }, remoteAddress: '10.200.0.1' });
        const codes: number[] = [];
        for (let i = 0; i < 11; i++) codes.push((await attempt()).statusCode);
        expect(codes.slice(0, 10).every((c) => c === 400)).toBe(true);
        expect(codes[10]).toBe(429);
      });
    });
  });
}
