import { randomBytes, randomFillSync } from 'node:crypto';

/**
 * Application-generated ids keep both database engines alike. They are
 * time-ordered UUIDs (RFC 9562 version 7: 48-bit Unix milliseconds, then random
 * bits): rows written together land next to each other in their B-tree indexes
 * instead of on random pages, which matters for bulk imports on SQLite. Still
 * 74 random bits per millisecond, no coordination.
 */
const pool = Buffer.alloc(16 * 256);
let offset = pool.length;

export function newId(now = Date.now()): string {
  if (offset === pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const b = pool.subarray(offset, offset + 16);
  offset += 16;
  b.writeUIntBE(now, 0, 6);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A random token as URL-safe base64 (sessions, API keys, query codes). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
