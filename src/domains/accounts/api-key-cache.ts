import type { Clock } from '../../kernel/clock.js';
import type { ApiKeyInfo } from './schema.js';

/** How long (ms) a key read from the database answers for itself without reading it again. */
export const API_KEY_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

/**
 * Keys found by their hash, held for a few seconds: every API request looks its
 * key up, and business systems send many requests with the same one. Only keys
 * that exist are held (an unknown key is read again each time). A revocation in
 * this process drops the key at once; a revocation made by another process
 * sharing the database takes effect here within API_KEY_CACHE_TTL_MS (its
 * requests are refused from then on). Nothing but the hash and the public
 * information of a key is held.
 */
export function createApiKeyCache(clock: Clock, ttlMs = API_KEY_CACHE_TTL_MS) {
  const entries = new Map<string, { key: ApiKeyInfo; until: number }>();
  return {
    get(hash: string): ApiKeyInfo | undefined {
      const entry = entries.get(hash);
      if (!entry) return undefined;
      if (clock.now().getTime() < entry.until) return entry.key;
      entries.delete(hash);
      return undefined;
    },
    set(hash: string, key: ApiKeyInfo): void {
      if (entries.size >= MAX_ENTRIES) entries.clear();
      entries.set(hash, { key, until: clock.now().getTime() + ttlMs });
    },
    /** Forgets a key (revoked here): the next request reads it again. */
    forget(id: string): void {
      for (const [hash, entry] of entries) if (entry.key.id === id) entries.delete(hash);
    },
  };
}
