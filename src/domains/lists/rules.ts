import type { DomainError } from '../../kernel/errors.js';
import {
  entryNotInEffect, entryStateInvalid, noticeRequired, objectionUnanswered, objectionWindowClosed, objectionWindowOpen,
} from './errors.js';
import type { DisplayStatus, EntryStatus, EntryStep } from './schema.js';

/**
 * The listing procedure as pure rules (SPEC §5, §8): what an office entry is
 * on a day, and which step it may take next. Dates are YYYY-MM-DD (China)
 * and compare as text; every "last day" is inclusive.
 *
 * proposed --notify--> notified --decide--> in_effect --remove--> removed
 *     \                    \                   | \--revoke--> revoked
 *      \--withdraw-------- withdrawn            \ (expires by date: read time)
 * removed --revoke--> revoked
 */
export interface EntryState {
  status: EntryStatus;
  objectionDeadline: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  removedOn: string | null;
}

export interface ObjectionState {
  answered: boolean;
}

/** The status a person sees: `expired` is `in_effect` after its last day. */
export function displayStatus(e: EntryState, today: string): DisplayStatus {
  return e.status === 'in_effect' && e.effectiveTo !== null && today > e.effectiveTo ? 'expired' : e.status;
}

/**
 * In effect on `day`, as the data stood then: decided (in effect or removed
 * since), started, not past its last day, not removed on or before `day`.
 * A revocation (撤销: the listing was unlawful) voids the entry for every day;
 * an early removal (移出, e.g. after repair) ends it from the removal day.
 */
export function inEffectOn(e: EntryState, day: string): boolean {
  if (e.status !== 'in_effect' && e.status !== 'removed') return false;
  if (e.effectiveFrom === null || day < e.effectiveFrom) return false;
  if (e.effectiveTo !== null && day > e.effectiveTo) return false;
  return e.removedOn === null || day < e.removedOn;
}

/** The subject may object from the notice day through the deadline. */
export function objectionWindowIsOpen(e: EntryState, today: string): boolean {
  return e.status === 'notified' && e.objectionDeadline !== null && today <= e.objectionDeadline;
}

/**
 * Why `step` may not be taken now, or null when it may. A decision waits for
 * the objection window to close, unless the subject has objected and every
 * objection is answered (it stated its case and heard the answer); either way
 * no objection may be left unanswered.
 */
export function refusalOf(step: EntryStep, e: EntryState, today: string, objections: readonly ObjectionState[] = []): DomainError | null {
  const unanswered = objections.filter((o) => !o.answered).length;
  switch (step) {
    case 'propose':
      return entryStateInvalid(e.status, step);
    case 'notify':
      return e.status === 'proposed' ? null : entryStateInvalid(e.status, step);
    case 'object':
      return objectionWindowIsOpen(e, today) ? null : objectionWindowClosed();
    case 'answer':
      return null;
    case 'decide':
      if (e.status === 'proposed') return noticeRequired();
      if (e.status !== 'notified') return entryStateInvalid(e.status, step);
      if (objectionWindowIsOpen(e, today) && (objections.length === 0 || unanswered > 0)) return objectionWindowOpen(e.objectionDeadline!);
      return unanswered > 0 ? objectionUnanswered(unanswered) : null;
    case 'remove':
      return displayStatus(e, today) === 'in_effect' ? null : entryNotInEffect();
    case 'revoke':
      return e.status === 'in_effect' || e.status === 'removed' ? null : entryNotInEffect();
    case 'withdraw':
      return e.status === 'proposed' || e.status === 'notified' ? null : entryStateInvalid(e.status, step);
  }
}

const NEXT_STEPS: readonly EntryStep[] = ['notify', 'object', 'decide', 'remove', 'revoke', 'withdraw'];

/** The steps the entry may take today (who may take them is policy.ts's question). */
export function possibleSteps(e: EntryState, today: string, objections: readonly ObjectionState[] = []): EntryStep[] {
  return NEXT_STEPS.filter((step) => refusalOf(step, e, today, objections) === null);
}
