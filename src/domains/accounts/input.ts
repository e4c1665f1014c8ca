import type { z } from 'zod';
import { ZOD_ISSUE_CODES as ISSUE_CODES, type FieldError } from '../../kernel/errors.js';
import { fieldErrors } from './errors.js';


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
