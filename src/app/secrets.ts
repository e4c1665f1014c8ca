import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateKeyPairSync, randomBytes, createPrivateKey, type KeyObject } from 'node:crypto';

/**
 * Secrets: the ID-number encryption key, the lookup-hash key, the Ed25519
 * signing key (receipts, reports) and the session secret. In embedded mode a
 * missing secret is generated on first start and kept beside the database
 * file with mode 0600; in production every one must come from the environment.
 */
export interface Secrets {
  encryptionKey: Buffer;
  lookupKey: Buffer;
  signingKey: KeyObject;
  sessionSecret: Buffer;
}

export const SECRET_NAMES = {
  encryptionKey: 'XINYONG_ENCRYPTION_KEY',
  lookupKey: 'XINYONG_LOOKUP_KEY',
  signingKey: 'XINYONG_SIGNING_KEY',
  sessionSecret: 'XINYONG_SESSION_SECRET',
} as const;

type Raw = Partial<Record<keyof typeof SECRET_NAMES, string | undefined>>;
type Result = { ok: true; value: Secrets } | { ok: false; problems: string[] };

function generate(): Required<Record<keyof typeof SECRET_NAMES, string>> {
  const { privateKey } = generateKeyPairSync('ed25519');
  return {
    encryptionKey: randomBytes(32).toString('base64'),
    lookupKey: randomBytes(32).toString('base64'),
    signingKey: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    sessionSecret: randomBytes(32).toString('base64'),
  };
}

function readFile(file: string): Raw {
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as Raw;
}

export function loadOrCreateSecrets(fromEnv: Raw, file: string | undefined): Result {
  let merged: Raw = { ...fromEnv };
  if (file) {
    const stored = readFile(file);
    const missing = Object.keys(SECRET_NAMES).filter((k) => !merged[k as keyof Raw] && !stored[k as keyof Raw]);
    const generated = generate();
    const filled: Raw = { ...stored };
    for (const k of missing) filled[k as keyof Raw] = generated[k as keyof Raw];
    if (missing.length > 0) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(filled, null, 2), { mode: 0o600 });
      chmodSync(file, 0o600);
    }
    merged = { ...filled, ...Object.fromEntries(Object.entries(fromEnv).filter(([, v]) => v)) };
  }
  return decode(merged);
}

function decodeKey(name: string, value: string | undefined, minBytes: number, problems: string[]): Buffer {
  const buf = value ? Buffer.from(value, /^[0-9a-f]+$/i.test(value) && value.length % 2 === 0 ? 'hex' : 'base64') : Buffer.alloc(0);
  if (buf.length < minBytes) problems.push(`${name}: must be at least ${minBytes} bytes (base64 or hex)`);
  return buf;
}

function decode(raw: Raw): Result {
  const problems: string[] = [];
  const encryptionKey = decodeKey(SECRET_NAMES.encryptionKey, raw.encryptionKey, 32, problems).subarray(0, 32);
  const lookupKey = decodeKey(SECRET_NAMES.lookupKey, raw.lookupKey, 32, problems);
  const sessionSecret = decodeKey(SECRET_NAMES.sessionSecret, raw.sessionSecret, 32, problems);
  let signingKey: KeyObject | undefined;
  try {
    signingKey = createPrivateKey(raw.signingKey ?? '');
    if (signingKey.asymmetricKeyType !== 'ed25519') problems.push(`${SECRET_NAMES.signingKey}: must be an Ed25519 private key (PEM)`);
  } catch {
    problems.push(`${SECRET_NAMES.signingKey}: must be an Ed25519 private key in PKCS#8 PEM`);
  }
  if (problems.length > 0 || !signingKey) return { ok: false, problems };
  return { ok: true, value: { encryptionKey, lookupKey, signingKey, sessionSecret } };
}
