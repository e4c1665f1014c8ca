// Fixtures for the monitoring tests: followers of each kind, and the clock moved past the feed's safety lag.
import { systemActor, type Actor, type Role } from '../../kernel/actor.js';
import type { TestApp } from '../../../test/support/app.js';
import { makeUscc } from '../../../test/support/factories.js';
import { DEFAULT_FEED_LAG_MS } from './service.js';

let n = 0;

/** A user of the given role (with a department where the role needs one), as the actor the service sees. */
export async function userFollower(t: TestApp, role: Exclude<Role, 'public' | 'subject'>): Promise<Actor> {
  n += 1;
  const accounts = t.ctx.services.accounts;
  const needsDepartment = role === 'provider' || role === 'staff' || role === 'reviewer';
  const department = needsDepartment
    ? await accounts.createDepartment(systemActor, { code: makeUscc(800_000 + n, '11'), name: `关注测试部门${n}`, kind: 'government' })
    : undefined;
  const user = await accounts.createUser(systemActor, {
    username: `follower${role}${n}`, displayName: `关注者${n}`, password: 'Test-Password-2026!', role, ...(department ? { departmentId: department.id } : {}),
  });
  return { ...systemActor, kind: 'user', id: user.id, role, departmentId: user.departmentId, subjectId: null };
}

/** A consumer API key (a business system) of a new department: its actor and the plain key. */
export async function consumerKey(t: TestApp): Promise<{ actor: Actor; key: string }> {
  n += 1;
  const accounts = t.ctx.services.accounts;
  const department = await accounts.createDepartment(systemActor, { code: makeUscc(850_000 + n, '12'), name: `业务系统${n}`, kind: 'external' });
  const { apiKey, key } = await accounts.createApiKey(systemActor, { name: `采购系统${n}`, departmentId: department.id, purpose: 'consumer' });
  return { actor: { ...systemActor, kind: 'api_key', id: apiKey.id, role: 'public', departmentId: department.id, apiKeyPurpose: 'consumer' }, key };
}

/** How far to move a fixed clock so that what was written before is old enough for the pump. */
export const PAST_LAG_MS = DEFAULT_FEED_LAG_MS + 1000;
