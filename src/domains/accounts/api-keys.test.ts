import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { systemActor } from '../../kernel/actor.js';
import { sha256Hex } from '../../kernel/crypto.js';
import { API_KEY_CACHE_TTL_MS } from './api-key-cache.js';
import { listAuditEntries } from './audit-list.js';
import { userActor } from './actors.js';
import { accountsFixture, seedDepartment, seedUser } from './testing.js';

describeEachDialect('API keys', (get) => {
  let f: ReturnType<typeof accountsFixture>;
  beforeAll(() => {
    f = accountsFixture(get());
  });

  it('issues a key once, stores only its SHA-256 and prefix, and audits without the key', async () => {
    const department = await seedDepartment(f.accounts);
    const { key, apiKey } = await f.accounts.createApiKey(systemActor, { name: '市监局数据报送', departmentId: department.id, purpose: 'provider' });
    expect(key).toMatch(/^xy_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(key.slice(3, 11)).toBe(apiKey.prefix);
    expect(apiKey).not.toHaveProperty('keyHash');
    const row = await get().db.selectFrom('apiKeys').selectAll().where('id', '=', apiKey.id).executeTakeFirstOrThrow();
    expect(row.keyHash).toBe(sha256Hex(key));
    const entry = (await listAuditEntries(get().db, { action: 'api_key.create' })).items[0];
    expect(entry).toMatchObject({ targetId: apiKey.id, details: { prefix: apiKey.prefix, purpose: 'provider' } });
    expect(JSON.stringify(entry)).not.toContain(key.slice(12));
    const listed = await f.accounts.listApiKeys(systemActor, { departmentId: department.id });
    expect(listed.items.map((k) => k.id)).toEqual([apiKey.id]);
    expect(JSON.stringify(listed)).not.toContain(row.keyHash);
  });

  it('resolves a provider key to its department, a consumer key to a public actor', async () => {
    const department = await seedDepartment(f.accounts);
    const provider = await f.accounts.createApiKey(systemActor, { name: 'p', departmentId: department.id, purpose: 'provider' });
    const consumer = await f.accounts.createApiKey(systemActor, { name: 'c', departmentId: department.id, purpose: 'consumer' });
    expect(await f.accounts.resolveApiKey(provider.key, { ip: '10.2.2.2', requestId: 'r' })).toEqual({
      kind: 'api_key', id: provider.apiKey.id, role: 'provider', departmentId: department.id, subjectId: null, apiKeyPurpose: 'provider', ip: '10.2.2.2', requestId: 'r',
    });
    expect(await f.accounts.resolveApiKey(consumer.key)).toMatchObject({ role: 'public', apiKeyPurpose: 'consumer', departmentId: department.id });
    const altered = provider.key.slice(0, -1) + (provider.key.endsWith('A') ? 'B' : 'A');
    expect(await f.accounts.resolveApiKey(altered)).toBeNull();
    expect(await f.accounts.resolveApiKey('garbage')).toBeNull();
  });

  it('records last use at most once a minute', async () => {
    const department = await seedDepartment(f.accounts);
    const { key, apiKey } = await f.accounts.createApiKey(systemActor, { name: 'p', departmentId: department.id, purpose: 'provider' });
    const lastUsed = async () => (await get().db.selectFrom('apiKeys').select('lastUsedAt').where('id', '=', apiKey.id).executeTakeFirstOrThrow()).lastUsedAt;
    const t0 = f.clock.now().toISOString();
    await f.accounts.resolveApiKey(key);
    expect(await lastUsed()).toBe(t0);
    f.clock.advance(59_000);
    await f.accounts.resolveApiKey(key);
    expect(await lastUsed()).toBe(t0);
    f.clock.advance(1_000);
    await f.accounts.resolveApiKey(key);
    expect(await lastUsed()).toBe(f.clock.now().toISOString());
  });

  it('revokes: the key then fails with API_KEY_REVOKED; revoking again changes nothing', async () => {
    const department = await seedDepartment(f.accounts);
    const { key, apiKey } = await f.accounts.createApiKey(systemActor, { name: 'p', departmentId: department.id, purpose: 'provider' });
    const revoked = await f.accounts.revokeApiKey(systemActor, apiKey.id);
    expect(revoked.revokedAt).toBe(f.clock.now().toISOString());
    await expect(f.accounts.resolveApiKey(key)).rejects.toMatchObject({ code: 'API_KEY_REVOKED', status: 401 });
    f.clock.advance(5_000);
    expect((await f.accounts.revokeApiKey(systemActor, apiKey.id)).revokedAt).toBe(revoked.revokedAt);
    expect((await listAuditEntries(get().db, { action: 'api_key.revoke' })).items.filter((e) => e.targetId === apiKey.id)).toHaveLength(1);
    await expect(f.accounts.revokeApiKey(systemActor, 'missing')).rejects.toMatchObject({ code: 'API_KEY_NOT_FOUND', status: 404 });
  });

  it('holds a key for a few seconds: revoked here it is refused at once, revoked by another process within the TTL', async () => {
    const department = await seedDepartment(f.accounts);
    const here = await f.accounts.createApiKey(systemActor, { name: 'here', departmentId: department.id, purpose: 'consumer' });
    expect(await f.accounts.resolveApiKey(here.key)).toMatchObject({ id: here.apiKey.id });
    await f.accounts.revokeApiKey(systemActor, here.apiKey.id);
    await expect(f.accounts.resolveApiKey(here.key)).rejects.toMatchObject({ code: 'API_KEY_REVOKED' });

    const elsewhere = await f.accounts.createApiKey(systemActor, { name: 'elsewhere', departmentId: department.id, purpose: 'consumer' });
    expect(await f.accounts.resolveApiKey(elsewhere.key)).toMatchObject({ id: elsewhere.apiKey.id });
    // another process revokes it in the shared database
    await get().db.updateTable('apiKeys').set({ revokedAt: f.clock.now().toISOString() }).where('id', '=', elsewhere.apiKey.id).execute();
    f.clock.advance(API_KEY_CACHE_TTL_MS - 1);
    expect(await f.accounts.resolveApiKey(elsewhere.key)).toMatchObject({ id: elsewhere.apiKey.id });
    f.clock.advance(1);
    await expect(f.accounts.resolveApiKey(elsewhere.key)).rejects.toMatchObject({ code: 'API_KEY_REVOKED' });
  });

  it('is for administrators only and needs an existing department', async () => {
    const staff = await seedUser(f.accounts, 'staff');
    const asStaff = userActor(staff, { ip: null, requestId: null });
    await expect(f.accounts.createApiKey(asStaff, { name: 'x', departmentId: staff.departmentId!, purpose: 'provider' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.accounts.listApiKeys(asStaff)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.accounts.createApiKey(systemActor, { name: 'x', departmentId: 'missing', purpose: 'consumer' })).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'departmentId', code: 'DEPARTMENT_NOT_FOUND' })],
    });
  });
});
