import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { referenceData } from './index.js';
import copy from './reference.json' with { type: 'json' };

// The shared original lives beside the repository: <repo>/../shared/data/reference.json.
const sharedPath = fileURLToPath(new URL('../../../../shared/data/reference.json', import.meta.url));

describe('reference data', () => {
  it('is an exact copy of the shared reference set when that is present', () => {
    if (existsSync(sharedPath)) {
      const shared: unknown = JSON.parse(readFileSync(sharedPath, 'utf8'));
      expect(copy).toStrictEqual(shared);
    } else {
      expect(copy.nanshanStreets).toHaveLength(8);
    }
  });

  it('lists the eight Nanshan streets', () => {
    expect(referenceData.nanshanStreets).toEqual([
      '南头街道', '南山街道', '沙河街道', '蛇口街道', '招商街道', '粤海街道', '桃源街道', '西丽街道',
    ]);
  });

  it('knows Nanshan District and the common USCC prefixes', () => {
    expect(referenceData.districts['440305']).toBe('南山区');
    expect(referenceData.usccPrefixes['91']).toBe('企业');
  });

  it('is frozen so no caller can change it for everyone', () => {
    expect(Object.isFrozen(referenceData.districts)).toBe(true);
    expect(Object.isFrozen(referenceData.workingDayCalendar2025.holidays)).toBe(true);
  });
});
