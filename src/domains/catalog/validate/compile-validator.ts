import type { FieldError } from '../../../kernel/errors.js';
import type { UsccOptions } from '../../identifiers/index.js';
import type { RecordTypeDefinition } from '../definition.js';
import { computePublicityEnd } from '../publicity.js';
import type { FieldValue, ValidatedRecord } from '../validated-record.js';
import { compileFields, parseOrder, type Parsed, type RowContext } from './compile-field.js';
import { compileRule } from './compile-rules.js';
import { compileSeverityOf } from './compile-severity.js';
import { compileSubjectOf } from './derive-subject.js';
import { ParsedId } from './parse-identifiers.js';
import { Rejection } from './rejection.js';

export type ValidationResult = { ok: true; record: ValidatedRecord } | { ok: false; errors: FieldError[] };

export interface ValidateOptions {
  /** YYYY-MM-DD in China: dates after it are in the future. */
  today: string;
}

/** One record type version compiled once: field parsers, rules, roles resolved to indexes. */
export interface CompiledValidator {
  readonly code: string;
  readonly version: number;
  readonly definition: RecordTypeDefinition;
  validate(raw: Readonly<Record<string, unknown>>, opts: ValidateOptions): ValidationResult;
}

export function compileValidator(type: { definition: RecordTypeDefinition; version: number }, opts: { uscc?: UsccOptions } = {}): CompiledValidator {
  const { definition: def, version } = type;
  const fields = compileFields(def.fields, opts);
  const byKey = new Map(fields.map((f) => [f.def.key, f]));
  const order = parseOrder(fields);
  const rules = def.rules.map((r) => compileRule(r, def.fields));
  const subjectOf = compileSubjectOf(def);
  const severityOf = compileSeverityOf(def);
  const at = (key: string | undefined) => (key === undefined ? -1 : def.fields.findIndex((f) => f.key === key));
  const role = {
    docNo: at(def.roles.docNo), period: at(def.roles.period), decisionDate: at(def.roles.decisionDate), validUntil: at(def.roles.validUntil),
    publicityEnd: at(def.roles.publicityEnd), sourceName: at(def.roles.sourceDeptName), sourceCode: at(def.roles.sourceDeptCode),
  };
  const text = (values: Parsed[], i: number): string | null => (i < 0 || typeof values[i] !== 'string' ? null : (values[i] as string));

  return {
    code: def.code,
    version,
    definition: def,
    validate(raw, { today }) {
      const errors: FieldError[] = [];
      const cells: unknown[] = new Array(fields.length);
      for (const name in raw) {
        const f = byKey.get(name);
        if (f) cells[f.index] = raw[name];
        else errors.push({ field: name, code: 'UNKNOWN_FIELD', message: `未知字段 / ${def.code} has no field "${name}"` });
      }
      const row: RowContext = { today, values: new Array<Parsed>(fields.length) };
      for (const i of order) {
        const f = fields[i]!;
        const parsed = f.parse(cells[i], row);
        row.values[i] = parsed;
        if (parsed instanceof Rejection) {
          errors.push({ field: f.def.key, code: parsed.code, message: `${f.def.label}：${parsed.message}` });
          for (const more of parsed.more) errors.push({ field: f.def.key, code: more.code, message: `${f.def.label}：${more.message}` });
        } else if (parsed === undefined && f.def.required) {
          errors.push({ field: f.def.key, code: 'FIELD_REQUIRED', message: `${f.def.label}必填 / ${f.def.key} is required` });
        }
      }
      for (const rule of rules) rule(row.values, errors);
      const subject = subjectOf(row.values, errors);
      if (errors.length > 0 || subject === undefined) return { ok: false, errors };

      const values = row.values;
      const stored: Record<string, FieldValue> = {};
      for (const f of fields) {
        const v = values[f.index];
        if (v !== undefined) stored[f.def.key] = v instanceof ParsedId ? v.masked : (v as FieldValue);
      }
      const decisionDate = values[role.decisionDate] as string;
      const validUntil = text(values, role.validUntil);
      const severity = severityOf(values);
      const publicityEnd = computePublicityEnd({
        polarity: def.polarity, severity, decisionDate, rule: def.publicity, statedEnd: text(values, role.publicityEnd), validUntil,
      });
      const docNo = values[role.docNo];
      return {
        ok: true,
        record: {
          typeCode: def.code,
          typeVersion: version,
          fields: stored,
          subject,
          docNo: docNo instanceof ParsedId ? docNo.masked : String(docNo),
          period: role.period < 0 ? null : String(values[role.period]),
          decisionDate,
          validUntil,
          sourceDept: { name: text(values, role.sourceName), code: text(values, role.sourceCode) },
          severity,
          disclosure: def.disclosure,
          publicityEnd,
        },
      };
    },
  };
}
