import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { anonymousActor, systemActor } from '../../kernel/actor.js';
import { listAuditEntries } from './audit-list.js';
import { userActor } from './actors.js';
import { accountsFixture, seedDepartment, seedUser, TEST_PASSWORD, unique } from './testing.js';

const meta = { ip: null, requestId: null };

describeEachDialect('users', (get) => {
  let f: ReturnType<typeof accountsFixture>;
  beforeAll(() => {
    f = accountsFixture(get());
  });
  const fieldCodes = (err: unknown) => ((err as { errors?: { field: string; code: string }[] }).errors ?? []).map((e) => `${e.field}:${e.code}`);

  it('creates a user with an argon2id hash, lower-cased name, and an audit entry without the password', async () => {
    const department = await seedDepartment(f.accounts);
    const name = `Li.Wei-${unique()}`;
    const user = await f.accounts.createUser(systemActor, { username: name, displayName: '李伟', password: TEST_PASSWORD, role: 'reviewer', departmentId: department.id });
    expect(user).toMatchObject({ username: name.toLowerCase(), role: 'reviewer', status: 'active', mustChangePassword: false });
    const row = await get().db.selectFrom('users').select('passwordHash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    const entry = (await listAuditEntries(get().db, { action: 'user.create' })).items.find((e) => e.targetId === user.id);
    expect(entry?.details).toMatchObject({ username: user.username, role: 'reviewer', departmentId: department.id });
    expect(JSON.stringify(entry)).not.toContain(TEST_PASSWORD);
  });

  it.each([
    [{ role: 'staff' }, ['departmentId:DEPARTMENT_REQUIRED']],
    [{ role: 'provider', departmentId: 'no-such-department' }, ['departmentId:DEPARTMENT_NOT_FOUND']],
    [{ role: 'subject' }, ['subjectId:SUBJECT_REQUIRED']],
    [{ role: 'auditor', subjectId: 'some-subject' }, ['subjectId:FIELD_NOT_ALLOWED']],
    [{ role: 'public' }, ['role:INVALID_VALUE']],
    [{ role: 'admin', password: 'short' }, ['password:PASSWORD_TOO_WEAK']],
    [{ role: 'admin', extra: 1 }, ['extra:UNKNOWN_FIELD']],
  ])('refuses %j', async (input, codes) => {
    const err = await f.accounts
      .createUser(systemActor, { username: `bad-${unique()}`, displayName: 'x', password: TEST_PASSWORD, ...input } as never)
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 400 });
    expect(fieldCodes(err)).toEqual(codes);
  });

  it('refuses a subject account for a subject that does not exist', async () => {
    const err = await f.accounts
      .createUser(systemActor, { username: `subj-${unique()}`, displayName: 'x', password: TEST_PASSWORD, role: 'subject', subjectId: 'missing' })
      .catch((e: unknown) => e);
    expect(fieldCodes(err)).toEqual(['subjectId:SUBJECT_NOT_FOUND']);
  });

  it('refuses a taken username with 409 USERNAME_TAKEN', async () => {
    const admin = await seedUser(f.accounts, 'admin');
    await expect(f.accounts.createUser(systemActor, { username: admin.username, displayName: 'x', password: TEST_PASSWORD, role: 'auditor' })).rejects.toMatchObject({ code: 'USERNAME_TAKEN', status: 409 });
  });

  it('lets only administrators manage users', async () => {
    const staff = await seedUser(f.accounts, 'staff');
    const asStaff = userActor(staff, meta);
    await expect(f.accounts.createUser(asStaff, { username: `x-${unique()}`, displayName: 'x', password: TEST_PASSWORD, role: 'admin' })).rejects.toMatchObject({ code: 'FORBIDDEN', status: 403 });
    await expect(f.accounts.listUsers(asStaff)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.accounts.updateUser(asStaff, staff.id, { role: 'admin' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.accounts.listUsers(anonymousActor())).rejects.toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    expect((await f.accounts.getUser(asStaff, staff.id)).id).toBe(staff.id);
  });

  it('updates role, status and department, auditing what changed', async () => {
    const staff = await seedUser(f.accounts, 'staff');
    const other = await seedDepartment(f.accounts);
    const updated = await f.accounts.updateUser(systemActor, staff.id, { role: 'reviewer', departmentId: other.id });
    expect(updated).toMatchObject({ role: 'reviewer', departmentId: other.id });
    const entry = (await listAuditEntries(get().db, { action: 'user.update' })).items[0];
    expect(entry?.details).toEqual({ changes: { role: { from: 'staff', to: 'reviewer' }, departmentId: { from: staff.departmentId, to: other.id } } });
    const err = await f.accounts.updateUser(systemActor, staff.id, { departmentId: null }).catch((e: unknown) => e);
    expect(fieldCodes(err)).toEqual(['departmentId:DEPARTMENT_REQUIRED']);
    await expect(f.accounts.updateUser(systemActor, 'no-such-user', { status: 'disabled' })).rejects.toMatchObject({ code: 'USER_NOT_FOUND', status: 404 });
  });

  it('lists users with filters', async () => {
    const department = await seedDepartment(f.accounts);
    const p1 = await seedUser(f.accounts, 'provider', { departmentId: department.id });
    await seedUser(f.accounts, 'provider', { departmentId: department.id });
    const page = await f.accounts.listUsers(systemActor, { departmentId: department.id, pageSize: 1 });
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 1, hasMore: true });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).not.toHaveProperty('passwordHash');
    expect((await f.accounts.listUsers(systemActor, { role: 'provider' })).items.map((u) => u.id)).toContain(p1.id);
  });

  it('never leaves the platform without an active administrator', async () => {
    const db = get().db;
    const admins = await db.selectFrom('users').select('id').where('role', '=', 'admin').where('status', '=', 'active').execute();
    for (const a of admins.slice(1)) await f.accounts.updateUser(systemActor, a.id, { status: 'disabled' });
    const last = admins[0]!.id;
    await expect(f.accounts.updateUser(systemActor, last, { role: 'auditor' })).rejects.toMatchObject({ code: 'LAST_ADMIN', status: 409 });
    await expect(f.accounts.updateUser(systemActor, last, { status: 'disabled' })).rejects.toMatchObject({ code: 'LAST_ADMIN' });
  });

  it('changes the own password: checks the current one, ends other sessions, clears mustChangePassword', async () => {
    const staff = await seedUser(f.accounts, 'staff');
    const s1 = await f.accounts.login({ username: staff.username, password: TEST_PASSWORD }, meta);
    const s2 = await f.accounts.login({ username: staff.username, password: TEST_PASSWORD }, meta);
    const actor = userActor(staff, meta);
    const wrong = await f.accounts.changePassword(actor, { currentPassword: 'not-it-at-all', newPassword: 'Another-Long-Secret-7' }).catch((e: unknown) => e);
    expect(fieldCodes(wrong)).toEqual(['currentPassword:CURRENT_PASSWORD_INVALID']);
    const same = await f.accounts.changePassword(actor, { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }).catch((e: unknown) => e);
    expect(fieldCodes(same)).toEqual(['newPassword:PASSWORD_UNCHANGED']);
    await f.accounts.changePassword(actor, { currentPassword: TEST_PASSWORD, newPassword: 'Another-Long-Secret-7' }, { keepSessionToken: s1.token });
    expect(await f.accounts.resolveSession(s1.token)).not.toBeNull();
    expect(await f.accounts.resolveSession(s2.token)).toBeNull();
    await expect(f.accounts.login({ username: staff.username, password: 'Another-Long-Secret-7' }, meta)).resolves.toBeDefined();
    await expect(f.accounts.changePassword(systemActor, { currentPassword: 'a', newPassword: 'b' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
