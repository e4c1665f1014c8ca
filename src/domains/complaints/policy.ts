import type { Actor } from '../../kernel/actor.js';
import type { ComplaintRow } from './repo.js';
import type { ComplaintTransition } from './schema.js';

/**
 * Who does what with complaints (SPEC §1, §8), decided in the service:
 * - anyone files one, and follows it with its case number and query code;
 * - the credit office (staff of a `credit_office` department), reviewers and
 *   admins read every complaint, route and reroute, reject, and may also
 *   accept and conclude on a department's behalf; auditors read everything;
 * - staff (and data-provider accounts) of the assigned department read their
 *   department's complaints, accept, conclude, or reject before accepting.
 */
export interface ComplaintActor {
  actor: Actor;
  creditOffice: boolean;
}

const signedIn = (a: Actor) => a.kind !== 'anonymous';
export const isOffice = ({ actor, creditOffice }: ComplaintActor) =>
  signedIn(actor) && (actor.role === 'admin' || actor.role === 'reviewer' || (actor.role === 'staff' && creditOffice));
export const canReadAll = (a: ComplaintActor) => isOffice(a) || (signedIn(a.actor) && a.actor.role === 'auditor');
const ofDepartment = ({ actor }: ComplaintActor, row: Pick<ComplaintRow, 'departmentId'>) =>
  actor.kind === 'user' && (actor.role === 'staff' || actor.role === 'provider') && actor.departmentId !== null && actor.departmentId === row.departmentId;
/** A department's own queue: staff or provider accounts of a department. */
export const departmentOf = ({ actor }: ComplaintActor): string | null =>
  actor.kind === 'user' && (actor.role === 'staff' || actor.role === 'provider') ? actor.departmentId : null;

export const canRead = (a: ComplaintActor, row: Pick<ComplaintRow, 'departmentId'>) => canReadAll(a) || ofDepartment(a, row);

export function canTake(a: ComplaintActor, step: ComplaintTransition, row: Pick<ComplaintRow, 'departmentId'>): boolean {
  if (step === 'assign') return isOffice(a);
  return isOffice(a) || ofDepartment(a, row);
}
