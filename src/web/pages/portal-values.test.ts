import { describe, expect, it } from 'vitest';
import { formatDate, formatFen, formatFieldValue } from './portal-values.js';

describe('portal values', () => {
  it.each([
    [500_000, 'wan', '0.5 万元'],
    [1_000_000_000, 'wan', '1,000 万元'],
    [1, 'wan', '0.000001 万元'],
    [123_456_789, 'wan', '123.456789 万元'],
    [500_000, 'yuan', '5,000.00 元'],
    [12_345, 'yuan', '123.45 元'],
    [0, 'yuan', '0.00 元'],
  ] as const)('%d fen in %s → %s', (fen, unit, text) => {
    expect(formatFen(fen, unit, 'zh-CN')).toBe(text);
  });

  it('writes English units', () => {
    expect(formatFen(500_000, 'wan', 'en')).toBe('0.5 × 10,000 yuan');
    expect(formatFen(500_000, 'yuan', 'en')).toBe('5,000.00 yuan');
  });

  it('shows 2099-12-31 and later as indefinite', () => {
    expect(formatDate('2099-12-31', 'zh-CN')).toBe('长期');
    expect(formatDate('2100-01-01', 'en')).toBe('indefinite');
    expect(formatDate('2031-02-28', 'zh-CN')).toBe('2031-02-28');
  });

  it('formats each kind of field value', () => {
    expect(formatFieldValue(['警告', '罚款'], 'multi_enum', 'zh-CN')).toBe('警告、罚款');
    expect(formatFieldValue(true, 'boolean', 'zh-CN')).toBe('是');
    expect(formatFieldValue(false, 'boolean', 'en')).toBe('no');
    expect(formatFieldValue(500_000, 'amount_wan', 'zh-CN')).toBe('0.5 万元');
    expect(formatFieldValue('2099-12-31', 'date', 'zh-CN')).toBe('长期');
    expect(formatFieldValue(42, 'integer', 'zh-CN')).toBe('42');
    expect(formatFieldValue('', 'text', 'zh-CN')).toBeNull();
  });
});
