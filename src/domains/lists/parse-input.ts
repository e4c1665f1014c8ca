import type { z } from 'zod';
import { ZOD_ISSUE_CODES, type FieldError } from '../../kernel/errors.js';
import { listInputInvalid } from './errors.js';

/** The service checks its input with the route's schema, so the console and any other caller get the same rules. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue): FieldError => ({
    field: issue.path.join('.') || 'body',
    code: ZOD_ISSUE_CODES[issue.code] ?? 'INVALID_VALUE',
    message: issue.message,
  }));
  throw listInputInvalid(errors);
}

/** A unique constraint refused a row (better-sqlite3 `code`, pg SQLSTATE 23505). */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
