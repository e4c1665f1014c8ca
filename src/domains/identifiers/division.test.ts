import { describe, it, expect } from 'vitest';
import { referenceData } from '../../kernel/reference/index.js';
import { describeDivision, isPlausibleDivision } from './division.js';

describe('describeDivision', () => {
  it.each([
    ['440305', '南山区', 'Nanshan District', '深圳市', '广东省'],
    ['440300', '深圳市', 'Shenzhen', '深圳市', '广东省'],
    ['440399', '深圳市', 'Shenzhen', '深圳市', '广东省'],
    ['440104', '广东省', 'Guangdong', undefined, '广东省'],
    ['440000', '广东省', 'Guangdong', undefined, '广东省'],
    ['110105', '北京市', 'Beijing', undefined, '北京市'],
    ['100000', '全国（中央）', 'national (central)', undefined, undefined],
    ['990000', undefined, undefined, undefined, undefined],
  ])('%s → %s', (code, name, nameEn, city, province) => {
    const info = describeDivision(code);
    expect(info.name).toBe(name);
    expect(info.nameEn).toBe(nameEn);
    expect(info.city).toBe(city);
    expect(info.province).toBe(province);
  });

  it('has an English name for every reference district', () => {
    for (const [code, zh] of Object.entries(referenceData.districts)) {
      const info = describeDivision(code);
      expect(info.name).toBe(zh);
      expect(info.nameEn).not.toBe(zh);
      expect(info.nameEn).toMatch(/^[A-Z][A-Za-z' ]+$/);
    }
  });
});

describe('isPlausibleDivision', () => {
  it.each([
    ['440305', true],
    ['100000', true],
    ['820000', true],
    ['000000', false],
    ['990101', false],
    ['44030', false],
    ['4403A5', false],
  ])('%s → %s', (code, expected) => {
    expect(isPlausibleDivision(code)).toBe(expected);
  });
});
