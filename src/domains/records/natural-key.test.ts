import { describe, expect, it } from 'vitest';
import { naturalKey } from './natural-key.js';

describe('naturalKey (SPEC §3.3)', () => {
  it('joins department, type, document number and period', () => {
    expect(naturalKey({ sourceDepartmentId: 'd1', typeCode: 'admin_penalty', docNo: '深市监南罚〔2026〕12号', period: null })).toBe('d1|admin_penalty|深市监南罚〔2026〕12号|');
    expect(naturalKey({ sourceDepartmentId: 'd1', typeCode: 'tax_credit_rating', docNo: 'R-1', period: '2025' })).toBe('d1|tax_credit_rating|R-1|2025');
  });

  it('keeps parts apart when a document number holds the separator', () => {
    const a = naturalKey({ sourceDepartmentId: 'd1', typeCode: 't', docNo: 'X|20', period: '24' });
    const b = naturalKey({ sourceDepartmentId: 'd1', typeCode: 't', docNo: 'X', period: '20|24' });
    expect(a).not.toBe(b);
    expect(naturalKey({ sourceDepartmentId: 'd1', typeCode: 't', docNo: '100%|', period: null })).toBe('d1|t|100%25%7C|');
  });
});
