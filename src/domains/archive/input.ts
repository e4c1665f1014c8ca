import type { z } from 'zod';
import { ValidationError, ZOD_ISSUE_CODES } from '../../kernel/errors.js';

/** Services check their input with the routes' zod schemas too (other callers get the rules); failures are VALIDATION_FAILED per field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(
    '请求数据不符合要求 / request does not match the rules',
    result.error.issues.map((i) => ({ field: i.path.join('.') || 'body', code: ZOD_ISSUE_CODES[i.code] ?? 'INVALID_VALUE', message: i.message })),
  );
}
