import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { parseUscc } from '../identifiers/index.js';
import { listAuditEntries } from './audit-list.js';
import { verifyAuditChain } from './audit-chain.js';
import { CREDIT_OFFICE_CODE, ensureBootstrapAdmin } from './bootstrap-admin.js';
import { accountsFixture } from './testing.js';

it('uses a check-valid government USCC in Nanshan for the credit office', () => {
  const result = parseUscc(CREDIT_OFFICE_CODE);
  expect(result.valid).toBe(true);
  expect(CREDIT_OFFICE_CODE.slice(0, 8)).toBe('11440305');
});

describeEachDialect('bootstrap administrator', (get) => {
  let f: ReturnType<typeof accountsFixture>;
  beforeAll(() => {
    f = accountsFixture(get());
  });

  it('creates the credit office and admin with a generated password that must be changed', async () => {
    const result = await ensureBootstrapAdmin(f.deps);
    expect(result).toMatchObject({ created: true, username: 'admin' });
    expect(result.password).toMatch(/^[A-Za-z0-9]{20}$/);
    const office = await f.accounts.findDepartmentByCode(CREDIT_OFFICE_CODE);
    expect(office).toMatchObject({ name: '南山区社会信用体系建设领导小组办公室', kind: 'credit_office' });
    const login = await f.accounts.login({ username: 'admin', password: result.password! }, { ip: null, requestId: null });
    expect(login.user).toMatchObject({ role: 'admin', departmentId: office!.id, mustChangePassword: true });
    const trail = await listAuditEntries(get().db, {});
    expect(trail.items.map((e) => e.action)).toEqual(['auth.login', 'user.create', 'department.create']);
    expect(trail.items[1]).toMatchObject({ actorType: 'system' });
    expect(JSON.stringify(trail)).not.toContain(result.password);
    expect(await verifyAuditChain(get().db)).toEqual({ ok: true, checked: 3 });
  });

  it('does nothing once an administrator exists', async () => {
    expect(await ensureBootstrapAdmin(f.deps, { password: 'Configured-Password-1' })).toEqual({ created: false, username: 'admin' });
  });
});

describeEachDialect('bootstrap administrator with a configured password', (get) => {
  it('uses it, does not echo it, and does not force a change', async () => {
    const f = accountsFixture(get());
    const result = await ensureBootstrapAdmin(f.deps, { password: 'Configured-Password-1' });
    expect(result).toEqual({ created: true, username: 'admin' });
    const login = await f.accounts.login({ username: 'admin', password: 'Configured-Password-1' }, { ip: null, requestId: null });
    expect(login.user.mustChangePassword).toBe(false);
  });
});
