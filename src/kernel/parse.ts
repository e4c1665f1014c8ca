import type { z } from 'zod';
import { ValidationError, ZOD_ISSUE_CODES, type DomainError, type FieldError } from './errors.js';

const invalid = (errors: FieldError[]): DomainError => new ValidationError('请求数据不符合要求 / request does not match the schema', errors);

/**
 * Services check their input with the routes' zod schemas, so the API, the
 * pages and the CLI get the same rules. Failures list one entry per field
 * (`body` for the input as a whole) under the domain's code, or 400
 * VALIDATION_FAILED when the domain has none of its own.
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, fail: (errors: FieldError[]) => DomainError = invalid): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw fail(result.error.issues.map((issue): FieldError => ({
    field: issue.path.join('.') || 'body', code: ZOD_ISSUE_CODES[issue.code] ?? 'INVALID_VALUE', message: issue.message,
  })));
}
