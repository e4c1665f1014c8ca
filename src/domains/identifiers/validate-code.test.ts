import { describe, it, expect } from 'vitest';
import { identifierResultSchema, type IdentifierResult } from './result.js';
import { validateCode } from './validate-code.js';

const TODAY = '2025-06-30';

function summary(result: IdentifierResult): [string, boolean, string[]] {
  const codes = result.valid ? result.warnings.map((w) => w.code) : result.failures.map((f) => f.code);
  return [result.kind, result.valid, codes];
}

describe('validateCode: detecting the kind', () => {
  it.each([
    ['USCC', '91440300708461136T', 'uscc', true, []],
    ['USCC, spaced and lower case', ' 91440300 708461136t ', 'uscc', true, []],
    ['USCC, full-width', '９１４４０３００７０８４６１１３６Ｔ', 'uscc', true, []],
    ['USCC with a letter check char', '12440305MB2C00013N', 'uscc', true, []],
    ['resident ID', '11010519491231002X', 'resident_id', true, []],
    ['resident ID, lower-case x', '11010519491231002x', 'resident_id', true, []],
    ['resident ID born 1880 (GB 11643 example)', '440524188001010014', 'resident_id', true, []],
    ['legacy 15-digit ID', '130503670401001', 'resident_id', true, []],
    ['organisation code with hyphen', 'D2143569-X', 'org_code', true, []],
    ['organisation code without hyphen', '708461136', 'org_code', true, []],
    ['too short', '9144030070846', 'unknown', false, ['CODE_UNRECOGNISED']],
    ['empty', '   ', 'unknown', false, ['CODE_UNRECOGNISED']],
    ['15 characters, not digits', '13050367040100X', 'unknown', false, ['CODE_UNRECOGNISED']],
    ['18 characters with a hyphen', '9144030070846113-6', 'uscc', false, ['USCC_ALPHABET']],
    ['USCC with a wrong check', '91440300708461136A', 'uscc', false, ['USCC_CHECK_CHAR']],
    ['organisation code with a wrong check', 'D2143569-1', 'org_code', false, ['ORG_CODE_CHECK']],
  ])('%s: %j', (_label, input, kind, valid, codes) => {
    expect(summary(validateCode(input, { today: TODAY }))).toEqual([kind, valid, codes]);
  });
});

describe('validateCode: 18 digits (resident ID or USCC)', () => {
  it.each([
    ['valid both ways: the resident ID, flagged', '114403199001011301', 'resident_id', true, ['CODE_AMBIGUOUS']],
    ['valid USCC whose characters 7-14 look like a birth date', '11440319900101149X', 'uscc', true, []],
    ['looks like an ID, fails both checks: ID failures', '110105194912310021', 'resident_id', false, ['ID_CHECK_CHAR']],
    ['ID in the future', '440305203001011239', 'resident_id', false, ['ID_BIRTH_DATE_FUTURE']],
    ['impossible birth date, no USCC prefix (44): mistyped ID', '440305199002301239', 'resident_id', false, ['ID_BIRTH_DATE']],
    ['all-digit USCC with a wrong check', '914403007084611360', 'uscc', false, ['USCC_CHECK_CHAR']],
  ])('%s: %s', (_label, input, kind, valid, codes) => {
    expect(summary(validateCode(input, { today: TODAY }))).toEqual([kind, valid, codes]);
  });

  it('treats an allow-listed all-digit code as a USCC', () => {
    const pilot = '110105194912310021';
    const result = validateCode(pilot, { today: TODAY, pilotAllowList: new Set([pilot]) });
    expect(result).toMatchObject({ valid: true, kind: 'uscc' });
  });

  it('does not let warn mode turn a mistyped resident ID into a USCC', () => {
    expect(summary(validateCode('110105194912310021', { today: TODAY, pilotMode: 'warn' })))
      .toEqual(['resident_id', false, ['ID_CHECK_CHAR']]);
  });
});

describe('validateCode: options', () => {
  it('passes warn mode to the USCC check', () => {
    expect(summary(validateCode('91440300708461136A', { pilotMode: 'warn' }))).toEqual(['uscc', true, ['USCC_CHECK_CHAR']]);
  });

  it('passes today to the resident ID check', () => {
    expect(validateCode('440305203001011239', { today: '2030-01-01' }).valid).toBe(true);
  });
});

describe('identifierResultSchema', () => {
  it.each([
    '91440300708461136T', '11010519491231002X', '130503670401001', 'D2143569-X', '9144', '91440300708461136A',
  ])('describes the result for %s', (input) => {
    const result = validateCode(input, { today: TODAY });
    expect(identifierResultSchema.parse(result)).toEqual(result);
  });

  it('rejects a valid result without warnings', () => {
    expect(identifierResultSchema.safeParse({ valid: true, kind: 'uscc', normalized: 'x', parts: {}, description: '', descriptionEn: '' }).success)
      .toBe(false);
  });
});
