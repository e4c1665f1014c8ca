import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

/**
 * The portal's static files: one stylesheet, one small script and the icon, read from
 * disk once when the module loads. Pages link them with `?v=<hash>`, so they
 * can be cached for a year and a new release changes the URL.
 */
export interface Asset {
  name: string;
  body: Buffer;
  contentType: string;
  hash: string;
  etag: string;
  href: string;
}

const FILES: Record<string, string> = {
  'app.css': 'text/css; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
};

function load(name: string, contentType: string): Asset {
  const body = readFileSync(new URL(`./assets/${name}`, import.meta.url));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  return { name, body, contentType, hash, etag: `"${hash}"`, href: `/assets/${name}?v=${hash}` };
}

export const ASSETS: ReadonlyMap<string, Asset> = new Map(
  Object.entries(FILES).map(([name, type]) => [name, load(name, type)]),
);

export function assetHref(name: 'app.css' | 'app.js' | 'favicon.svg'): string {
  const asset = ASSETS.get(name);
  if (!asset) throw new Error(`unknown asset ${name}`);
  return asset.href;
}
