import type { Actor } from '../../kernel/actor.js';
import type { ArchiveAudience } from './schema.js';

/** Who asks, with the kind of their department (credit_office, government, …), which the actor does not carry. */
export type Viewer = Pick<Actor, 'kind' | 'id' | 'role' | 'subjectId' | 'apiKeyPurpose'> & { departmentKind: string | null };

/** An authorisation as the audience decision needs it. */
export interface GrantTerms {
  id: string;
  subjectId: string;
  granteeType: 'user' | 'api_key';
  granteeId: string;
  purpose: string;
  /** YYYY-MM-DD, both inclusive */
  validFrom: string;
  validTo: string;
  revokedAt: string | null;
}

/** In force on `today`: within its dates and not revoked. */
export const isGrantInForce = (g: Pick<GrantTerms, 'validFrom' | 'validTo' | 'revokedAt'>, today: string) =>
  g.revokedAt === null && g.validFrom <= today && today <= g.validTo;

/** The grant names this viewer: a user, or a consumer API key (provider keys are never grantees). */
export function grantNames(g: Pick<GrantTerms, 'granteeType' | 'granteeId'>, v: Viewer): boolean {
  if (v.id === null) return false;
  if (g.granteeType === 'user') return v.kind === 'user' && v.id === g.granteeId;
  return v.kind === 'api_key' && v.apiKeyPurpose === 'consumer' && v.id === g.granteeId;
}

/** A `subject` account reading its own subject. */
export const isSelf = (v: Viewer, subjectId: string) => v.kind === 'user' && v.role === 'subject' && v.subjectId === subjectId;

/**
 * SPEC §3 disclosure levels, §4 presenters: the audience a viewer reads a subject's archive as.
 * - the credit office (staff of a `credit_office` department), admins, auditors, the CLI → internal;
 * - the subject's own accounts, and a user or consumer key holding a grant in force for it → authorised;
 * - government roles (staff, reviewer) of any other department → government (shared);
 * - everyone else (anonymous, public, providers, consumer keys, other subjects' accounts) → public.
 * A source department's internal view of its own records stays GET /api/v1/records/{id}.
 */
export function audienceFor(viewer: Viewer, subject: { id: string }, grant: GrantTerms | null, today: string): ArchiveAudience {
  if (viewer.kind === 'anonymous') return 'public';
  if (viewer.role === 'admin' || viewer.role === 'auditor') return 'internal';
  if (viewer.role === 'staff' && viewer.departmentKind === 'credit_office') return 'internal';
  if (isSelf(viewer, subject.id)) return 'authorised';
  if (grant !== null && grant.subjectId === subject.id && grantNames(grant, viewer) && isGrantInForce(grant, today)) return 'authorised';
  if (viewer.role === 'staff' || viewer.role === 'reviewer') return 'government';
  return 'public';
}

/** What the subject's own reads are logged as when they state no purpose. */
export const SELF_PURPOSE = '本主体查询';
