import { DomainError } from '../../../kernel/errors.js';
import type { RecordTypeDefinition } from '../definition.js';
import { headerKey, headerKeyWithoutMarks } from './header-key.js';
import { LEGACY_HEADERS } from './legacy-format.js';

export interface ResolvedHeaders {
  /** Per column: the field key it fills, a legacy pseudo-key (CF_CFLB1/CF_CFLB2), or null (unknown or blank). */
  keys: (string | null)[];
  /** Headers that name no field, as written (reported once per file, not per row). */
  unknown: string[];
  /** True when the file is in the legacy 2016-2018 penalty format: rows go through toCurrentFormat. */
  legacy: boolean;
}

/** Every name a field answers to: Chinese label, field code, English key, English label, aliases. */
function headerIndex(def: RecordTypeDefinition): Map<string, string> {
  const index = new Map<string, string>();
  for (const field of def.fields) {
    for (const name of [field.label, field.code, field.key, field.labelEn, ...field.aliases]) {
      if (name !== undefined && !index.has(headerKey(name))) index.set(headerKey(name), field.key);
    }
  }
  return index;
}

const indexes = new WeakMap<RecordTypeDefinition, Map<string, string>>();

/**
 * Maps a file's header row onto a record type's fields (SPEC §3.1: the Chinese
 * header, the field code or the English key, and the legacy penalty format).
 * Throws NO_KNOWN_COLUMNS when no column is known, DUPLICATE_COLUMN when two
 * columns fill the same field.
 */
export function resolveHeaders(def: RecordTypeDefinition, headers: readonly string[]): ResolvedHeaders {
  let index = indexes.get(def);
  if (!index) indexes.set(def, (index = headerIndex(def)));
  // The legacy format exists only for 行政处罚: a type with the CF_CFLB column.
  const legacyCapable = def.fields.some((f) => f.code === 'CF_CFLB');
  const keys: (string | null)[] = [];
  const unknown: string[] = [];
  const seen = new Map<string, string>();
  let legacy = false;
  for (const header of headers) {
    const name = headerKey(header);
    if (name === '') {
      keys.push(null);
      continue;
    }
    const legacyKey = legacyCapable ? LEGACY_HEADERS.get(name) : undefined;
    if (legacyKey !== undefined) legacy = true;
    const key = legacyKey ?? index.get(name) ?? index.get(headerKeyWithoutMarks(header)) ?? null;
    if (key === null) {
      unknown.push(header.replace(/^\uFEFF/, '').trim());
    } else if (seen.has(key)) {
      throw new DomainError('DUPLICATE_COLUMN', 400, `列“${seen.get(key)}”与“${header.trim()}”对应同一字段 ${key} / columns "${seen.get(key)}" and "${header.trim()}" both fill ${key}`);
    } else {
      seen.set(key, header.trim());
    }
    keys.push(key);
  }
  if (seen.size === 0) {
    throw new DomainError('NO_KNOWN_COLUMNS', 400, `表头中没有${def.name}的任何字段 / no column of the header row is a field of ${def.code}`, {
      extra: { unknown },
    });
  }
  return { keys, unknown, legacy };
}
