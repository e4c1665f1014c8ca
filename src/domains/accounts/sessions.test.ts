import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { systemActor } from '../../kernel/actor.js';
import { sha256Hex } from '../../kernel/crypto.js';
import { listAuditEntries } from './audit-list.js';
import { LOCKOUT_MS } from './lockout.js';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './session-policy.js';
import { accountsFixture, seedUser, TEST_NOW, TEST_PASSWORD } from './testing.js';

const meta = { ip: '10.1.1.1', requestId: 'req-login' };
const MINUTE = 60_000;

describeEachDialect('sign-in and sessions', (get) => {
  let f: ReturnType<typeof accountsFixture>;
  beforeAll(() => {
    f = accountsFixture(get());
  });
  const fresh = () => f.clock.set(TEST_NOW);

  it('signs in: random token stored only as its SHA-256, CSRF token, 30-minute expiry, audited', async () => {
    fresh();
    const staff = await seedUser(f.accounts, 'staff');
    const result = await f.accounts.login({ username: staff.username.toUpperCase(), password: TEST_PASSWORD }, meta);
    expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.expiresAt).toBe(new Date(Date.parse(TEST_NOW) + SESSION_IDLE_MS).toISOString());
    expect(result.user).toMatchObject({ id: staff.id, role: 'staff' });
    expect(result.user).not.toHaveProperty('passwordHash');
    const stored = await get().db.selectFrom('sessions').selectAll().where('userId', '=', staff.id).execute();
    expect(stored.map((s) => s.idHash)).toEqual([sha256Hex(result.token)]);
    const actor = await f.accounts.resolveSession(result.token, meta);
    expect(actor).toMatchObject({ kind: 'user', id: staff.id, role: 'staff', departmentId: staff.departmentId, ip: '10.1.1.1' });
    const trail = await listAuditEntries(get().db, { action: 'auth.login', actorId: staff.id });
    expect(trail.items[0]).toMatchObject({ targetId: staff.id, ip: '10.1.1.1', requestId: 'req-login' });
    expect(JSON.stringify(trail)).not.toContain(result.token);
  });

  it('refuses a wrong password and an unknown user with the same code, and audits both', async () => {
    fresh();
    const staff = await seedUser(f.accounts, 'staff');
    await expect(f.accounts.login({ username: staff.username, password: 'wrong-password-123' }, meta)).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS', status: 401 });
    await expect(f.accounts.login({ username: 'nobody-here', password: 'wrong-password-123' }, meta)).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS', status: 401 });
    const failed = await listAuditEntries(get().db, { action: 'auth.login_failed' });
    expect(failed.items.slice(0, 2).map((e) => e.targetId)).toEqual([null, staff.id]);
    expect(JSON.stringify(failed)).not.toContain('wrong-password-123');
  });

  it('locks after 5 consecutive failures for 15 minutes, even for the right password', async () => {
    fresh();
    const staff = await seedUser(f.accounts, 'staff');
    for (let i = 0; i < 5; i += 1) {
      await expect(f.accounts.login({ username: staff.username, password: `wrong-${i}-password` }, meta)).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    }
    await expect(f.accounts.login({ username: staff.username, password: TEST_PASSWORD }, meta)).rejects.toMatchObject({
      code: 'ACCOUNT_LOCKED',
      status: 401,
      extra: { lockedUntil: new Date(Date.parse(TEST_NOW) + LOCKOUT_MS).toISOString() },
    });
    f.clock.advance(LOCKOUT_MS + 1);
    const ok = await f.accounts.login({ username: staff.username, password: TEST_PASSWORD }, meta);
    expect(ok.user.lockedUntil).toBeNull();
  });

  it('counts only consecutive failures: a success resets the count', async () => {
    fresh();
    const staff = await seedUser(f.accounts, 'staff');
    const fail = () => expect(f.accounts.login({ username: staff.username, password: 'not-the-password' }, meta)).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    for (let i = 0; i < 4; i += 1) await fail();
    await f.accounts.login({ username: staff.username, password: TEST_PASSWORD }, meta);
    for (let i = 0; i < 4; i += 1) await fail();
    await expect(f.accounts.login({ username: staff.username, password: TEST_PASSWORD }, meta)).resolves.toMatchObject({ user: { id: staff.id } });
  });

  it('locks unknown usernames the same way, so a lockout does not reveal an account', async () => {
    fresh();
    for (let i = 0; i < 5; i += 1) {
      await expect(f.accounts.login({ username: 'ghost-user', password: 'whatever-password' }, meta)).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    }
    await expect(f.accounts.login({ username: 'ghost-user', password: 'whatever-password' }, meta)).rejects.toMatchObject({ code: 'ACCOUNT_LOCKED' });
  });

  it('counts parallel guesses one by one', async () => {
    fresh();
    const staff = await seedUser(f.accounts, 'staff');
    const guesses = Array.from({ length: 5 }, (_, i) => f.accounts.login({ username: staff.username, password: `parallel-${i}-guess` }, meta).catch((e: { code: string }) => e.code));
    expect(await Promise.all(guesses)).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    await expect(f.accounts.login({ username: staff.username, password: TEST_PASSWORD }, meta)).rejects.toMatchObject({ code: 'ACCOUNT_LOCKED' });
  });

  it('refuses a disabled account with the right password only', async () => {
    fresh();
    const staff = await seedUser(f.accounts, 'staff');
    await f.accounts.updateUser(systemActor, staff.id, { status: 'disabled' });
    await expect(f.accounts.login({ username: staff.username, password: 'not-the-password' }, meta)).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    await expect(f.accounts.login({ username: staff.username, password: TEST_PASSWORD }, meta)).rejects.toMatchObject({ code: 'ACCOUNT_DISABLED', status: 401 });
  });

  it('ends a session after 30 idle minutes', async () => {
    fresh();
    const staff = await seedUser(f.accounts, 'staff');
    const { token } = await f.accounts.login({ username: staff.username, password: TEST_PASSWORD }, meta);
    f.clock.advance(SESSION_IDLE_MS - 1);
    expect(await f.accounts.resolveSession(token)).not.toBeNull();
    f.clock.advance(SESSION_IDLE_MS);
    expect(await f.accounts.resolveSession(token)).toBeNull();
    expect(await get().db.selectFrom('sessions').select('idHash').where('idHash', '=', sha256Hex(token)).executeTakeFirst()).toBeUndefined();
  });

  it('extends on use, but never past 12 hours after sign-in', async () => {
    fresh();
    const staff = await seedUser(f.accounts, 'staff');
    const { token } = await f.accounts.login({ username: staff.username, password: TEST_PASSWORD }, meta);
    let last = '';
    for (let elapsed = 0; elapsed < SESSION_ABSOLUTE_MS - 20 * MINUTE; elapsed += 20 * MINUTE) {
      f.clock.advance(20 * MINUTE);
      const s = await f.accounts.authenticateSession(token);
      expect(s).not.toBeNull();
      last = s!.expiresAt;
    }
    expect(last).toBe(new Date(Date.parse(TEST_NOW) + SESSION_ABSOLUTE_MS).toISOString());
    f.clock.set(last);
    expect(await f.accounts.resolveSession(token)).toBeNull();
  });

  it('logs out: the token stops working and the logout is audited', async () => {
    fresh();
    const staff = await seedUser(f.accounts, 'staff');
    const { token } = await f.accounts.login({ username: staff.username, password: TEST_PASSWORD }, meta);
    await f.accounts.logout(token, meta);
    expect(await f.accounts.resolveSession(token)).toBeNull();
    expect((await listAuditEntries(get().db, { action: 'auth.logout', actorId: staff.id })).total).toBe(1);
    await expect(f.accounts.logout(token)).resolves.toBeUndefined();
    expect(await f.accounts.resolveSession('not a token')).toBeNull();
  });

  it('drops the sessions of a disabled user at once', async () => {
    fresh();
    const staff = await seedUser(f.accounts, 'staff');
    const { token } = await f.accounts.login({ username: staff.username, password: TEST_PASSWORD }, meta);
    await f.accounts.updateUser(systemActor, staff.id, { status: 'disabled' });
    expect(await f.accounts.resolveSession(token)).toBeNull();
  });
});
