import type { FastifyRequest } from 'fastify';
import type { RequestMeta } from './actors.js';

export const requestMeta = (request: FastifyRequest): RequestMeta => ({ ip: request.ip, requestId: request.id });
