import type { Algorithm } from '@node-rs/argon2';

/** Loaded on first use: commands that never hash a password (imports) do not pay for it. */
const argon2 = () => import('@node-rs/argon2');
import { randomToken } from '../../kernel/ids.js';

/** Password hashing behind a small interface so tests can pass a cheap one. */
export interface PasswordHasher {
  hash(plain: string): Promise<string>;
  verify(stored: string, plain: string): Promise<boolean>;
  /** Spends the same time as a real check; used for unknown usernames so timing does not reveal them. */
  burn(plain: string): Promise<void>;
}

/** `Algorithm.Argon2id` (a const enum, which isolatedModules cannot read from the .d.ts). */
const ARGON2ID = 2 as Algorithm;

/**
 * Argon2id with the OWASP minimum (19 MiB, 2 passes, 1 lane) by default.
 * Tests pass a lower cost; the PHC string records the parameters, so hashes
 * made with other costs still verify.
 */
export function createPasswordHasher(opts: { memoryCost?: number; timeCost?: number } = {}): PasswordHasher {
  const options = { algorithm: ARGON2ID, memoryCost: opts.memoryCost ?? 19456, timeCost: opts.timeCost ?? 2, parallelism: 1 };
  let dummy: Promise<string> | undefined;
  const check = async (stored: string, plain: string) => {
    try {
      return await (await argon2()).verify(stored, plain);
    } catch {
      return false;
    }
  };
  return {
    hash: async (plain) => (await argon2()).hash(plain, options),
    verify: check,
    async burn(plain) {
      dummy ??= argon2().then((a) => a.hash(randomToken(16), options));
      await check(await dummy, plain);
    },
  };
}
