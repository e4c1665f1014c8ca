import type { FieldError } from '../../../kernel/errors.js';
import type { FieldDefinition, Rule } from '../definition.js';
import type { Parsed } from './compile-field.js';
import { ParsedId } from './parse-identifiers.js';
import { Rejection } from './rejection.js';

/** A cross-field rule: reads the parsed values, pushes errors. Runs only on fields that passed their own checks. */
export type CompiledRule = (values: readonly Parsed[], errors: FieldError[]) => void;

const present = (v: Parsed): boolean => v !== undefined && !(v instanceof Rejection);

/** Rule conditions compare the stored form: enum text, 'true'/'false', the items of a multi-enum. */
function matchesAny(value: Parsed, wanted: ReadonlySet<string>): boolean {
  if (Array.isArray(value)) return value.some((v) => wanted.has(v));
  if (value instanceof ParsedId) return wanted.has(value.full);
  return wanted.has(String(value));
}

export function compileRule(rule: Rule, fields: readonly FieldDefinition[]): CompiledRule {
  const index = (key: string): number => {
    const i = fields.findIndex((f) => f.key === key);
    if (i < 0) throw new Error(`rule ${rule.kind} names unknown field ${key}`);
    return i;
  };
  const target = index(rule.field);
  const label = fields[target]!.label;
  switch (rule.kind) {
    case 'requiredWhen': {
      // Required when the other field equals / includes one of the values; with neither, whenever it is filled in.
      const when = index(rule.when);
      const wanted = new Set(rule.equals ?? rule.includes ?? []);
      const any = rule.equals === undefined && rule.includes === undefined;
      const whenLabel = fields[when]!.label;
      return (values, errors) => {
        const w = values[when];
        if (!present(w) || values[target] !== undefined) return;
        if (any || matchesAny(w, wanted)) {
          errors.push({ field: rule.field, code: rule.code, message: `${whenLabel}为“${shown(w)}”时，${label}必填 / ${rule.field} is required when ${rule.when} is "${shown(w)}"` });
        }
      };
    }
    case 'requiredUnless': {
      // Required whenever the other field is filled in with anything but the listed values.
      const when = index(rule.when);
      const except = new Set(rule.equals);
      const whenLabel = fields[when]!.label;
      return (values, errors) => {
        const w = values[when];
        if (!present(w) || values[target] !== undefined || matchesAny(w, except)) return;
        errors.push({ field: rule.field, code: rule.code, message: `${whenLabel}为“${shown(w)}”时，${label}必填 / ${rule.field} is required unless ${rule.when} is ${rule.equals.join(' or ')}` });
      };
    }
    case 'notAfter': {
      // Dates as YYYY-MM-DD compare as text: the field must not lie after the other (decision ≤ validity end).
      const other = index(rule.other);
      const otherLabel = fields[other]!.label;
      return (values, errors) => {
        const a = values[target];
        const b = values[other];
        if (typeof a === 'string' && typeof b === 'string' && a > b) {
          errors.push({ field: rule.field, code: rule.code, message: `${label}（${a}）晚于${otherLabel}（${b}）/ ${rule.field} ${a} is after ${rule.other} ${b}` });
        }
      };
    }
  }
}

const shown = (v: Parsed): string => (Array.isArray(v) ? v.join('、') : v instanceof ParsedId ? v.masked : String(v));
