import { describe, expect, it } from 'vitest';
import { changedFields, valueText } from './record-diff.js';

const f = (key: string, value: string | number | string[] | null) => ({ key, label: `标签${key}`, labelEn: key, value });

describe('changedFields', () => {
  it('lists changed, added and dropped fields, and nothing that stayed', () => {
    const before = [f('a', '1'), f('b', ['警告', '罚款']), f('c', 5), f('d', 'gone')];
    const after = [f('a', '1'), f('b', ['警告']), f('c', 6), f('e', 'new')];
    expect(changedFields(before, after).map((c) => [c.key, c.before, c.after])).toEqual([
      ['b', ['警告', '罚款'], ['警告']], ['c', 5, 6], ['e', undefined, 'new'], ['d', 'gone', undefined],
    ]);
    expect(changedFields(before, before)).toEqual([]);
  });
});

describe('valueText', () => {
  it.each([
    [['警告', '罚款'], 'zh-CN', '警告、罚款'],
    [['a', 'b'], 'en', 'a, b'],
    [true, 'zh-CN', '是'],
    [0, 'zh-CN', '0'],
    ['', 'zh-CN', null],
    [undefined, 'en', null],
  ] as const)('%j (%s) → %j', (value, lang, text) => {
    expect(valueText(value as never, lang)).toBe(text);
  });
});
