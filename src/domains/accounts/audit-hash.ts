import { sha256Hex } from '../../kernel/crypto.js';

/** The first entry's prevHash. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level, so the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The hashed columns of one audit_log row (everything but prev_hash and hash). */
export interface AuditHashedFields {
  seq: number;
  id: string;
  at: string;
  actorType: string;
  actorId: string | null;
  departmentId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  subjectId: string | null;
  purpose: string | null;
  details: string | null;
  ip: string | null;
  requestId: string | null;
}

/**
 * hash = sha256_hex(prev_hash || canonical JSON of the other columns), keyed by
 * the column names as the database spells them, so anyone with read access to
 * audit_log can recompute the chain without this code.
 */
export function auditEntryHash(prevHash: string, f: AuditHashedFields): string {
  const columns = {
    seq: Number(f.seq),
    id: f.id,
    at: f.at,
    actor_type: f.actorType,
    actor_id: f.actorId,
    department_id: f.departmentId,
    action: f.action,
    target_type: f.targetType,
    target_id: f.targetId,
    subject_id: f.subjectId,
    purpose: f.purpose,
    details: f.details,
    ip: f.ip,
    request_id: f.requestId,
  };
  return sha256Hex(prevHash + canonicalJson(columns));
}

const SECRET_KEY = /pass(word|wd)|secret|token|credential|api_?key$|plain_?key/i;

/** Never let a password, token or key into the trail, whatever a caller passes. */
export function redactSecrets(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(redactSecrets);
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[redacted]' : redactSecrets(v)]),
  );
}
