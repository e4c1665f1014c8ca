import { usccCheckChar, orgCodeCheckChar, residentIdCheckChar } from '../../src/domains/identifiers/index.js';
import type { SubjectInput } from '../../src/domains/subjects/index.js';

/** A check-valid USCC: prefix (e.g. '91'), division, and a number that picks the organisation code body. */
export function makeUscc(n: number, prefix = '91', division = '440305'): string {
  const body = String(n).padStart(8, '0').slice(-8);
  const org = body + orgCodeCheckChar(body);
  const first17 = prefix + division + org;
  return first17 + usccCheckChar(first17);
}

/** A check-valid resident ID number for a birth date and sequence. */
export function makeResidentId(birth = '19800101', seq = 123, area = '440305'): string {
  const first17 = area + birth + String(seq).padStart(3, '0');
  return first17 + residentIdCheckChar(first17);
}

export function enterpriseInput(n: number, overrides: Partial<SubjectInput> = {}): SubjectInput {
  return {
    type: 'enterprise',
    code: makeUscc(n),
    name: `深圳市测试${n}号科技有限公司`,
    legalRep: '张三',
    street: '粤海街道',
    industry: 'I',
    establishedOn: '2015-03-20',
    ...overrides,
  };
}
