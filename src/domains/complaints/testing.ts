// Fixtures for complaint tests: the credit office, two departments with staff,
// a subject whose records come mostly from one of them, and sign-in over HTTP.
import type { TestApp } from '../../../test/support/app.js';
import { enterpriseInput, makeUscc } from '../../../test/support/factories.js';
import { systemActor, type Role } from '../../kernel/actor.js';
import { newId } from '../../kernel/ids.js';

export type Headers = { cookie: string; 'x-csrf-token': string };

export interface ComplaintPeople {
  office: Headers;
  market: Headers;
  housing: Headers;
  auditor: Headers;
  departments: { office: string; market: string; housing: string };
  users: { market: string; office: string };
  subject: { id: string; code: string; name: string };
  /** Signs everyone in again (sessions end after 30 idle minutes: call it after moving the clock on). */
  refresh(): Promise<void>;
}

const PASSWORD = 'Complaint-Test-2026!';
/** Sign-ins come from their own addresses: the sign-in form is rate-limited per address. */
let signIns = 0;

/** A record row as the records domain stores it (only what routing reads matters here). */
async function recordFrom(t: TestApp, subjectId: string, departmentId: string, n: number, decisionDate: string) {
  const now = '2026-01-01T00:00:00.000Z';
  await t.database.db.insertInto('records').values({
    id: newId(), naturalKey: `${departmentId}|admin_penalty|DOC-${n}|`, subjectId, typeCode: 'admin_penalty', typeVersion: 1,
    sourceDepartmentId: departmentId, docNo: `DOC-${n}`, period: null, decisionDate, validUntil: null, severity: 'general', disclosure: 'public',
    publicityEnd: null, polarity: 'negative', category: 'penalties', status: 'active', version: 1, content: '{}', contentHash: `h${n}`,
    firstReceivedAt: now, lastReceivedAt: now, updatedAt: now,
  }).execute();
}

export async function seedComplaintPeople(t: TestApp, n = 1): Promise<ComplaintPeople> {
  const { accounts, subjects } = t.ctx.services;
  const dept = (i: number, name: string, kind: 'credit_office' | 'government') => accounts.createDepartment(systemActor, { code: makeUscc(960_000 + n * 10 + i, '11'), name, kind });
  const office = await dept(1, `南山区信用办${n}`, 'credit_office');
  const market = await dept(2, `南山区市场监督管理局${n}`, 'government');
  const housing = await dept(3, `南山区住房和建设局${n}`, 'government');
  const users: Record<string, string> = {};
  const signIn = async (username: string): Promise<Headers> => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: PASSWORD }, remoteAddress: `10.9.${Math.floor(signIns / 200)}.${(signIns++ % 200) + 1}` });
    const cookie = res.cookies.find((c) => c.name === 'xinyong_session')!;
    return { cookie: `xinyong_session=${cookie.value}`, 'x-csrf-token': res.json().csrfToken };
  };
  const login = async (name: string, role: Exclude<Role, 'public'>, departmentId?: string): Promise<Headers> => {
    const username = `complaint-${name}-${n}`;
    users[name] = (await accounts.createUser(systemActor, { username, displayName: name, password: PASSWORD, role, ...(departmentId ? { departmentId } : {}) })).id;
    return signIn(username);
  };
  const input = enterpriseInput(97_000 + n);
  const subject = await subjects.create(systemActor, input);
  await recordFrom(t, subject.id, market.id, 1, '2025-03-01');
  await recordFrom(t, subject.id, market.id, 2, '2025-04-01');
  await recordFrom(t, subject.id, housing.id, 3, '2025-05-01');
  const people: ComplaintPeople = {
    office: await login('office', 'staff', office.id),
    market: await login('market', 'staff', market.id),
    housing: await login('housing', 'staff', housing.id),
    auditor: await login('auditor', 'auditor'),
    departments: { office: office.id, market: market.id, housing: housing.id },
    users: { market: users.market!, office: users.office! },
    subject: { id: subject.id, code: input.code!, name: input.name },
    async refresh() {
      for (const name of ['office', 'market', 'housing', 'auditor'] as const) people[name] = await signIn(`complaint-${name}-${n}`);
    },
  };
  return people;
}

/** A complaint body about the fixture's subject. */
export const aboutSubject = (code: string, extra: Record<string, unknown> = {}) => ({
  about: 'subject', subjectCode: code, complainantName: '李四', complainantContact: '13800138000',
  matter: '该公司在南山区某小区违规施工，夜间噪音扰民，多次反映无果。', ...extra,
});
