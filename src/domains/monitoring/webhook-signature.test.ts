import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhookBody, verifyWebhookSignature } from './webhook-signature.js';

const SECRET = 'a'.repeat(64);
const BODY = '{"id":"d1","event":"notice.appeared","notice":{"kind":"appeared"}}';
const T = 1_781_488_800;

describe('webhook signatures', () => {
  it('signs t + "." + body with HMAC-SHA256 and the secret as key', () => {
    const expected = createHmac('sha256', SECRET).update(`${T}.${BODY}`).digest('hex');
    expect(signWebhookBody(SECRET, BODY, T)).toBe(`t=${T},v1=${expected}`);
    expect(signWebhookBody(SECRET, Buffer.from(BODY), T)).toBe(`t=${T},v1=${expected}`);
  });

  it('verifies a good signature within the tolerance, either side', () => {
    const header = signWebhookBody(SECRET, BODY, T);
    expect(verifyWebhookSignature(SECRET, header, BODY, T)).toBe(true);
    expect(verifyWebhookSignature(SECRET, header, Buffer.from(BODY), T + 300)).toBe(true);
    expect(verifyWebhookSignature(SECRET, header, BODY, T - 300)).toBe(true);
    expect(verifyWebhookSignature(SECRET, header, BODY, T + 301)).toBe(false);
    expect(verifyWebhookSignature(SECRET, header, BODY, T + 3600, 3600)).toBe(true);
  });

  it('refuses a tampered body, another secret, a moved timestamp and broken headers', () => {
    const header = signWebhookBody(SECRET, BODY, T);
    expect(verifyWebhookSignature(SECRET, header, BODY.replace('appeared', 'expired'), T)).toBe(false);
    expect(verifyWebhookSignature(SECRET, header, `${BODY} `, T)).toBe(false);
    expect(verifyWebhookSignature('b'.repeat(64), header, BODY, T)).toBe(false);
    expect(verifyWebhookSignature(SECRET, header.replace(`t=${T}`, `t=${T + 1}`), BODY, T)).toBe(false);
    for (const broken of [undefined, null, '', 'v1=abc', `t=${T}`, `t=${T},v1=zz`, `t=x,v1=${'0'.repeat(64)}`]) {
      expect(verifyWebhookSignature(SECRET, broken, BODY, T)).toBe(false);
    }
  });

  it('accepts any of several v1 signatures (a rotated secret) and ignores unknown schemes', () => {
    const good = signWebhookBody(SECRET, BODY, T).split(',')[1];
    expect(verifyWebhookSignature(SECRET, `t=${T},v1=${'0'.repeat(64)},${good},v0=x`, BODY, T)).toBe(true);
  });
});
