/**
 * Who is acting. Every service call takes an Actor; authorisation is decided in
 * the service layer from it (never in routes alone).
 */
export const ROLES = ['public', 'subject', 'provider', 'staff', 'reviewer', 'admin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export type ActorKind = 'anonymous' | 'user' | 'api_key' | 'system';

export interface Actor {
  kind: ActorKind;
  /** user id, API key id, or null for anonymous / system */
  id: string | null;
  role: Role;
  departmentId: string | null;
  /** for role `subject`: the subject the account is bound to */
  subjectId: string | null;
  /** for API keys: what the key may do */
  apiKeyPurpose: 'provider' | 'consumer' | null;
  ip: string | null;
  requestId: string | null;
}

export const anonymousActor = (ip: string | null = null, requestId: string | null = null): Actor => ({
  kind: 'anonymous',
  id: null,
  role: 'public',
  departmentId: null,
  subjectId: null,
  apiKeyPurpose: null,
  ip,
  requestId,
});

/** The local administrator behind the CLI (SPEC §13: "the CLI is a local administrator"). */
export const systemActor: Actor = {
  kind: 'system',
  id: 'cli',
  role: 'admin',
  departmentId: null,
  subjectId: null,
  apiKeyPurpose: null,
  ip: null,
  requestId: null,
};

/** Roles that work inside government and may see `shared` data. */
export const GOVERNMENT_ROLES: ReadonlySet<Role> = new Set(['staff', 'reviewer', 'admin']);

export function isGovernment(actor: Actor): boolean {
  return actor.kind !== 'anonymous' && GOVERNMENT_ROLES.has(actor.role);
}
