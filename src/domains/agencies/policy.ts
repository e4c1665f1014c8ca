import type { Actor } from '../../kernel/actor.js';

/**
 * The registry is kept by the credit office (staff of a `credit_office`
 * department), reviewers and admins; anyone reads the public list; the
 * office, reviewers, admins and auditors read staff and status history.
 */
export interface AgencyActor {
  actor: Actor;
  creditOffice: boolean;
}

const signedIn = (a: Actor) => a.kind !== 'anonymous';
export const canManageAgencies = ({ actor, creditOffice }: AgencyActor) =>
  signedIn(actor) && (actor.role === 'admin' || actor.role === 'reviewer' || (actor.role === 'staff' && creditOffice));
export const canReadAgencyFile = (a: AgencyActor) => canManageAgencies(a) || (signedIn(a.actor) && a.actor.role === 'auditor');
