import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, ZOD_ISSUE_CODES as ISSUE_CODES, type FieldError } from '../kernel/errors.js';

const DOCS = '/docs/errors#';

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: FieldError[];
  [k: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

function problem(status: number, code: string, detail: string, extra: Partial<Problem> = {}): Problem {
  return { type: `${DOCS}${code.toLowerCase()}`, title: TITLES[status] ?? 'Error', status, detail, code, ...extra };
}

/** Fastify's own error codes that reach the handler, mapped to stable platform codes. */
const FASTIFY_CODES: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'MALFORMED_JSON', '请求体不是合法的 JSON / request body is not valid JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'MALFORMED_JSON', '请求体为空 / request body is empty'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE', '请求体过大 / request body too large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型 / unsupported content type'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'MALFORMED_REQUEST', 'Content-Length 不正确 / bad content length'],
};


/** zod issues (as fastify-type-provider-zod passes them) → one entry per field, dotted path prefixed by where it was. */
function validationErrors(err: FastifyError): FieldError[] {
  const context = (err as { validationContext?: string }).validationContext ?? 'body';
  const list = (err.validation ?? []) as Array<{ keyword?: string; instancePath?: string; message?: string; params?: { keys?: string[] } }>;
  return list.flatMap((v) => {
    const path = (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
    const base = path ? `${context}.${path}` : context;
    const code = ISSUE_CODES[v.keyword ?? ''] ?? 'INVALID_VALUE';
    if (v.keyword === 'unrecognized_keys' && v.params?.keys?.length) {
      return v.params.keys.map((k) => ({ field: `${base}.${k}`, code, message: `未知字段 / unknown field "${k}"` }));
    }
    return [{ field: base, code, message: v.message ?? 'invalid' }];
  });
}

export function toProblem(err: unknown, request: FastifyRequest): Problem {
  if (err instanceof DomainError) {
    return problem(err.status, err.code, err.message, {
      ...(err.errors ? { errors: err.errors } : {}),
      ...(err.extra ?? {}),
    });
  }
  const fe = err as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fe)) {
    return problem(400, 'VALIDATION_FAILED', '请求数据不符合要求 / request does not match the schema', { errors: validationErrors(fe) });
  }
  if (isResponseSerializationError(fe)) {
    request.log.error({ err }, 'response failed its schema');
    return problem(500, 'INTERNAL_ERROR', '服务器内部错误 / internal error');
  }
  const mapped = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (mapped) return problem(mapped[0], mapped[1], mapped[2]);
  if (fe.statusCode === 429) return problem(429, 'RATE_LIMITED', '请求过于频繁，请稍后再试 / too many requests');
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return problem(fe.statusCode, 'BAD_REQUEST', fe.message);
  }
  request.log.error({ err }, 'unhandled error');
  return problem(500, 'INTERNAL_ERROR', '服务器内部错误 / internal error');
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  if (body.status === 429 && typeof body.retryAfter === 'number') reply.header('retry-after', String(body.retryAfter));
  return reply.code(body.status).type('application/problem+json; charset=utf-8').send(body);
}

export function notFoundProblem(request: FastifyRequest): Problem {
  return problem(404, 'ROUTE_NOT_FOUND', `没有这个地址 / no route ${request.method} ${request.url.split('?')[0]}`);
}
