import { commitmentTransitionInvalid } from './errors.js';
import type { CommitmentStatus, CommitmentStep } from './schema.js';

/** in_force --fulfil--> fulfilled; in_force --breach--> breached. Both ends are final. */
const NEXT: Readonly<Record<CommitmentStatus, Partial<Record<CommitmentStep, CommitmentStatus>>>> = {
  in_force: { fulfil: 'fulfilled', breach: 'breached' },
  fulfilled: {},
  breached: {},
};

/** The status a step leads to, or COMMITMENT_TRANSITION_INVALID. */
export function nextCommitmentStatus(status: CommitmentStatus, step: CommitmentStep): CommitmentStatus {
  const next = NEXT[status][step];
  if (next === undefined) throw commitmentTransitionInvalid(status, step);
  return next;
}
