import type { Actor } from '../../kernel/actor.js';

/**
 * Who does what in credit repair (SPEC §1, §8), decided in the service:
 * - the subject (its own `subject` accounts) applies for its own records and follows its applications;
 * - credit office staff apply on a subject's behalf, accept or refuse;
 * - reviewers (and admins) accept or refuse, and decide (approve or reject);
 * - auditors read everything.
 */
const signedIn = (a: Actor) => a.kind !== 'anonymous';
export const isOwnSubject = (a: Actor, subjectId: string) => a.kind === 'user' && a.role === 'subject' && a.subjectId === subjectId;
export const canHandle = (a: Actor) => signedIn(a) && (a.role === 'staff' || a.role === 'reviewer' || a.role === 'admin');
export const canDecide = (a: Actor) => signedIn(a) && (a.role === 'reviewer' || a.role === 'admin');
export const canApplyFor = (a: Actor, subjectId: string) => isOwnSubject(a, subjectId) || (signedIn(a) && (a.role === 'staff' || a.role === 'admin'));
export const canReadAll = (a: Actor) => canHandle(a) || (signedIn(a) && a.role === 'auditor');
export const canRead = (a: Actor, subjectId: string) => canReadAll(a) || isOwnSubject(a, subjectId);
