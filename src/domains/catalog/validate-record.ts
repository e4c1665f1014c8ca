import type { RecordTypeDefinition } from './definition.js';
import { compileValidator, type CompiledValidator, type ValidateOptions, type ValidationResult } from './validate/compile-validator.js';

/** Compiled validators by definition object: a type version is immutable, so it compiles once. */
const compiled = new WeakMap<RecordTypeDefinition, CompiledValidator>();

/** The validator of one type version, compiled on first use and kept while the definition lives. */
export function validatorFor(type: { definition: RecordTypeDefinition; version: number }): CompiledValidator {
  let validator = compiled.get(type.definition);
  if (validator === undefined || validator.version !== type.version) {
    validator = compileValidator(type);
    compiled.set(type.definition, validator);
  }
  return validator;
}

/**
 * Validates one raw row (cells by field key: strings from CSV/XLSX, JSON values
 * from the API, Date objects from XLSX) against a record type version: every
 * field's own checks, then the cross-field rules, then subject, severity and
 * publicity. All failures of the row are reported, each with the field's key.
 */
export function validateRecord(
  type: { definition: RecordTypeDefinition; version: number },
  raw: Readonly<Record<string, unknown>>,
  opts: ValidateOptions,
): ValidationResult {
  return validatorFor(type).validate(raw, opts);
}
