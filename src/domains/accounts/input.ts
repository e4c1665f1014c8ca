import type { z } from 'zod';
import type { FieldError } from '../../kernel/errors.js';
import { fieldErrors } from './errors.js';

/** zod issue codes → the field error codes the HTTP layer uses too (app/problem.ts). */
const ISSUE_CODES: Record<string, string> = {
  unrecognized_keys: 'UNKNOWN_FIELD',
  invalid_type: 'INVALID_TYPE',
  too_small: 'TOO_SMALL',
  too_big: 'TOO_BIG',
  invalid_format: 'INVALID_FORMAT',
  invalid_value: 'INVALID_VALUE',
};

/**
 * Services check their input with the same zod schema the routes use, so the
 * CLI, the seeder and other domains get the rule too; failures become the
 * usual 400 VALIDATION_FAILED with one entry per field.
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.flatMap((issue): FieldError[] => {
    const field = issue.path.join('.');
    const code = ISSUE_CODES[issue.code] ?? 'INVALID_VALUE';
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({ field: field ? `${field}.${k}` : k, code, message: `未知字段 / unknown field "${k}"` }));
    }
    return [{ field: field || 'body', code, message: issue.message }];
  });
  throw fieldErrors(errors);
}
