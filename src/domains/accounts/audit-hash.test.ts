import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../kernel/crypto.js';
import { auditEntryHash, canonicalJson, GENESIS_HASH, redactSecrets } from './audit-hash.js';

describe('canonical JSON', () => {
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ z: { y: 1, x: [{ d: 1, c: 2 }] } }, '{"z":{"x":[{"c":2,"d":1}],"y":1}}'],
    [{ a: undefined, b: null }, '{"b":null}'],
    ['文字', '"文字"'],
    [null, 'null'],
  ])('%j → %s', (value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });
});

describe('audit entry hash', () => {
  const fields = {
    seq: 1, id: 'e1', at: '2026-06-15T02:00:00.000Z', actorType: 'user', actorId: 'u1', departmentId: null,
    action: 'user.create', targetType: 'user', targetId: 'u2', subjectId: null, purpose: null,
    details: '{"role":"staff"}', ip: '127.0.0.1', requestId: 'r1',
  };

  it('is sha256(prevHash + canonical JSON of the snake_case columns)', () => {
    const expected = sha256Hex(
      GENESIS_HASH +
        '{"action":"user.create","actor_id":"u1","actor_type":"user","at":"2026-06-15T02:00:00.000Z","department_id":null,' +
        '"details":"{\\"role\\":\\"staff\\"}","id":"e1","ip":"127.0.0.1","purpose":null,"request_id":"r1","seq":1,' +
        '"subject_id":null,"target_id":"u2","target_type":"user"}',
    );
    expect(auditEntryHash(GENESIS_HASH, fields)).toBe(expected);
  });

  it('changes when any field or the previous hash changes', () => {
    const base = auditEntryHash(GENESIS_HASH, fields);
    expect(auditEntryHash('1'.repeat(64), fields)).not.toBe(base);
    for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
      const changed = { ...fields, [key]: key === 'seq' ? 2 : 'x' };
      expect(auditEntryHash(GENESIS_HASH, changed), key).not.toBe(base);
    }
  });
});

describe('secret redaction', () => {
  it('replaces passwords, tokens and keys at any depth', () => {
    expect(redactSecrets({ password: 'p', nested: { csrfToken: 't', apiKey: 'k', apiKeyId: 'id' }, list: [{ newPassword: 'n' }] })).toEqual({
      password: '[redacted]',
      nested: { csrfToken: '[redacted]', apiKey: '[redacted]', apiKeyId: 'id' },
      list: [{ newPassword: '[redacted]' }],
    });
  });
});
