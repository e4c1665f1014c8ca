import { ValidationError, type FieldError } from '../../kernel/errors.js';
import { checkDefinition } from './check-definition.js';
import { recordTypeDefinitionSchema, type RecordTypeDefinition } from './definition.js';

const ISSUE_CODES: Record<string, string> = {
  unrecognized_keys: 'UNKNOWN_FIELD',
  invalid_type: 'INVALID_TYPE',
  too_small: 'TOO_SMALL',
  too_big: 'TOO_BIG',
  invalid_format: 'INVALID_FORMAT',
};

/**
 * A record type definition from outside (admin API, CLI, the database): the
 * schema first (VALIDATION_FAILED), then coherence (DEFINITION_INVALID: roles,
 * rules and names that do not fit together).
 */
export function parseDefinition(input: unknown): RecordTypeDefinition {
  const parsed = recordTypeDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    const errors: FieldError[] = parsed.error.issues.map((issue) => ({
      field: issue.path.join('.') || 'definition',
      code: ISSUE_CODES[issue.code] ?? 'INVALID_VALUE',
      message: issue.message,
    }));
    throw new ValidationError('类型定义不符合要求 / the record type definition does not match the schema', errors);
  }
  const problems = checkDefinition(parsed.data);
  if (problems.length > 0) throw new ValidationError('类型定义前后不一致 / the record type definition is not coherent', problems, 'DEFINITION_INVALID');
  return parsed.data;
}
