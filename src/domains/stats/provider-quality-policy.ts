import type { Actor, Role } from '../../kernel/actor.js';

const SEE_ALL: ReadonlySet<Role> = new Set(['staff', 'reviewer', 'admin', 'auditor']);

/** The credit office, reviewers and auditors see every provider's figures. */
export const seesAllQuality = (a: Actor): boolean => a.kind !== 'anonymous' && SEE_ALL.has(a.role);

/** A provider (user or provider API key) sees its own department's figures (SPEC §1). */
export const seesDepartmentQuality = (a: Actor, departmentId: string): boolean =>
  seesAllQuality(a) || (a.kind !== 'anonymous' && a.role === 'provider' && a.departmentId !== null && a.departmentId === departmentId);

export const readsQuality = (a: Actor): boolean => seesAllQuality(a) || (a.kind !== 'anonymous' && a.role === 'provider' && a.departmentId !== null);
