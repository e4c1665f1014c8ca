import { describe, it, expect } from 'vitest';
import { convertLegacyId15, maskIdNumber, parseResidentId, residentIdCheckChar } from './resident-id.js';

const TODAY = '2025-06-30';

function failureCodes(input: string, today = TODAY): string[] {
  const result = parseResidentId(input, { today });
  return result.valid ? [] : result.failures.map((f) => f.code);
}

describe('residentIdCheckChar (GB 11643-1999)', () => {
  it.each([
    // GB 11643-1999 worked examples
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    // Σ = 0 → index 0 → '1'
    ['00000000000000000', '1'],
  ])('%s → %s', (first17, expected) => {
    expect(residentIdCheckChar(first17)).toBe(expected);
  });

  it('refuses anything but 17 digits', () => {
    expect(() => residentIdCheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => residentIdCheckChar('1101051949123100X')).toThrow(RangeError);
  });
});

describe('convertLegacyId15', () => {
  it.each([
    ['130503670401001', '130503196704010016'],
    ['440305900101123', '44030519900101123X'],
  ])('%s → %s', (id15, id18) => {
    expect(convertLegacyId15(id15)).toBe(id18);
  });

  it('refuses anything but 15 digits', () => {
    expect(() => convertLegacyId15('13050367040100')).toThrow(RangeError);
  });
});

describe('parseResidentId: valid numbers', () => {
  it.each([
    ['11010519491231002X', '1949-12-31', 'female', '北京市', false],
    ['11010519491231002x', '1949-12-31', 'female', '北京市', false],
    ['440524188001010014', '1880-01-01', 'male', '广东省', false],
    ['44030519900101123X', '1990-01-01', 'male', '南山区', false],
    ['130503670401001', '1967-04-01', 'male', '河北省', true],
    [' １３０５０３ ６７０４０１ ００１ ', '1967-04-01', 'male', '河北省', true],
    ['440305202506301237', '2025-06-30', 'male', '南山区', false],
  ])('%j: born %s, %s, %s', (input, birthDate, sex, divisionName, converted15) => {
    const result = parseResidentId(input, { today: TODAY });
    expect(result.valid).toBe(true);
    if (result.valid) expect(result.parts).toMatchObject({ birthDate, sex, divisionName, converted15 });
  });

  it('converts a 15-digit number and says so', () => {
    const result = parseResidentId('130503670401001', { today: TODAY });
    expect(result).toMatchObject({ valid: true, kind: 'resident_id', normalized: '130503196704010016' });
    if (result.valid) {
      expect(result.description).toContain('由15位旧号码转换');
      expect(result.descriptionEn).toContain('converted from a 15-digit legacy number');
    }
  });

  it('describes a Nanshan number and masks it in the parts', () => {
    const result = parseResidentId('44030519900101123X', { today: TODAY });
    expect(result).toMatchObject({
      valid: true,
      description: '居民身份证号码，地区：南山区（440305），出生日期：1990-01-01，性别：男',
      descriptionEn: 'resident ID number, area: Nanshan District (440305), born 1990-01-01, sex: male',
      parts: { areaCode: '440305', sequence: '123', checkChar: 'X', masked: '4403**********123X' },
    });
  });
});

describe('parseResidentId: failures', () => {
  it.each([
    ['1101051949123100', ['ID_LENGTH']],
    ['11010519491231002X1', ['ID_LENGTH']],
    ['1101051949123100XX', ['ID_FORMAT']],
    ['11010519491231O02X', ['ID_FORMAT']],
    ['13050367040100X', ['ID_FORMAT']],
    ['11010519491231002A', ['ID_FORMAT']],
    ['110105194912310021', ['ID_CHECK_CHAR']],
    ['910105194912310029', ['ID_AREA']],
    ['010105194912310026', ['ID_AREA']],
    ['440305199002301239', ['ID_BIRTH_DATE']],
    ['440305179901011237', ['ID_BIRTH_DATE']],
    ['440305203001011239', ['ID_BIRTH_DATE_FUTURE']],
    ['44030520250701123X', ['ID_BIRTH_DATE_FUTURE', 'ID_CHECK_CHAR']],
  ])('%s → %j', (input, codes) => {
    expect(failureCodes(input)).toEqual(codes);
  });

  it('judges the future against the injected date', () => {
    expect(failureCodes('440305203001011239', '2030-01-01')).toEqual([]);
  });

  it('refuses a malformed today', () => {
    expect(() => parseResidentId('11010519491231002X', { today: '2025-02-30' })).toThrow(RangeError);
  });

  it('defaults today to the current date in China', () => {
    expect(parseResidentId('11010519491231002X').valid).toBe(true);
    expect(parseResidentId('440305299901011234').valid).toBe(false);
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['44030519900101123X', '4403**********123X'],
    ['44030519900101123x', '4403**********123X'],
    ['130503670401001', '1305*******1001'],
    ['12345678', '********'],
    ['', ''],
  ])('%s → %s', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });
});
