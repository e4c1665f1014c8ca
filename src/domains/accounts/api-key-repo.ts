import type { Kysely, Selectable } from 'kysely';
import type { ApiKeysTable, DB } from '../../db/schema.js';
import { toCount } from '../../db/values.js';
import type { ApiKeyInfo } from './schema.js';

/** Everything but key_hash: the hash never leaves this file. */
const toInfo = ({ keyHash: _hash, ...row }: Selectable<ApiKeysTable>): ApiKeyInfo => ({
  ...row,
  purpose: row.purpose as ApiKeyInfo['purpose'],
});

export async function insertApiKey(db: Kysely<DB>, info: ApiKeyInfo, keyHash: string): Promise<void> {
  await db.insertInto('apiKeys').values({ ...info, keyHash }).execute();
}

export async function findApiKeyByHash(db: Kysely<DB>, keyHash: string): Promise<ApiKeyInfo | undefined> {
  const row = await db.selectFrom('apiKeys').selectAll().where('keyHash', '=', keyHash).executeTakeFirst();
  return row && toInfo(row);
}

export async function findApiKeyById(db: Kysely<DB>, id: string): Promise<ApiKeyInfo | undefined> {
  const row = await db.selectFrom('apiKeys').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toInfo(row);
}

export async function findApiKeys(
  db: Kysely<DB>,
  f: { departmentId?: string | undefined },
  page: { offset: number; limit: number },
): Promise<{ keys: ApiKeyInfo[]; total: number }> {
  let q = db.selectFrom('apiKeys');
  if (f.departmentId) q = q.where('departmentId', '=', f.departmentId);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('createdAt', 'desc').orderBy('id').offset(page.offset).limit(page.limit).execute(),
    q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
  ]);
  return { keys: rows.map(toInfo), total: toCount(count?.n as number | string | undefined) };
}

export async function markApiKeyRevoked(db: Kysely<DB>, id: string, at: string): Promise<void> {
  await db.updateTable('apiKeys').set({ revokedAt: at }).where('id', '=', id).where('revokedAt', 'is', null).execute();
}

export async function markApiKeyUsed(db: Kysely<DB>, id: string, at: string): Promise<void> {
  await db.updateTable('apiKeys').set({ lastUsedAt: at }).where('id', '=', id).execute();
}
