import type { Actor } from '../../kernel/actor.js';

/**
 * Who does what in the listing procedure (SPEC §1, §5), decided in the service:
 * - credit office staff (staff of a `credit_office` department) propose, notify
 *   and withdraw a proposal, and may file an objection on the subject's behalf;
 * - reviewers decide, answer objections, remove early and revoke: the person who
 *   puts a subject on a list is not the one who proposed it (admins may do both);
 * - the subject (its own `subject` accounts) reads its entries and objects;
 * - auditors read everything; nobody deletes anything.
 */
export interface ListActor {
  actor: Actor;
  /** staff of a credit_office department (looked up by the service; the actor carries only the department id) */
  creditOffice: boolean;
}

const signedIn = (a: Actor) => a.kind !== 'anonymous';
const isAdmin = (a: Actor) => signedIn(a) && a.role === 'admin';

export const canPropose = ({ actor, creditOffice }: ListActor) => isAdmin(actor) || (signedIn(actor) && actor.role === 'staff' && creditOffice);
export const canDecide = ({ actor }: ListActor) => isAdmin(actor) || (signedIn(actor) && actor.role === 'reviewer');
export const canWithdraw = (a: ListActor) => canPropose(a) || canDecide(a);
export const isOwnSubject = (a: Actor, subjectId: string) => a.kind === 'user' && a.role === 'subject' && a.subjectId === subjectId;
export const canObject = (a: ListActor, subjectId: string) => isOwnSubject(a.actor, subjectId) || canPropose(a);
export const canReadAll = (a: ListActor) => canPropose(a) || canDecide(a) || (signedIn(a.actor) && a.actor.role === 'auditor');
export const canReadEntry = (a: ListActor, subjectId: string) => canReadAll(a) || isOwnSubject(a.actor, subjectId);
