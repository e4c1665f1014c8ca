import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { performance } from 'node:perf_hooks';
import { isPrivateAddress } from './webhook-address.js';

/** One POST's outcome: the status code the receiver answered, or why there was none. */
export type WebhookResponse = { statusCode: number; durationMs: number } | { error: string; durationMs: number };

/** The HTTP edge of deliveries; tests may pass their own. */
export interface WebhookTransport {
  post(url: string, headers: Record<string, string>, body: string): Promise<WebhookResponse>;
}

export const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * A lookup that refuses names resolving to private addresses. It runs on the
 * address the socket really connects to, so a name that pointed elsewhere at
 * registration (or rebinds between lookups) is still caught.
 */
function guardedLookup(): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const bad = addresses.find((a) => isPrivateAddress(a.address));
      if (bad || addresses.length === 0) {
        return callback(Object.assign(new Error(`${hostname} resolves to a private address`), { code: 'EPRIVATE' }), '', 0);
      }
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

/**
 * node:http(s) POST with a hard timeout over the whole exchange (AbortSignal),
 * no redirects followed (a 3xx is a failed attempt: a redirect could lead to
 * an internal address), the response body read and dropped.
 */
export function createHttpTransport(opts: { allowPrivate: boolean; timeoutMs?: number }): WebhookTransport {
  const timeoutMs = opts.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  return {
    post(rawUrl, headers, body) {
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      return new Promise((resolve) => {
        const url = new URL(rawUrl);
        if (!opts.allowPrivate && isPrivateAddress(url.hostname)) {
          resolve({ error: 'private address refused', durationMs: elapsed() });
          return;
        }
        const client = url.protocol === 'https:' ? https : http;
        const request = client.request(url, {
          method: 'POST',
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          signal: AbortSignal.timeout(timeoutMs),
          ...(opts.allowPrivate ? {} : { lookup: guardedLookup() }),
        }, (response) => {
          response.on('error', (err) => resolve({ error: describe(err, timeoutMs), durationMs: elapsed() }));
          response.on('end', () => resolve({ statusCode: response.statusCode ?? 0, durationMs: elapsed() }));
          response.resume();
        });
        request.on('error', (err) => resolve({ error: describe(err, timeoutMs), durationMs: elapsed() }));
        request.end(body);
      });
    },
  };
}

function describe(err: Error, timeoutMs: number): string {
  const code = (err as { code?: string }).code;
  if (err.name === 'AbortError' || code === 'ABORT_ERR') return `timeout after ${timeoutMs} ms`;
  return code ? `${code}: ${err.message}`.slice(0, 300) : err.message.slice(0, 300);
}
