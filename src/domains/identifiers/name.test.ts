import { describe, it, expect } from 'vitest';
import { displayName, normalizeName } from './name.js';

describe('normalizeName', () => {
  it.each([
    ['Traditional and Simplified', '深圳市騰訊計算機系統有限公司', '深圳市腾讯计算机系统有限公司'],
    ['Taiwan variants', '臺灣積體電路製造股份有限公司', '台湾积体电路制造股份有限公司'],
    ['Hong Kong name', '香港上海滙豐銀行有限公司', '香港上海汇丰银行有限公司'],
    ['full-width and half-width brackets', '腾讯科技（深圳）有限公司', '腾讯科技(深圳)有限公司'],
    ['square brackets', '某某律师事务所【深圳】', '某某律师事务所[深圳]'],
    ['tortoise-shell brackets', '某某〔深圳〕有限公司', '某某(深圳)有限公司'],
    ['spaces, ideographic spaces and tabs', ' 深圳市 腾讯\u3000计算机\t系统有限公司 ', '深圳市腾讯计算机系统有限公司'],
    ['Latin case and full-width letters', 'ＡＢＣ Tech 有限公司', 'abc tech有限公司'],
  ])('%s', (_label, a, b) => {
    expect(normalizeName(a)).toBe(normalizeName(b));
  });

  it.each([
    ['（深圳）', '(深圳)'],
    ['【深圳】', '(深圳)'],
    ['[深圳]', '(深圳)'],
    ['ＴＥＮＣＥＮＴ　Holdings', 'tencentholdings'],
    ['深圳市騰訊計算機系統有限公司', '深圳市腾讯计算机系统有限公司'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('keeps different names different', () => {
    expect(normalizeName('深圳市腾讯计算机系统有限公司')).not.toBe(normalizeName('深圳市腾讯科技有限公司'));
    expect(normalizeName('乾坤有限公司')).not.toBe(normalizeName('干坤有限公司'));
  });

  it('is idempotent', () => {
    for (const name of ['深圳市騰訊計算機系統有限公司', '腾讯科技（深圳）有限公司', 'ＡＢＣ Tech 〔HK〕']) {
      expect(normalizeName(normalizeName(name))).toBe(normalizeName(name));
    }
  });
});

describe('displayName', () => {
  it.each([
    ['  腾讯科技（深圳）有限公司  ', '腾讯科技（深圳）有限公司'],
    ['ABC   Tech\t Co.,  Ltd.', 'ABC Tech Co., Ltd.'],
    ['深圳市騰訊計算機系統有限公司', '深圳市騰訊計算機系統有限公司'],
  ])('%j → %j', (input, expected) => {
    expect(displayName(input)).toBe(expected);
  });
});
