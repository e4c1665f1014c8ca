import { DomainError, type FieldError } from '../../kernel/errors.js';
import { resolveHeaders, toCurrentFormat, type RecordTypeDefinition } from '../catalog/index.js';
import { UnusableFileError } from './errors.js';
import type { RowProblem, SourceRow } from './readers/row-source.js';

/** A row turned into the raw object records.ingestChunk validates, or the reasons it is rejected before that. */
export type Mapped = { raw: Record<string, unknown> } | { errors: FieldError[] };

export interface RowMapper {
  map(row: SourceRow): Mapped;
  /** header columns that name no field (reported once, not per row) */
  unknownColumns: string[];
  legacy: boolean;
}

/** The catalogue refuses a header row (NO_KNOWN_COLUMNS, DUPLICATE_COLUMN): for an import that is an unusable file. */
function headerProblem(err: unknown, row: number): never {
  if (err instanceof DomainError && !(err instanceof UnusableFileError)) throw new UnusableFileError(err.code, err.message, { row, cause: err });
  throw err;
}

const problemErrors = (p: RowProblem, row: number, field: string): FieldError[] => [{ row, field, code: p.code, message: p.message }];

/**
 * CSV and XLSX: the header resolved once (Chinese label, field code, English
 * key or the legacy format), then each row's cells by field key. Empty cells
 * are left out; legacy rows are converted to the current format, the
 * submitting department standing in for the 处罚机关 code the legacy format lacks.
 */
export function tableMapper(def: RecordTypeDefinition, header: string[], ctx: { departmentCode: string }): RowMapper {
  let resolved: ReturnType<typeof resolveHeaders>;
  try {
    resolved = resolveHeaders(def, header);
  } catch (err) {
    headerProblem(err, 1);
  }
  const { keys, unknown, legacy } = resolved;
  return {
    unknownColumns: unknown,
    legacy,
    map(source) {
      if (source.problem) {
        const column = source.problem.column ?? -1;
        return { errors: problemErrors(source.problem, source.row, keys[column] ?? header[column] ?? '') };
      }
      const raw: Record<string, unknown> = {};
      const cells = source.cells ?? [];
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const cell = cells[i];
        if (key != null && cell !== undefined && cell !== '') raw[key] = cell;
      }
      return { raw: legacy ? toCurrentFormat(raw, { authorityCode: ctx.departmentCode }) : raw };
    },
  };
}

type KeyResolution = { key: string | null; legacy: boolean };

/**
 * NDJSON lines and API records: objects keyed by field key, field code or
 * Chinese label, each key resolved once and remembered. A key that names no
 * field rejects the row (UNKNOWN_FIELD), as the API's strict bodies do, and
 * so do two keys for one field (DUPLICATE_FIELD); values pass as they are,
 * for the catalogue's validator to judge.
 */
export function objectMapper(def: RecordTypeDefinition, ctx: { departmentCode: string }): RowMapper & { mapObject(object: unknown, row: number): Mapped } {
  const cache = new Map<string, KeyResolution>();
  const resolve = (name: string): KeyResolution => {
    let hit = cache.get(name);
    if (!hit) {
      try {
        const r = resolveHeaders(def, [name]);
        hit = { key: r.keys[0] ?? null, legacy: r.legacy };
      } catch {
        hit = { key: null, legacy: false };
      }
      if (cache.size < 10_000) cache.set(name, hit);
    }
    return hit;
  };
  const mapObject = (object: unknown, row: number): Mapped => {
    if (typeof object !== 'object' || object === null || Array.isArray(object)) {
      return { errors: [{ row, field: '', code: 'RECORD_NOT_OBJECT', message: '每条记录须为 JSON 对象 / each record must be a JSON object' }] };
    }
    const raw: Record<string, unknown> = {};
    const errors: FieldError[] = [];
    let legacy = false;
    for (const [name, value] of Object.entries(object)) {
      const { key, legacy: isLegacy } = resolve(name);
      if (key === null) errors.push({ row, field: name, code: 'UNKNOWN_FIELD', message: `未知字段 / unknown field "${name}"` });
      else if (key in raw) errors.push({ row, field: key, code: 'DUPLICATE_FIELD', message: `字段 ${key} 出现两次 / field ${key} given twice` });
      else if (value !== null && value !== undefined) raw[key] = value;
      legacy ||= isLegacy;
    }
    if (errors.length > 0) return { errors };
    return { raw: legacy ? toCurrentFormat(raw, { authorityCode: ctx.departmentCode }) : raw };
  };
  return {
    unknownColumns: [],
    legacy: false,
    mapObject,
    map: (source) => (source.problem ? { errors: problemErrors(source.problem, source.row, source.problem.key ?? '') } : mapObject(source.object, source.row)),
  };
}
