import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalContent, canonicalizerFor, contentHash } from './content.js';

describe('canonical content', () => {
  const keys = ['subjectName', 'decisionNo', 'penaltyKinds', 'fineAmount', 'simpleProcedure', 'remarks'];
  const fields = { subjectName: '深圳市"示例"科技有限公司', decisionNo: '罚〔2026〕1号', penaltyKinds: ['警告', '罚款'], fineAmount: 500_000, simpleProcedure: false };

  it('sorts keys, so declaration order never changes the text or the hash', () => {
    const reordered = Object.fromEntries(Object.entries(fields).reverse());
    expect(canonicalContent(reordered)).toBe(canonicalContent(fields));
    expect(canonicalContent(fields)).toBe('{"decisionNo":"罚〔2026〕1号","fineAmount":500000,"penaltyKinds":["警告","罚款"],"simpleProcedure":false,"subjectName":"深圳市\\"示例\\"科技有限公司"}');
  });

  it('gives the same text through the per-type canonicalizer, also for keys it does not know', () => {
    const canonical = canonicalizerFor(keys);
    expect(canonical(fields)).toBe(canonicalContent(fields));
    expect(canonical({})).toBe('{}');
    expect(canonical({ ...fields, extra: 'x' })).toBe(canonicalContent({ ...fields, extra: 'x' }));
  });

  it('hashes with SHA-256', () => {
    const text = canonicalContent(fields);
    expect(contentHash(text)).toBe(createHash('sha256').update(text).digest('hex'));
  });
});
