import { z } from 'zod';
import { loadOrCreateSecrets, SECRET_NAMES, type Secrets } from './secrets.js';
import { dirname, resolve } from 'node:path';
import { availableParallelism } from 'node:os';

/**
 * Configuration is read once from the environment, validated with zod, and
 * frozen. Every problem is reported at once so an operator fixes them in one go.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  XINYONG_DB: z.string().min(1).default('./data/xinyong.db'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  XINYONG_SECRETS_FILE: z.string().optional(),
  XINYONG_ENCRYPTION_KEY: z.string().optional(),
  XINYONG_LOOKUP_KEY: z.string().optional(),
  XINYONG_SIGNING_KEY: z.string().optional(),
  XINYONG_SESSION_SECRET: z.string().optional(),
  XINYONG_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  XINYONG_DEMO_SUBJECTS: z.coerce.number().int().min(0).max(5_000_000).default(2000),
  XINYONG_SEED_DEMO: z.enum(['true', 'false']).default('true'),
  XINYONG_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  XINYONG_MONITOR_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).optional(),
  XINYONG_WEBHOOK_PRIVATE_TARGETS: z.enum(['true', 'false']).optional(),
  XINYONG_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  XINYONG_REPORT_THREADS: z.coerce.number().int().min(0).max(64).optional(),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  db: { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };
  logLevel: string;
  secrets: Secrets;
  adminPassword: string | undefined;
  demo: { seed: boolean; subjects: number };
  trustProxy: boolean;
  /** monitoring (docs/monitoring.md): pass interval in `serve` (0 = off); whether webhooks may target private addresses */
  monitoring: { intervalMs: number; allowPrivateWebhookTargets: boolean };
  /** where the public reaches the platform (no trailing slash): report QR codes and verification links point here */
  publicUrl: string;
  /** threads that render report PDFs side by side (0: on the request's own thread) */
  reportThreads: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置有误 / invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const db: Config['db'] = e.DATABASE_URL
    ? { dialect: 'postgres', url: e.DATABASE_URL }
    : { dialect: 'sqlite', file: resolve(e.XINYONG_DB) };
  const secretsFile = e.XINYONG_SECRETS_FILE
    ? resolve(e.XINYONG_SECRETS_FILE)
    : resolve(db.dialect === 'sqlite' ? dirname(db.file) : './data', 'xinyong.secrets.json');
  const fromEnv = {
    encryptionKey: e.XINYONG_ENCRYPTION_KEY,
    lookupKey: e.XINYONG_LOOKUP_KEY,
    signingKey: e.XINYONG_SIGNING_KEY,
    sessionSecret: e.XINYONG_SESSION_SECRET,
  };
  const problems: string[] = [];
  if (e.NODE_ENV === 'production') {
    for (const [key, envName] of Object.entries(SECRET_NAMES)) {
      if (!fromEnv[key as keyof typeof fromEnv]) problems.push(`${envName}: required when NODE_ENV=production`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const secrets = loadOrCreateSecrets(fromEnv, e.NODE_ENV === 'production' ? undefined : secretsFile);
  if (!secrets.ok) throw new ConfigError(secrets.problems);
  return Object.freeze({
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    db,
    logLevel: e.LOG_LEVEL,
    secrets: secrets.value,
    adminPassword: e.XINYONG_ADMIN_PASSWORD,
    demo: { seed: e.XINYONG_SEED_DEMO === 'true', subjects: e.XINYONG_DEMO_SUBJECTS },
    trustProxy: e.XINYONG_TRUST_PROXY === 'true',
    monitoring: {
      intervalMs: e.XINYONG_MONITOR_INTERVAL_MS ?? (e.NODE_ENV === 'test' ? 0 : 5000),
      allowPrivateWebhookTargets: (e.XINYONG_WEBHOOK_PRIVATE_TARGETS ?? (e.NODE_ENV === 'production' ? 'false' : 'true')) === 'true',
    },
    publicUrl: (e.XINYONG_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    // One per core by default (docs/reports.md, "Benchmark"); tests render on their own thread unless they ask.
    reportThreads: e.XINYONG_REPORT_THREADS ?? (e.NODE_ENV === 'test' ? 0 : availableParallelism()),
  });
}
