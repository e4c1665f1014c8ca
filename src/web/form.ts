import type { FastifyRequest } from 'fastify';

/**
 * A posted form's text fields. The accounts domain parses
 * application/x-www-form-urlencoded into an object (a repeated field becomes
 * an array: the first value counts here); anything else reads as empty.
 */
export function formField(request: FastifyRequest, name: string, max = 1024): string {
  const body = request.body;
  if (!body || typeof body !== 'object') return '';
  const value = (body as Record<string, unknown>)[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.slice(0, max) : '';
}
