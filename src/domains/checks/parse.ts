import type { z } from 'zod';
import { ValidationError, ZOD_ISSUE_CODES, type FieldError } from '../../kernel/errors.js';

/**
 * Services check their input with the routes' zod schemas, so the CLI and the
 * console get the same rules; failures are 400 VALIDATION_FAILED, one entry per field.
 */
export function parseWith<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue): FieldError => ({
    field: issue.path.join('.') || 'body', code: ZOD_ISSUE_CODES[issue.code] ?? 'INVALID_VALUE', message: issue.message,
  }));
  throw new ValidationError('请求数据不符合要求 / request does not match the schema', errors);
}
