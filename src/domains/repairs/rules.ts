import { isPublicOn, repairEligibleFrom, type PublicityRule, type Severity } from '../catalog/index.js';
import { repairTransitionInvalid } from './errors.js';
import type { RepairStatus, RepairTransition } from './schema.js';

/** The repair procedure as a table (SPEC §8): every legal move; anything else is REPAIR_TRANSITION_INVALID. */
export const REPAIR_TRANSITIONS: Readonly<Record<RepairStatus, Partial<Record<RepairTransition, RepairStatus>>>> = {
  submitted: { accept: 'accepted', refuse: 'refused' },
  accepted: { approve: 'approved', reject: 'rejected' },
  refused: {},
  approved: {},
  rejected: {},
};

export function nextRepairStatus(status: RepairStatus, step: RepairTransition): RepairStatus {
  const next = REPAIR_TRANSITIONS[status][step];
  if (next === undefined) throw repairTransitionInvalid(status, step);
  return next;
}

export const possibleRepairSteps = (status: RepairStatus): RepairTransition[] => Object.keys(REPAIR_TRANSITIONS[status]) as RepairTransition[];

/** An application still waiting for its decision past the due day (inclusive). */
export const isOverdue = (a: { status: string; decisionDue: string | null }, today: string) =>
  a.status === 'accepted' && a.decisionDue !== null && today > a.decisionDue;

/** What eligibility reads of a record. */
export interface RepairableRecord {
  polarity: string;
  status: string;
  severity: Severity | null;
  decisionDate: string;
  publicityEnd: string | null;
  repairedOn: string | null;
}

export type EligibilityState = 'eligible' | 'not_yet' | 'pending' | 'repaired' | 'not_negative' | 'not_public';

export interface Eligibility {
  state: EligibilityState;
  /** the first day an application may be made (decision date + the tier's minimum period) */
  opensOn: string | null;
  /** minor records: as soon as the obligation is met, which the applicant must prove */
  obligationFirst: boolean;
}

/**
 * SPEC §8, §3.2: a subject may apply once the minimum publicity period has
 * passed (general 3, serious 12 months; the catalogue may override), minor
 * records as soon as the obligation is met. Nothing to repair once publicity
 * has ended (or never began), for a withdrawn or non-negative record, for one
 * repaired already; one open application per record.
 */
export function repairEligibility(record: RepairableRecord, rule: PublicityRule, today: string, openApplication: boolean): Eligibility {
  const tier = record.severity ?? 'general';
  const opensOn = repairEligibleFrom({ severity: record.severity, decisionDate: record.decisionDate, rule });
  const base = { opensOn, obligationFirst: tier === 'minor' };
  if (record.polarity !== 'negative' || record.status !== 'active') return { ...base, state: 'not_negative', opensOn: null };
  if (record.repairedOn !== null) return { ...base, state: 'repaired' };
  if (openApplication) return { ...base, state: 'pending' };
  if (!isPublicOn(record.publicityEnd, today)) return { ...base, state: 'not_public' };
  return { ...base, state: today >= opensOn ? 'eligible' : 'not_yet' };
}
