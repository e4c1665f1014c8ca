import type { z } from 'zod';
import { ValidationError, ZOD_ISSUE_CODES as ISSUE_CODES, type FieldError } from '../../kernel/errors.js';
import { calendarDaysBodySchema } from './schema.js';


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
