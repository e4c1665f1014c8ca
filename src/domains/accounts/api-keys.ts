import { randomInt } from 'node:crypto';
import type { Actor } from '../../kernel/actor.js';
import { NotFoundError } from '../../kernel/errors.js';
import { sha256Hex } from '../../kernel/crypto.js';
import { newId, randomToken } from '../../kernel/ids.js';
import { apiKeyActor, NO_META, type RequestMeta } from './actors.js';
import { createApiKeyCache } from './api-key-cache.js';
import { findApiKeyByHash, findApiKeyById, findApiKeys, insertApiKey, markApiKeyRevoked, markApiKeyUsed } from './api-key-repo.js';
import type { AccountsDeps } from './deps.js';
import { findDepartmentWhere } from './department-repo.js';
import { apiKeyRevoked, fieldError } from './errors.js';
import { parseInput } from './input.js';
import { offsetOf, toPage } from './paging.js';
import { canManageAccounts } from './policy.js';
import {
  apiKeyListQuerySchema,
  createApiKeyInputSchema,
  type ApiKeyInfo,
  type ApiKeyListQuery,
  type CreateApiKeyInput,
  type CreatedApiKey,
  type Page,
} from './schema.js';

/** `xy_` + 8-character public prefix + `_` + 32 random bytes (base64url). */
export const API_KEY_SHAPE = /^xy_([a-z0-9]{8})_[A-Za-z0-9_-]{43}$/;
const PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** last_used_at is bookkeeping: written at most once a minute per key. */
const LAST_USED_INTERVAL_MS = 60_000;

/**
 * A key carries 256 random bits, so a fast SHA-256 is the right store for it
 * (nothing to brute-force, and every API request looks one up); passwords, which
 * people choose, get argon2id instead.
 */
const keyHash = (plain: string) => sha256Hex(plain);

function newKey(): { plain: string; prefix: string } {
  const prefix = Array.from({ length: 8 }, () => PREFIX_ALPHABET.charAt(randomInt(PREFIX_ALPHABET.length))).join('');
  return { plain: `xy_${prefix}_${randomToken(32)}`, prefix };
}

export function createApiKeyService({ db, clock, audit }: Omit<AccountsDeps, 'hasher'>) {
  const cache = createApiKeyCache(clock);
  return {
    /** Returns the plain key this once. */
    async createApiKey(actor: Actor, input: CreateApiKeyInput): Promise<CreatedApiKey> {
      canManageAccounts(actor);
      const v = parseInput(createApiKeyInputSchema, input);
      if (!(await findDepartmentWhere(db, 'id', v.departmentId))) {
        throw fieldError('departmentId', 'DEPARTMENT_NOT_FOUND', '部门不存在 / no such department');
      }
      const { plain, prefix } = newKey();
      const apiKey: ApiKeyInfo = {
        id: newId(), prefix, name: v.name, departmentId: v.departmentId, purpose: v.purpose,
        createdBy: actor.id, createdAt: clock.now().toISOString(), revokedAt: null, lastUsedAt: null,
      };
      await db.transaction().execute(async (trx) => {
        await insertApiKey(trx, apiKey, keyHash(plain));
        await audit.append(trx, actor, {
          action: 'api_key.create', targetType: 'api_key', targetId: apiKey.id,
          details: { name: apiKey.name, prefix, purpose: apiKey.purpose, departmentId: apiKey.departmentId },
        });
      });
      return { apiKey, key: plain };
    },

    /** Idempotent: revoking a revoked key changes nothing. */
    async revokeApiKey(actor: Actor, id: string): Promise<ApiKeyInfo> {
      canManageAccounts(actor);
      const key = await findApiKeyById(db, id);
      if (!key) throw new NotFoundError('API_KEY_NOT_FOUND', 'API 密钥不存在 / no such API key');
      if (key.revokedAt) return key;
      const revokedAt = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        await markApiKeyRevoked(trx, id, revokedAt);
        await audit.append(trx, actor, { action: 'api_key.revoke', targetType: 'api_key', targetId: id, details: { prefix: key.prefix } });
      });
      cache.forget(id);
      return { ...key, revokedAt };
    },

    async listApiKeys(actor: Actor, query: ApiKeyListQuery = {}): Promise<Page<ApiKeyInfo>> {
      canManageAccounts(actor);
      const q = parseInput(apiKeyListQuerySchema, query);
      const { keys, total } = await findApiKeys(db, q, offsetOf(q));
      return toPage(keys, total, q);
    },

    /**
     * The actor a key acts as; null for an unknown key; throws API_KEY_REVOKED for a revoked one.
     * A key read from the database is held for a few seconds (api-key-cache.ts: revocations
     * elsewhere take effect here within API_KEY_CACHE_TTL_MS).
     */
    async resolveApiKey(plain: string, meta: RequestMeta = NO_META): Promise<Actor | null> {
      if (!API_KEY_SHAPE.test(plain)) return null;
      const hash = keyHash(plain);
      let key = cache.get(hash);
      if (!key) {
        key = await findApiKeyByHash(db, hash);
        if (!key) return null;
        cache.set(hash, key);
      }
      if (key.revokedAt) throw apiKeyRevoked();
      const now = clock.now();
      if (!key.lastUsedAt || now.getTime() - new Date(key.lastUsedAt).getTime() >= LAST_USED_INTERVAL_MS) {
        key.lastUsedAt = now.toISOString();
        await markApiKeyUsed(db, key.id, key.lastUsedAt);
      }
      return apiKeyActor(key, meta);
    },
  };
}
