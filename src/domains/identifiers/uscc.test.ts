import { describe, it, expect } from 'vitest';
import { parseUscc, subjectTypeFromUscc, usccCheckChar, USCC_ALPHABET } from './uscc.js';

const TENCENT = '91440300708461136T';

function failureCodes(input: string, opts?: Parameters<typeof parseUscc>[1]): string[] {
  const result = parseUscc(input, opts);
  return result.valid ? [] : result.failures.map((f) => f.code);
}

describe('usccCheckChar (GB 32100-2015)', () => {
  it('computes T for Tencent', () => {
    // Σ value·weight over 91440300708461136 = 966; 966 mod 31 = 5; 31 − 5 = 26 → alphabet[26] = 'T'
    expect(usccCheckChar(TENCENT.slice(0, 17))).toBe('T');
  });

  it('maps a remainder of 0 to check 0 (31 → 0)', () => {
    expect(usccCheckChar('00000000000000000')).toBe('0');
  });

  it('refuses input outside the alphabet', () => {
    expect(() => usccCheckChar('9144030070846113I')).toThrow(RangeError);
    expect(() => usccCheckChar('914403007084611')).toThrow(RangeError);
  });

  it('has the 31-character alphabet without I O S V Z', () => {
    expect(USCC_ALPHABET).toHaveLength(31);
    expect(USCC_ALPHABET).not.toMatch(/[IOSVZ]/);
  });
});

describe('parseUscc: valid codes', () => {
  it('describes Tencent as an enterprise registered in Shenzhen (440300)', () => {
    const result = parseUscc(TENCENT);
    expect(result).toMatchObject({
      valid: true,
      kind: 'uscc',
      normalized: TENCENT,
      description: '企业（91），登记管理部门：工商（市场监管），登记地：深圳市（440300），组织机构代码 70846113-6',
      descriptionEn: 'enterprise (91), registered with: industry and commerce / market regulation, '
        + 'division: Shenzhen (440300), organisation code 70846113-6',
      warnings: [],
    });
    expect(result.valid && result.parts).toMatchObject({
      registrationAuthority: '9', registrationAuthorityName: '工商（市场监管）', categoryCode: '91',
      category: '企业', categoryEn: 'enterprise', divisionCode: '440300', divisionName: '深圳市',
      divisionNameEn: 'Shenzhen', city: '深圳市', province: '广东省', provinceEn: 'Guangdong',
      orgCode: '70846113-6', checkChar: 'T', subjectType: 'enterprise',
    });
  });

  it.each([
    ['12440305MB2C00013N', '事业单位', 'public institution', '南山区', 'Nanshan District'],
    ['51440305MJL123454A', '社会团体', 'social association', '南山区', 'Nanshan District'],
    ['92440305L7A3BC125X', '个体工商户', 'individual business', '南山区', 'Nanshan District'],
    ['11100000000013127D', '机关', 'government organ', '全国（中央）', 'national (central)'],
    ['Y1440305H0K2P5Q83W', '其他', 'other', '南山区', 'Nanshan District'],
    ['N2440305MA5D8WXY7B', '村级集体经济组织', 'village-level collective economic organisation', '南山区', 'Nanshan District'],
    ['93110105000000000M', '农民专业合作社', "farmers' specialised cooperative", '北京市', 'Beijing'],
  ])('%s is a %s in %s', (code, category, categoryEn, divisionName, divisionNameEn) => {
    const result = parseUscc(code);
    expect(result.valid).toBe(true);
    if (result.valid) expect(result.parts).toMatchObject({ category, categoryEn, divisionName, divisionNameEn });
  });

  it.each([
    [' 91440300 708461136t '],
    ['９１４４０３００７０８４６１１３６Ｔ'],
    ['91440300708461136t'],
    ['9144 0300 7084 6113 6T'],
  ])('normalises %j to the valid code', (input) => {
    expect(parseUscc(input)).toMatchObject({ valid: true, normalized: TENCENT });
  });
});

describe('parseUscc: failures', () => {
  it.each([
    ['9144030070846113', ['USCC_LENGTH']],
    ['91440300708461136T0', ['USCC_LENGTH']],
    ['91440300-70846113-6', ['USCC_LENGTH']],
    ['9144030070846113-6', ['USCC_ALPHABET']],
    ['9144030070846113ZT', ['USCC_ALPHABET']],
    ['914403007O846113IT', ['USCC_ALPHABET', 'USCC_ALPHABET']],
    ['91440300708461136A', ['USCC_CHECK_CHAR']],
    ['91440300708461137T', ['USCC_ORG_CODE_CHECK', 'USCC_CHECK_CHAR']],
    ['B1440300708461136T', ['USCC_REGISTRATION_AUTHORITY', 'USCC_CHECK_CHAR']],
    ['94440300708461136T', ['USCC_CATEGORY', 'USCC_CHECK_CHAR']],
    ['91000000708461136T', ['USCC_DIVISION', 'USCC_CHECK_CHAR']],
    ['9144A300708461136T', ['USCC_DIVISION', 'USCC_CHECK_CHAR']],
  ])('%s → %j', (input, codes) => {
    expect(failureCodes(input)).toEqual(codes);
  });

  it('names the position of a character outside the alphabet', () => {
    const result = parseUscc('9144030070846113ZT');
    expect(result.valid).toBe(false);
    if (!result.valid) {
      expect(result.failures[0]?.message).toContain('第17位');
      expect(result.failures[0]?.messageEn).toContain('character 17 "Z"');
    }
  });

  it('says which check character was expected, in both languages', () => {
    const result = parseUscc('91440300708461136A');
    expect(result.valid).toBe(false);
    if (!result.valid) {
      expect(result.failures[0]).toMatchObject({ code: 'USCC_CHECK_CHAR', check: 'check_char' });
      expect(result.failures[0]?.message).toContain('“T”');
      expect(result.failures[0]?.messageEn).toContain('"T"');
    }
  });
});

describe('parseUscc: pilot codes', () => {
  const pilot = '91440300708461136A';

  it('rejects a failing check by default', () => {
    expect(failureCodes(pilot)).toEqual(['USCC_CHECK_CHAR']);
    expect(failureCodes(pilot, { pilotMode: 'reject' })).toEqual(['USCC_CHECK_CHAR']);
  });

  it('accepts an allow-listed code with warnings', () => {
    const result = parseUscc(pilot.toLowerCase(), { pilotAllowList: new Set([pilot]) });
    expect(result.valid).toBe(true);
    if (result.valid) expect(result.warnings.map((w) => w.code)).toEqual(['USCC_PILOT_ALLOWED', 'USCC_CHECK_CHAR']);
  });

  it('gives an allow-listed code that passes every check no warning', () => {
    expect(parseUscc(TENCENT, { pilotAllowList: new Set([TENCENT]) })).toMatchObject({ valid: true, warnings: [] });
  });

  it('turns check failures into warnings in warn mode', () => {
    const result = parseUscc('91440300708461137T', { pilotMode: 'warn' });
    expect(result.valid).toBe(true);
    if (result.valid) expect(result.warnings.map((w) => w.code)).toEqual(['USCC_ORG_CODE_CHECK', 'USCC_CHECK_CHAR']);
  });

  it('still rejects structural failures in warn mode', () => {
    expect(failureCodes('94440300708461136T', { pilotMode: 'warn' })).toEqual(['USCC_CATEGORY', 'USCC_CHECK_CHAR']);
  });
});

describe('subjectTypeFromUscc', () => {
  it.each([
    ['11', 'government'], ['12', 'institution'], ['13', 'social_org'],
    ['51', 'social_org'], ['52', 'social_org'], ['53', 'social_org'], ['59', 'social_org'],
    ['91', 'enterprise'], ['92', 'individual_business'], ['93', 'enterprise'],
    ['19', 'enterprise'], ['31', 'enterprise'], ['N2', 'enterprise'],
  ])('%s → %s', (prefix, type) => {
    expect(subjectTypeFromUscc(`${prefix}4403057084611300`)).toBe(type);
  });

  it('normalises before reading the prefix', () => {
    expect(subjectTypeFromUscc(' ９２440305L7A3BC125x')).toBe('individual_business');
  });
});
