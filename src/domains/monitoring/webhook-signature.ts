import { createHmac, timingSafeEqual } from 'node:crypto';

// Webhook signatures (docs/monitoring.md). This file depends on node:crypto
// only, so a receiver written in TypeScript can copy it as it is.
//
//   X-Xinyong-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>
//
// The key is the secret string as handed out (its ASCII bytes); `body` is the
// raw request body, byte for byte, before any JSON parsing. The timestamp is
// signed too, so a captured request cannot be replayed outside the tolerance.

const hmacHex = (secret: string, timestamp: number, body: string | Buffer) =>
  createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');

/** The header value for a body sent at `timestampSeconds`. */
export function signWebhookBody(secret: string, body: string | Buffer, timestampSeconds: number): string {
  return `t=${timestampSeconds},v1=${hmacHex(secret, timestampSeconds, body)}`;
}

/**
 * True when `header` carries a v1 signature of `body` by `secret`, made no
 * more than `toleranceSeconds` away from `nowSeconds`. Several v1 entries are
 * allowed (any may match); unknown schemes are ignored. Constant-time compare.
 */
export function verifyWebhookSignature(
  secret: string,
  header: string | undefined | null,
  body: string | Buffer,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  if (!header) return false;
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
  }
  if (timestamp === null || signatures.length === 0) return false;
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(hmacHex(secret, timestamp, body), 'hex');
  return signatures.some((s) => timingSafeEqual(Buffer.from(s, 'hex'), expected));
}
