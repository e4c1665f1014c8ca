// Fixtures for the ratings domain's tests: records as the engine sees them, and a preset run on them.
import { defaultCatalog } from '../catalog/index.js';
import { compileModel, rateSubject, type RatingRecord, type RatingResult } from './engine/index.js';
import { presetModels } from './presets/index.js';

const catalogue = new Map(defaultCatalog().map((d) => [d.code, d]));

let n = 0;

/**
 * A counting record of a default type: category, polarity and domain from the
 * catalogue, severity `general` for negative types unless given, public until
 * 2099 unless given. Ids are `r001`, `r002`, … unless given.
 */
export function ratingRecord(typeCode: string, overrides: Partial<RatingRecord> = {}): RatingRecord {
  const type = catalogue.get(typeCode);
  const polarity = type?.polarity === 'mixed' ? 'negative' : (type?.polarity ?? 'negative');
  n += 1;
  return {
    id: `r${String(n).padStart(3, '0')}`,
    typeCode,
    category: type?.category ?? 'other',
    polarity,
    severity: polarity === 'negative' ? 'general' : null,
    domain: type?.domain ?? null,
    decisionDate: '2026-03-01',
    publicityEnd: '2099-12-31',
    status: 'active',
    fields: null,
    ...overrides,
  };
}

export const resetRecordIds = () => {
  n = 0;
};

/** Runs a preset (published version 1) on the records. */
export function ratePreset(code: string, records: RatingRecord[], date = '2026-06-15'): RatingResult {
  const definition = presetModels().find((m) => m.code === code);
  if (!definition) throw new Error(`no preset ${code}`);
  return rateSubject(compileModel(definition, 1), records, date);
}
