import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { systemActor } from '../../kernel/actor.js';
import { listAuditEntries } from './audit-list.js';
import { userActor } from './actors.js';
import { accountsFixture, seedUser, testUscc } from './testing.js';

describeEachDialect('departments', (get) => {
  let f: ReturnType<typeof accountsFixture>;
  beforeAll(() => {
    f = accountsFixture(get());
  });

  it('registers a department under its normalised USCC, audited', async () => {
    const code = testUscc(4242);
    const spaced = ` ${code.slice(0, 9).toLowerCase()} ${code.slice(9)} `;
    const d = await f.accounts.createDepartment(systemActor, { code: spaced, name: '南山区市场监督管理局', nameEn: 'Nanshan Market Regulation', kind: 'government' });
    expect(d).toMatchObject({ code, name: '南山区市场监督管理局', nameEn: 'Nanshan Market Regulation', kind: 'government' });
    expect(await f.accounts.findDepartmentByCode(code.toLowerCase())).toEqual(d);
    expect(await f.accounts.getDepartment(d.id)).toEqual(d);
    expect((await listAuditEntries(get().db, { action: 'department.create' })).items[0]).toMatchObject({ targetId: d.id, details: { code } });
    await expect(f.accounts.createDepartment(systemActor, { code, name: 'again', kind: 'court' })).rejects.toMatchObject({ code: 'DEPARTMENT_CODE_TAKEN', status: 409 });
  });

  it('refuses a code that is not a valid USCC, with the identifier check codes', async () => {
    const good = testUscc(777);
    const broken = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    await expect(f.accounts.createDepartment(systemActor, { code: broken, name: 'x', kind: 'government' })).rejects.toMatchObject({
      status: 400,
      code: 'INVALID_IDENTIFIER',
      errors: [expect.objectContaining({ field: 'code', code: 'USCC_CHECK_CHAR' })],
    });
    await expect(f.accounts.createDepartment(systemActor, { code: '123', name: 'x', kind: 'government' })).rejects.toMatchObject({
      errors: [expect.objectContaining({ code: 'USCC_LENGTH' })],
    });
    await expect(f.accounts.createDepartment(systemActor, { code: good, name: 'x', kind: 'ministry' as never })).rejects.toMatchObject({ status: 400 });
  });

  it('lists for administrators only; unknown ids are 404', async () => {
    const page = await f.accounts.listDepartments(systemActor, { pageSize: 50 });
    expect(page.total).toBeGreaterThanOrEqual(1);
    const staff = await seedUser(f.accounts, 'staff');
    await expect(f.accounts.listDepartments(userActor(staff, { ip: null, requestId: null }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.accounts.createDepartment(userActor(staff, { ip: null, requestId: null }), { code: testUscc(5), name: 'x', kind: 'court' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.accounts.getDepartment('missing')).rejects.toMatchObject({ code: 'DEPARTMENT_NOT_FOUND', status: 404 });
  });
});
