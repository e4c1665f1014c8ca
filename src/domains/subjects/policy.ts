import type { Actor } from '../../kernel/actor.js';

/** Registry maintenance is the credit office's work (staff and admins, or the local CLI). */
export const canManageSubjects = (a: Actor) => a.kind !== 'anonymous' && (a.role === 'staff' || a.role === 'admin');

/** Government users see the registry view (masked ID numbers, aliases, history). */
export const canSeeRegistryView = (a: Actor) =>
  a.kind !== 'anonymous' && (a.role === 'staff' || a.role === 'admin' || a.role === 'reviewer' || a.role === 'auditor');

/** Revealing a full ID number needs a stated purpose and a credit-office role; every reveal is audited. */
export const canRevealIdNumber = (a: Actor) => a.kind !== 'anonymous' && (a.role === 'staff' || a.role === 'admin');

/** Records from a department may register the subjects they name: providers, the credit office, the CLI. */
export const canRegisterFromRecords = (a: Actor) => a.kind !== 'anonymous' && (a.role === 'provider' || a.role === 'staff' || a.role === 'admin');
