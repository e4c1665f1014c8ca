import { randomBytes, randomUUID } from 'node:crypto';

/** Application-generated ids keep both database engines alike. */
export function newId(): string {
  return randomUUID();
}

/** A random token as URL-safe base64 (sessions, API keys, query codes). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
