import type { z } from 'zod';
import { ValidationError, type FieldError } from '../../kernel/errors.js';
import { calendarDaysBodySchema } from './schema.js';

const ISSUE_CODES: Record<string, string> = {
  unrecognized_keys: 'UNKNOWN_FIELD',
  invalid_type: 'INVALID_TYPE',
  too_small: 'TOO_SMALL',
  too_big: 'TOO_BIG',
  invalid_format: 'INVALID_FORMAT',
  invalid_value: 'INVALID_VALUE',
};

/** The service checks its input with the route's schema, so the console form and the CLI get the rule too. */
export function parseDays(input: unknown): z.output<typeof calendarDaysBodySchema> {
  const result = calendarDaysBodySchema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue): FieldError => ({
    field: issue.path.join('.') || 'body',
    code: ISSUE_CODES[issue.code] ?? 'INVALID_VALUE',
    message: issue.message,
  }));
  throw new ValidationError('工作日历数据有误 / calendar days invalid', errors);
}
