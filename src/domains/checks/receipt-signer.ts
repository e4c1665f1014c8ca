import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../../kernel/canonical-json.js';
import { signText, type TextSigner } from './receipt-sign-thread.js';
import type { Receipt, ReceiptBody } from './schema.js';

/** Receipts are signed with Ed25519 (RFC 8032) over the canonical JSON of every field but `signature`. */
export interface ReceiptSigner {
  keyId: string;
  publicKeyPem: string;
  /** the raw 32-byte public key, base64 */
  publicKeyRaw: string;
  /** The signed receipt, and the JSON text it is stored as (the signed canonical text with the signature added). */
  sign(body: ReceiptBody): { receipt: Receipt; json: string };
  /** The same, the signature made off the calling thread when the signer has a signing thread (receipt-sign-thread.ts). */
  signAsync(body: ReceiptBody): Promise<{ receipt: Receipt; json: string }>;
  verify(receipt: Receipt): boolean;
}

/** The signed bytes: what an offline verifier rebuilds from a receipt (docs/checks.md). */
export function signedBytes(receipt: Omit<Receipt, 'signature'>): Buffer {
  const { signature: _signature, ...signed } = receipt as Receipt;
  return Buffer.from(canonicalJson(signed), 'utf8');
}

/** Verifies a receipt with a public key alone (PEM or KeyObject); false for any change to any signed field. */
export function verifyReceipt(receipt: Receipt, publicKey: KeyObject | string): boolean {
  if (receipt.algorithm !== 'Ed25519' || typeof receipt.signature !== 'string') return false;
  const signature = Buffer.from(receipt.signature, 'base64');
  if (signature.length !== 64 || signature.toString('base64') !== receipt.signature) return false;
  try {
    return verify(null, signedBytes(receipt), publicKey, signature);
  } catch {
    return false;
  }
}

/** The receipt, and the text it is stored as: the signed text with the signature appended as its last member. */
function signed(unsigned: Omit<Receipt, 'signature'>, text: string, signature: string): { receipt: Receipt; json: string } {
  return { receipt: { ...unsigned, signature }, json: `${text.slice(0, -1)},"signature":${JSON.stringify(signature)}}` };
}

/** `thread`: where signAsync has its signatures made (receipt-sign-thread.ts); inline when absent. */
export function createReceiptSigner(privateKey: KeyObject, thread?: TextSigner): ReceiptSigner {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('receipt signing key must be Ed25519');
  const publicKey = createPublicKey(privateKey);
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const keyId = createHash('sha256').update(raw).digest('hex').slice(0, 16);
  return {
    keyId,
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    publicKeyRaw: raw.toString('base64'),
    sign(body) {
      const unsigned = { ...body, algorithm: 'Ed25519' as const };
      const text = canonicalJson(unsigned);
      return signed(unsigned, text, signText(text, privateKey));
    },
    async signAsync(body) {
      const unsigned = { ...body, algorithm: 'Ed25519' as const };
      const text = canonicalJson(unsigned);
      return signed(unsigned, text, thread ? await thread.sign(text) : signText(text, privateKey));
    },
    verify: (receipt) => receipt.keyId === keyId && verifyReceipt(receipt, publicKey),
  };
}
