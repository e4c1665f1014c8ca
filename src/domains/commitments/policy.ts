import type { Actor } from '../../kernel/actor.js';

/**
 * Who does what with commitments (SPEC §8): a subject's own accounts sign for
 * it; credit office staff and admins may record a signed paper commitment on
 * its behalf and track fulfilment (fulfilled, breached); everyone reads them
 * (commitments are public).
 */
const signedIn = (a: Actor) => a.kind !== 'anonymous';
export const isOwnSubject = (a: Actor, subjectId: string) => a.kind === 'user' && a.role === 'subject' && a.subjectId === subjectId;
export const canTrack = (a: Actor) => signedIn(a) && (a.role === 'staff' || a.role === 'admin');
export const canSignFor = (a: Actor, subjectId: string) => isOwnSubject(a, subjectId) || canTrack(a);
