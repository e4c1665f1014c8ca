/**
 * Typed domain errors. Every error the platform returns has a stable `code`
 * (listed in docs/errors.md) and an HTTP status; the HTTP layer maps them to
 * application/problem+json. Tests match codes, never messages.
 */
export interface FieldError {
  field: string;
  code: string;
  message: string;
  row?: number;
}

export class DomainError extends Error {
  readonly code: string;
  readonly status: number;
  readonly errors: FieldError[] | undefined;
  readonly extra: Record<string, unknown> | undefined;

  constructor(
    code: string,
    status: number,
    message: string,
    opts: { cause?: unknown; errors?: FieldError[]; extra?: Record<string, unknown> } = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = new.target.name;
    this.code = code;
    this.status = status;
    this.errors = opts.errors;
    this.extra = opts.extra;
  }
}

export class ValidationError extends DomainError {
  constructor(message: string, errors: FieldError[], code = 'VALIDATION_FAILED') {
    super(code, 400, message, { errors });
  }
}

export class NotFoundError extends DomainError {
  constructor(code: string, message: string) {
    super(code, 404, message);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, message: string) {
    super(code, 409, message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = '需要登录 / authentication required', code = 'UNAUTHENTICATED') {
    super(code, 401, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = '无权执行此操作 / forbidden', code = 'FORBIDDEN') {
    super(code, 403, message);
  }
}

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', 429, '请求过于频繁，请稍后再试 / too many requests', {
      extra: { retryAfter: retryAfterSeconds },
    });
  }
}

/** zod issue codes → the field error codes every validation error uses (docs/errors.md). */
export const ZOD_ISSUE_CODES: Readonly<Record<string, string>> = {
  unrecognized_keys: 'UNKNOWN_FIELD',
  invalid_type: 'INVALID_TYPE',
  too_small: 'TOO_SMALL',
  too_big: 'TOO_BIG',
  invalid_format: 'INVALID_FORMAT',
  invalid_value: 'INVALID_VALUE',
};
