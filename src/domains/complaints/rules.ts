import type { DomainError } from '../../kernel/errors.js';
import { complaintAlreadyStarted, complaintClosed, complaintNotAssigned, complaintNotStarted } from './errors.js';
import type { ComplaintStatus, ComplaintTransition } from './schema.js';

/** Where each step leads. */
export const NEXT_STATUS: Record<ComplaintTransition, ComplaintStatus> = {
  assign: 'assigned',
  start: 'in_progress',
  conclude: 'concluded',
  reject: 'rejected',
};

/** The statuses each step may start from (assign from assigned or in_progress is a reroute). */
const FROM: Record<ComplaintTransition, readonly ComplaintStatus[]> = {
  assign: ['received', 'assigned', 'in_progress'],
  start: ['assigned'],
  conclude: ['in_progress'],
  reject: ['received', 'assigned'],
};

/** Why a step is refused in a status (stable codes), or null when it is allowed. Pure; table-tested. */
export function refusalOf(step: ComplaintTransition, status: ComplaintStatus): DomainError | null {
  if (FROM[step].includes(status)) return null;
  if (status === 'concluded' || status === 'rejected') return complaintClosed(status);
  if (step === 'start') return status === 'received' ? complaintNotAssigned() : complaintAlreadyStarted();
  if (step === 'conclude') return status === 'received' ? complaintNotAssigned() : complaintNotStarted();
  return complaintAlreadyStarted();
}

/** The steps the state allows (the policy narrows them to what a person may do). */
export const stepsAllowedIn = (status: ComplaintStatus): ComplaintTransition[] =>
  (Object.keys(FROM) as ComplaintTransition[]).filter((s) => refusalOf(s, status) === null);

export const isOpen = (status: ComplaintStatus) => status === 'received' || status === 'assigned' || status === 'in_progress';
