import { generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSigningThread, signText } from './receipt-sign-thread.js';
import { createReceiptSigner, verifyReceipt } from './receipt-signer.js';
import type { ReceiptBody } from './schema.js';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');

describe('signing receipts on a thread of their own', () => {
  it('signs many texts asked for at once exactly as inline signing does (Ed25519 is deterministic)', async () => {
    const thread = createSigningThread(privateKey);
    const texts = Array.from({ length: 50 }, (_, i) => `{"id":"${i}","name":"深圳市测试${i}有限公司"}`);
    const signatures = await Promise.all(texts.map((t) => thread.sign(t)));
    expect(signatures).toEqual(texts.map((t) => signText(t, privateKey)));
    for (const [i, s] of signatures.entries()) expect(verify(null, Buffer.from(texts[i]!, 'utf8'), publicKey, Buffer.from(s, 'base64'))).toBe(true);
    // later batches too, one after the other
    expect(await thread.sign('x')).toBe(signText('x', privateKey));
  });

  it('a receipt signed through the thread is the receipt signed inline, and verifies offline', async () => {
    const body: ReceiptBody = {
      format: 'xinyong-check-receipt/1', id: '0197a000-0000-7000-8000-000000000001', issuedAt: '2026-06-15T02:00:00.000Z',
      issuer: { kind: 'api_key', id: 'k', departmentId: 'd' }, subject: { code: '91440300708461136T', name: '深圳市测试有限公司', type: 'enterprise', idNumberMasked: null },
      scenario: 'bidding', at: '2026-06-15', verdict: 'clear', measures: [], rewards: [], dataVersion: { recordsSeq: 1, listsSeq: 2, measuresSeq: 3 }, keyId: 'abc',
    };
    const threaded = await createReceiptSigner(privateKey, createSigningThread(privateKey)).signAsync(body);
    const inline = createReceiptSigner(privateKey).sign(body);
    expect(threaded).toEqual(inline);
    expect(JSON.parse(threaded.json)).toEqual(threaded.receipt);
    expect(verifyReceipt(threaded.receipt, publicKey)).toBe(true);
  });

  it('when the thread cannot sign, signs inline, and an error there reaches the caller (never an unsigned answer)', async () => {
    // a public key cannot sign: the thread reports failure, the inline attempt throws, the promise rejects
    await expect(createSigningThread(publicKey).sign('x')).rejects.toThrow();
  });
});
