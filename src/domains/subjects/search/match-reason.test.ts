import { describe, expect, it } from 'vitest';
import { matchReason } from './match-reason.js';

const subject = {
  name: '深圳市南山区蔚蓝海岸科技有限公司',
  code: '91440305MA5D00012X',
  formerNames: ['深圳市蔚蓝网络有限公司', '深圳市海岸（南山）信息有限公司'],
  legalRep: '李明',
  aliases: [{ scheme: 'org_code', value: 'MA5D0001-2' }],
};

describe('matchReason', () => {
  it.each([
    ['蔚蓝海岸', { kind: 'name' }],
    ['蔚蓝', { kind: 'name' }],
    ['网络', { kind: 'formerName', value: '深圳市蔚蓝网络有限公司' }],
    ['海岸(南山)信息', { kind: 'formerName', value: '深圳市海岸（南山）信息有限公司' }],
    ['李明', { kind: 'legalRep', value: '李明' }],
    ['91440305ma5d00012x', { kind: 'code', value: '91440305MA5D00012X' }],
    ['MA5D00012', { kind: 'code', value: '91440305MA5D00012X' }],
    ['王五', null],
  ] as const)('%s → %j', (q, expected) => {
    expect(matchReason(subject, q)).toEqual(expected);
  });

  it('a subject without a legal representative or former names matches on name or nothing', () => {
    expect(matchReason({ ...subject, legalRep: null, formerNames: [] }, '网络')).toBeNull();
  });
});
