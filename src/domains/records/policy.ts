import type { Actor } from '../../kernel/actor.js';

/** The credit office's own roles act for any department (a file handed in on paper, a correction on request). */
const isCreditOffice = (a: Actor) => a.kind !== 'anonymous' && (a.role === 'staff' || a.role === 'admin');

/** A data provider (user or provider API key) acts for its own department only. */
const isProviderOf = (a: Actor, departmentId: string) => a.kind !== 'anonymous' && a.role === 'provider' && a.departmentId === departmentId;

/** Submit, correct and withdraw records of a department: its providers, credit-office staff and admins, the CLI (system, admin). */
export const canWriteFor = (a: Actor, departmentId: string) => isCreditOffice(a) || isProviderOf(a, departmentId);

/** May submit records at all (before the department is checked). */
export const canSubmit = (a: Actor) => isCreditOffice(a) || (a.kind !== 'anonymous' && a.role === 'provider');

/** A record with its full history: the credit office, auditors, and the providers of its source department. */
export const canReadRecord = (a: Actor, sourceDepartmentId: string) =>
  isCreditOffice(a) || (a.kind !== 'anonymous' && a.role === 'auditor') || isProviderOf(a, sourceDepartmentId);
