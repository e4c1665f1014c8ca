import type { Actor } from '../../kernel/actor.js';
import type { ObjectionRole } from './schema.js';

/**
 * Who does what with objections (SPEC §1, §8), decided in the service:
 * - anyone objects (an account, or the public with a name and a contact);
 * - the credit office (staff of a credit_office department, reviewers, admins)
 *   accepts or refuses, runs the self-check, forwards and replies;
 * - the record's source department (its providers and staff; admins too)
 *   verifies: corrects, withdraws or upholds the record;
 * - the objector follows its case (account, or case number + query code) and may withdraw it;
 * - auditors read everything; nobody deletes anything.
 */
export interface CaseFacts {
  sourceDepartmentId: string;
  objectorUserId: string | null;
}

const signedIn = (a: Actor) => a.kind !== 'anonymous';

export const isOffice = (a: Actor, creditOffice: boolean) =>
  signedIn(a) && (a.role === 'admin' || a.role === 'reviewer' || (a.role === 'staff' && creditOffice));
export const isSource = (a: Actor, departmentId: string) =>
  signedIn(a) && (a.role === 'admin' || ((a.role === 'provider' || a.role === 'staff') && a.departmentId === departmentId));
export const isObjectorAccount = (a: Actor, c: CaseFacts) => a.kind === 'user' && c.objectorUserId !== null && a.id === c.objectorUserId;
export const isAuditor = (a: Actor) => signedIn(a) && a.role === 'auditor';

/** The roles an actor holds on one case; `holdsQueryCode`: it proved the case number and query code. */
export function rolesOn(a: Actor, c: CaseFacts, creditOffice: boolean, holdsQueryCode = false): ObjectionRole[] {
  const roles: ObjectionRole[] = [];
  if (isOffice(a, creditOffice)) roles.push('office');
  if (isSource(a, c.sourceDepartmentId)) roles.push('source');
  if (isObjectorAccount(a, c) || holdsQueryCode) roles.push('objector');
  return roles;
}

/** The staff view of a case (objector's contact, who did what): the office, the source department, auditors. */
export const canReadCase = (a: Actor, c: CaseFacts, creditOffice: boolean) => isOffice(a, creditOffice) || isSource(a, c.sourceDepartmentId) || isAuditor(a);
/** The whole queue; others see their department's cases (providers, department staff) or their own (objectors). */
export const canReadQueue = (a: Actor, creditOffice: boolean) => isOffice(a, creditOffice) || isAuditor(a);
export const canSetDeadlines = (a: Actor) => signedIn(a) && a.role === 'admin';
