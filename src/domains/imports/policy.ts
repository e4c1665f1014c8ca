import type { Actor } from '../../kernel/actor.js';
import { authorize } from '../../kernel/authorize.js';
import { ForbiddenError } from '../../kernel/errors.js';

/** The credit office's roles act for any department (a file handed in on paper), the local CLI included. */
const isCreditOffice = (a: Actor) => a.kind !== 'anonymous' && (a.role === 'staff' || a.role === 'admin');
const isProviderOf = (a: Actor, departmentId: string | null) => a.kind !== 'anonymous' && a.role === 'provider' && a.departmentId !== null && a.departmentId === departmentId;

/** Submits records at all: providers (user or provider key) and the credit office. */
export function requireImporter(a: Actor): void {
  authorize(a, isCreditOffice(a) || a.role === 'provider', '导入信用信息');
}

/** Import for a department: its providers, the credit office (the rule of records' canWriteFor). */
export function requireImportFor(a: Actor, departmentId: string): void {
  requireImporter(a);
  if (!isCreditOffice(a) && !isProviderOf(a, departmentId)) {
    throw new ForbiddenError('只能报送本部门的信用信息 / a provider submits for its own department only', 'SOURCE_DEPARTMENT_FORBIDDEN');
  }
}

/** Naming another department than one's own is for the credit office. */
export const mayNameDepartment = (a: Actor) => isCreditOffice(a);

/** Every department's batches: the credit office, reviewers and auditors. */
export const seesAllBatches = (a: Actor) => isCreditOffice(a) || (a.kind !== 'anonymous' && (a.role === 'reviewer' || a.role === 'auditor'));

/** One batch: those who see all, and the providers of its department. */
export const seesBatch = (a: Actor, departmentId: string) => seesAllBatches(a) || isProviderOf(a, departmentId);

/** May list batches at all. */
export const listsBatches = (a: Actor) => seesAllBatches(a) || (a.kind !== 'anonymous' && a.role === 'provider');
