import { GOVERNMENT_ROLES, type Actor, type Role } from '../../kernel/actor.js';
import type { Follower } from './schema.js';

/** Issue 4 item 5: a signed-in user of any role, or a consumer API key (a business system), may follow subjects. */
export const canFollow = (actor: Actor): boolean =>
  actor.id !== null && (actor.kind === 'user' || (actor.kind === 'api_key' && actor.apiKeyPurpose === 'consumer'));

/** The follower an actor acts as (call after canFollow). */
export const followerOf = (actor: Actor): Follower => ({ type: actor.kind === 'user' ? 'user' : 'api_key', id: actor.id! });

/** What the policy needs to know of a follower: its role, and the subject a `subject` account is bound to. */
export interface Viewer {
  role: Role;
  subjectId: string | null;
}

/**
 * SPEC §4: persons have no public profile. Only government users, and the
 * person's own account, may follow one (and be told about its public records);
 * to anyone else it does not exist. Every other subject is public.
 */
export const maySeeSubject = (viewer: Viewer, subject: { id: string; type: string }): boolean =>
  subject.type !== 'person' || GOVERNMENT_ROLES.has(viewer.role) || viewer.subjectId === subject.id;
