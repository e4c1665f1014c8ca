import type { HttpApp } from '../kernel/http.js';
import { ASSETS } from './assets.js';

const YEAR_S = 365 * 24 * 3600;

/**
 * `/assets/:name`: the stylesheet and script. Pages link them with their
 * content hash, so they are immutable for a year; the ETag answers a
 * revalidation with 304 for anyone who fetched them without the hash.
 */
export function registerAssetRoutes(app: HttpApp): void {
  app.get('/assets/:name', { schema: { hide: true } }, async (request, reply) => {
    const { name } = request.params as { name: string };
    const asset = ASSETS.get(name);
    if (!asset) return reply.callNotFound();
    const versioned = (request.query as Record<string, unknown>).v === asset.hash;
    reply
      .header('etag', asset.etag)
      .header('cache-control', versioned ? `public, max-age=${YEAR_S}, immutable` : 'public, max-age=300')
      .type(asset.contentType);
    if (request.headers['if-none-match'] === asset.etag) return reply.code(304).send();
    return reply.send(asset.body);
  });
}
