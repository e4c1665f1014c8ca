import type { UsccOptions } from '../../identifiers/index.js';
import type { FieldDefinition } from '../definition.js';
import { checkDateRange, parseDateCell } from './parse-date.js';
import { parseAmountCell, WAN_DECIMALS, YUAN_DECIMALS } from './parse-amount.js';
import { createUsccChecker, parseIdNumberCell, parseOrgCodeCell, ParsedId, subjectCodeParser } from './parse-identifiers.js';
import {
  enumParser, parseBooleanCell, parseEnumCell, parseIntegerCell, parseMultiEnumCell, textParser,
} from './parse-scalars.js';
import type { Rejection } from './rejection.js';

/** What a field's parser produces: the stored value (ParsedId for ID numbers), undefined when empty, or why not. */
export type Parsed = string | number | boolean | string[] | ParsedId | undefined | Rejection;

/** The row being validated, as parsers see it: today's date and the values parsed so far (by field index). */
export interface RowContext {
  today: string;
  values: Parsed[];
}

export interface CompiledField {
  def: FieldDefinition;
  index: number;
  parse(value: unknown, row: RowContext): Parsed;
}

/** Free text without a stated limit: long enough for any 违法事实, short enough to refuse a pasted file. */
export const DEFAULT_MAX_LENGTH = 4000;

/** Builds each field's parser once per type version: enum lookups, regexes, the USCC memo. */
export function compileFields(fields: readonly FieldDefinition[], opts: { uscc?: UsccOptions } = {}): CompiledField[] {
  const indexOf = new Map(fields.map((f, i) => [f.key, i]));
  const uscc = createUsccChecker(opts.uscc);
  const subjectCode = subjectCodeParser(opts.uscc ?? {}, uscc);
  return fields.map((def, index) => ({ def, index, parse: parserFor(def, indexOf, uscc, subjectCode) }));
}

function parserFor(
  def: FieldDefinition,
  indexOf: ReadonlyMap<string, number>,
  uscc: (value: unknown) => string | undefined | Rejection,
  subjectCode: ReturnType<typeof subjectCodeParser>,
): (value: unknown, row: RowContext) => Parsed {
  const options = def.options ?? [];
  switch (def.type) {
    case 'text': {
      const parse = textParser(def.maxLength ?? DEFAULT_MAX_LENGTH, def.pattern === undefined ? undefined : new RegExp(def.pattern, 'u'));
      return (value) => parse(value);
    }
    case 'date':
      return (value, row) => {
        const parsed = parseDateCell(value);
        if (typeof parsed !== 'string') return parsed;
        return checkDateRange(parsed, row.today, def.allowFuture) ?? parsed;
      };
    case 'amount_wan':
      return (value) => parseAmountCell(value, WAN_DECIMALS, '万元');
    case 'amount_yuan':
      return (value) => parseAmountCell(value, YUAN_DECIMALS, '元');
    case 'integer':
      return (value) => parseIntegerCell(value, def.min, def.max);
    case 'score':
      return (value) => parseIntegerCell(value, def.min ?? 0, def.max ?? 100);
    case 'boolean':
      return (value) => parseBooleanCell(value);
    case 'enum': {
      const resolve = enumParser(options, def.optionAliases);
      return (value) => parseEnumCell(value, resolve, options);
    }
    case 'multi_enum': {
      const resolve = enumParser(options, def.optionAliases);
      return (value) => parseMultiEnumCell(value, resolve, options);
    }
    case 'uscc':
      return (value) => uscc(value);
    case 'org_code':
      return (value) => parseOrgCodeCell(value);
    case 'subject_code':
      return (value, row) => subjectCode(value, row.today);
    case 'id_number': {
      // The document type is parsed first (see parseOrder); empty means 身份证.
      const typeIndex = def.idTypeField === undefined ? undefined : indexOf.get(def.idTypeField);
      return (value, row) => parseIdNumberCell(value, typeIndex === undefined ? undefined : row.values[typeIndex], row.today);
    }
  }
}

/** Field indexes in parse order: ID numbers last, after the document types they depend on. */
export function parseOrder(fields: readonly CompiledField[]): number[] {
  const first = fields.filter((f) => f.def.type !== 'id_number').map((f) => f.index);
  return [...first, ...fields.filter((f) => f.def.type === 'id_number').map((f) => f.index)];
}
