import { describe, expect, it } from 'vitest';
import type { Role } from '../../kernel/actor.js';
import { audienceFor, isGrantInForce, type GrantTerms, type Viewer } from './audience.js';
import { statedPurpose } from './purpose.js';

const SUBJECT = { id: 's-1' };
const TODAY = '2026-06-15';

const viewer = (kind: Viewer['kind'], role: Role, extra: Partial<Viewer> = {}): Viewer => ({
  kind, id: kind === 'anonymous' ? null : `${kind}-${role}`, role, subjectId: null, apiKeyPurpose: kind === 'api_key' ? 'consumer' : null, departmentKind: null, ...extra,
});
const grantTo = (v: Viewer, extra: Partial<GrantTerms> = {}): GrantTerms => ({
  id: 'g-1', subjectId: SUBJECT.id, granteeType: v.kind === 'api_key' ? 'api_key' : 'user', granteeId: v.id ?? '', purpose: '贷款审查',
  validFrom: '2026-06-01', validTo: '2026-12-31', revokedAt: null, ...extra,
});

const anonymous = viewer('anonymous', 'public');
const consumerKey = viewer('api_key', 'public', { departmentKind: 'external' });
const providerKey = viewer('api_key', 'provider', { apiKeyPurpose: 'provider', departmentKind: 'government' });
const provider = viewer('user', 'provider', { departmentKind: 'government' });
const self = viewer('user', 'subject', { subjectId: SUBJECT.id });
const otherSubject = viewer('user', 'subject', { subjectId: 's-2' });
const staff = viewer('user', 'staff', { departmentKind: 'government' });
const reviewer = viewer('user', 'reviewer', { departmentKind: 'government' });
const creditOffice = viewer('user', 'staff', { departmentKind: 'credit_office' });
const creditOfficeReviewer = viewer('user', 'reviewer', { departmentKind: 'credit_office' });
const admin = viewer('user', 'admin');
const auditor = viewer('user', 'auditor');
const cli = viewer('system', 'admin');

describe('audienceFor', () => {
  it.each<[string, Viewer, GrantTerms | null, string]>([
    ['anonymous', anonymous, null, 'public'],
    ['a consumer API key without a grant', consumerKey, null, 'public'],
    ['a provider API key', providerKey, null, 'public'],
    ['a provider user', provider, null, 'public'],
    ['another subject\'s account', otherSubject, null, 'public'],
    ['the subject itself', self, null, 'authorised'],
    ['another subject\'s account holding a grant', otherSubject, grantTo(otherSubject), 'authorised'],
    ['a consumer key holding a grant', consumerKey, grantTo(consumerKey), 'authorised'],
    ['a provider user holding a grant', provider, grantTo(provider), 'authorised'],
    ['a government staff member holding a grant', staff, grantTo(staff), 'authorised'],
    ['a grant revoked', otherSubject, grantTo(otherSubject, { revokedAt: '2026-06-10T00:00:00.000Z' }), 'public'],
    ['a grant that ended yesterday', otherSubject, grantTo(otherSubject, { validTo: '2026-06-14' }), 'public'],
    ['a grant ending today', otherSubject, grantTo(otherSubject, { validTo: TODAY }), 'authorised'],
    ['a grant starting tomorrow', otherSubject, grantTo(otherSubject, { validFrom: '2026-06-16' }), 'public'],
    ['a grant for another subject', otherSubject, grantTo(otherSubject, { subjectId: 's-3' }), 'public'],
    ['someone else\'s grant', otherSubject, grantTo(consumerKey), 'public'],
    ['a grant to a user id held by an API key of the same id', viewer('api_key', 'public', { id: 'user-subject' }), grantTo(otherSubject, { granteeId: 'user-subject' }), 'public'],
    ['a provider key named in a grant', providerKey, grantTo(providerKey), 'public'],
    ['staff of another department', staff, null, 'government'],
    ['a reviewer', reviewer, null, 'government'],
    ['a reviewer of the credit office', creditOfficeReviewer, null, 'government'],
    ['credit office staff', creditOffice, null, 'internal'],
    ['an admin', admin, null, 'internal'],
    ['an auditor', auditor, null, 'internal'],
    ['the CLI', cli, null, 'internal'],
  ])('%s → %s', (_name, v, grant, expected) => {
    expect(audienceFor(v, SUBJECT, grant, TODAY)).toBe(expected);
  });

  it('treats grants as in force from the first to the last day inclusive, unless revoked', () => {
    const g = { validFrom: '2026-06-15', validTo: '2026-06-20', revokedAt: null };
    expect(['2026-06-14', '2026-06-15', '2026-06-20', '2026-06-21'].map((d) => isGrantInForce(g, d))).toEqual([false, true, true, false]);
    expect(isGrantInForce({ ...g, revokedAt: '2026-06-16T00:00:00.000Z' }, '2026-06-16')).toBe(false);
  });
});

describe('statedPurpose', () => {
  const none = { self: false, grant: null };
  it.each<[string, Parameters<typeof statedPurpose>, string | null]>([
    ['the public states none', ['public', '随便看看', none], null],
    ['a given purpose is kept, trimmed', ['government', '  行政许可审查  ', none], '行政许可审查'],
    ['the subject itself defaults to 本主体查询', ['authorised', undefined, { self: true, grant: null }], '本主体查询'],
    ['a grant holder defaults to the grant\'s purpose', ['authorised', '', { self: false, grant: grantTo(otherSubject) }], '贷款审查'],
    ['a grant holder may state its own', ['authorised', '合同签订前核查', { self: false, grant: grantTo(otherSubject) }], '合同签订前核查'],
  ])('%s', (_name, args, expected) => {
    expect(statedPurpose(...args)).toBe(expected);
  });

  it.each<[string, Parameters<typeof statedPurpose>]>([
    ['missing for government staff', ['government', undefined, none]],
    ['blank for the credit office', ['internal', '   ', none]],
    ['one character', ['internal', '查', none]],
    ['over 200 characters', ['government', '查'.repeat(201), none]],
  ])('refuses a purpose %s with PURPOSE_REQUIRED', (_name, args) => {
    expect(() => statedPurpose(...args)).toThrow(expect.objectContaining({ code: 'PURPOSE_REQUIRED', status: 400 }));
  });
});
