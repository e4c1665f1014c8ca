import { describe, expect, it } from 'vitest';
import { createPasswordHasher } from './password-hasher.js';
import { assertPasswordPolicy, generatePassword } from './password-policy.js';

describe('password hasher', () => {
  it('uses argon2id with 19 MiB and 2 passes by default', async () => {
    const hasher = createPasswordHasher();
    const stored = await hasher.hash('a long enough password');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hasher.verify(stored, 'a long enough password')).toBe(true);
    expect(await hasher.verify(stored, 'a long enough passworD')).toBe(false);
  });

  it('treats a malformed stored hash as a mismatch, not a crash', async () => {
    const hasher = createPasswordHasher({ memoryCost: 64, timeCost: 1 });
    expect(await hasher.verify('not-a-hash', 'x')).toBe(false);
    await expect(hasher.burn('anything')).resolves.toBeUndefined();
  });
});

describe('password policy', () => {
  it.each([
    ['short', 'PASSWORD_TOO_WEAK'],
    ['aaaaaaaaaaaaaaaa', 'PASSWORD_TOO_WEAK'],
    ['zhangsan-is-my-name', 'PASSWORD_TOO_WEAK'],
  ])('%s is refused', (password, code) => {
    expect(() => assertPasswordPolicy(password, 'ZhangSan')).toThrow(expect.objectContaining({ errors: [expect.objectContaining({ code })] }));
  });

  it('accepts a long password and generates 20 unambiguous characters', () => {
    expect(() => assertPasswordPolicy('Correct-Horse-Battery-9', 'admin')).not.toThrow();
    const generated = generatePassword();
    expect(generated).toMatch(/^[A-HJ-NP-Za-km-z2-9]{20}$/);
    expect(() => assertPasswordPolicy(generated, 'admin')).not.toThrow();
  });
});
