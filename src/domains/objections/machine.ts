import type { DomainError } from '../../kernel/errors.js';
import { roleForbidden, transitionInvalid } from './errors.js';
import type { ObjectionAction, ObjectionRole, ObjectionStatus, Outcome } from './schema.js';

/**
 * The objection procedure as one table (SPEC §8): for each action, the state
 * it starts from, the state it leads to, and the roles that may take it.
 * Everything else is refused: OBJECTION_TRANSITION_INVALID when the state does
 * not allow the action at all, OBJECTION_ROLE_FORBIDDEN when it does but not
 * for this actor.
 */
interface Transition {
  from: readonly ObjectionStatus[];
  to: ObjectionStatus;
  roles: readonly ObjectionRole[];
  outcome?: Outcome;
}

export const TRANSITIONS: Readonly<Record<ObjectionAction, Transition>> = {
  accept: { from: ['submitted'], to: 'self_check', roles: ['office'] },
  refuse: { from: ['submitted'], to: 'refused', roles: ['office'] },
  forward: { from: ['self_check'], to: 'verifying', roles: ['office'] },
  correct: { from: ['verifying'], to: 'verified', roles: ['source'], outcome: 'corrected' },
  remove: { from: ['verifying'], to: 'verified', roles: ['source'], outcome: 'removed' },
  uphold: { from: ['verifying'], to: 'verified', roles: ['source'], outcome: 'upheld' },
  reply: { from: ['verified'], to: 'replied', roles: ['office'] },
  withdraw: { from: ['submitted', 'self_check', 'verifying'], to: 'withdrawn', roles: ['objector'] },
};

export type Move = { ok: true; to: ObjectionStatus; outcome: Outcome | null } | { ok: false; error: DomainError };

/** Where `action` leads from `status` for an actor holding `roles` (one actor may hold several: office staff who also own the record's source). */
export function transition(status: ObjectionStatus, action: ObjectionAction, roles: readonly ObjectionRole[]): Move {
  const t = TRANSITIONS[action];
  if (!t.from.includes(status)) return { ok: false, error: transitionInvalid(status, action) };
  if (!t.roles.some((r) => roles.includes(r))) return { ok: false, error: roleForbidden(action) };
  return { ok: true, to: t.to, outcome: t.outcome ?? null };
}

/** The actions this actor may take now (the pages show exactly these). */
export function allowedActions(status: ObjectionStatus, roles: readonly ObjectionRole[]): ObjectionAction[] {
  return (Object.keys(TRANSITIONS) as ObjectionAction[]).filter((a) => transition(status, a, roles).ok);
}
