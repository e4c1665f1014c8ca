import { systemActor, type Role } from '../../src/kernel/actor.js';
import { makeUscc } from './factories.js';
import type { TestApp } from './app.js';

export interface SignedIn {
  userId: string;
  headers: { cookie: string; 'x-csrf-token': string };
}

let n = 0;

/** Creates a user of the given role (with a department where the role needs one) and signs in over HTTP. */
export async function signIn(t: TestApp, role: Exclude<Role, 'public'>): Promise<SignedIn> {
  n += 1;
  const accounts = t.ctx.services.accounts;
  const needsDepartment = role === 'provider' || role === 'staff' || role === 'reviewer';
  const department = needsDepartment
    ? await accounts.createDepartment(systemActor, { code: makeUscc(900_000 + n, '11'), name: `测试部门${n}`, kind: 'government' })
    : undefined;
  const password = 'Test-Password-2026!';
  const user = await accounts.createUser(systemActor, {
    username: `${role}${n}`,
    displayName: `测试用户${n}`,
    password,
    role,
    ...(department ? { departmentId: department.id } : {}),
  });
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: `${role}${n}`, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'xinyong_session');
  if (!cookie) throw new Error('no session cookie');
  return { userId: user.id, headers: { cookie: `xinyong_session=${cookie.value}`, 'x-csrf-token': res.json().csrfToken } };
}
