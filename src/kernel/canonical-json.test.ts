import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson (the receipt signature input, docs/checks.md)', () => {
  it('sorts keys recursively, drops undefined members, keeps array order and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: 'x' }], c: true }, u: undefined })).toBe('{"a":{"c":true,"d":[3,{"y":"x","z":null}]},"b":1}');
  });

  it('writes text as JSON.stringify does: UTF-8 kept, quotes and controls escaped', () => {
    expect(canonicalJson({ name: '深圳市“测试”\n有限公司', q: 'a"b\\' })).toBe('{"name":"深圳市“测试”\\n有限公司","q":"a\\"b\\\\"}');
  });

  it('refuses numbers without one exact form', () => {
    expect(() => canonicalJson({ x: 1.5 })).toThrow();
    expect(() => canonicalJson({ x: Number.NaN })).toThrow();
  });
});
