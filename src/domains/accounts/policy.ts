import type { Actor, Role } from '../../kernel/actor.js';
import { ForbiddenError, UnauthenticatedError } from '../../kernel/errors.js';

/** Anonymous callers get 401 UNAUTHENTICATED; signed-in callers without one of the roles get 403 FORBIDDEN. */
export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (actor.kind === 'anonymous') throw new UnauthenticatedError();
  if (!roles.includes(actor.role)) throw new ForbiddenError();
}

/** A signed-in person (not an API key, not the CLI): for their own account's actions. */
export function requireUser(actor: Actor): string {
  if (actor.kind !== 'user' || actor.id === null) throw new UnauthenticatedError();
  return actor.id;
}

export const canManageAccounts = (actor: Actor) => requireRole(actor, 'admin');
export const canReadAuditTrail = (actor: Actor) => requireRole(actor, 'admin', 'auditor');

/** Roles whose accounts belong to a department; `subject` accounts belong to a subject instead. */
export const DEPARTMENT_ROLES: ReadonlySet<Role> = new Set(['provider', 'staff', 'reviewer']);
